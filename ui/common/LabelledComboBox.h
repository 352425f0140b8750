// A drop-down list that screen readers name by its label, not by its chosen entry (see ComboBoxAccessible).
#pragma once

#include <QComboBox>

namespace outcome {

class LabelledComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LabelledComboBox(QWidget* parent = nullptr);
};

} // namespace outcome
