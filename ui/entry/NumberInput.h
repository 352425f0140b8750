// A whole or decimal number typed into a field, for scales too wide to show as choices; Enter moves on.
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

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace outcome
