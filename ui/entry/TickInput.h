// A yes/no item as a tick box (RMDQ statements): Space toggles, 1 or Y ticks, 0 or N leaves it unticked; both move on.
// Other digits are refused.
#pragma once

#include "ItemInput.h"

class QCheckBox;

namespace outcome {

class TickInput : public ItemInput
{
    Q_OBJECT

public:
    explicit TickInput(const ItemDefinition& item, QWidget* parent = nullptr);

    ItemAnswer answer() const override;
    void setAnswer(const ItemAnswer& answer) override;
    QWidget* focusTarget() override;
    bool showsOwnLabel() const override { return true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QCheckBox* m_box = nullptr;
};

} // namespace outcome
