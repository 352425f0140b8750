// A laboratory result as reported: the value (a leading "<" or ">" marks it beyond the detection limit), the unit
// the lab used, and whether it was below the limit of detection.
#pragma once

#include "ItemInput.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace outcome {

class LabValueInput : public ItemInput
{
    Q_OBJECT

public:
    explicit LabValueInput(const ItemDefinition& item, QWidget* parent = nullptr);

    ItemAnswer answer() const override;
    void setAnswer(const ItemAnswer& answer) override;
    QWidget* focusTarget() override;
    QString problem() const override;

private:
    // The value typed, with any "<" or ">" taken off and turned into the censoring it means.
    ItemAnswer typed() const;

    QLineEdit* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_belowLimit = nullptr;
};

} // namespace outcome
