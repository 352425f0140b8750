// A whole or decimal number typed into a field, for scales too wide to show as choices; Enter moves on. A key that
// makes a number the item cannot take ("150" on 0-100) is refused as it is typed.
#pragma once

#include "ItemInput.h"

class QLineEdit;

namespace outcome {

class NumberInput : public ItemInput
{
    Q_OBJECT

public:
    explicit NumberInput(const ItemDefinition& item, QWidget* parent = nullptr);

    ItemAnswer answer() const override;
    void setAnswer(const ItemAnswer& answer) override;
    QWidget* focusTarget() override;
    QString problem() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace outcome
