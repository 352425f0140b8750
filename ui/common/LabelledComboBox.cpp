// A drop-down list whose accessible interface is ComboBoxAccessible.
#include "LabelledComboBox.h"

#include "AccessibleRoles.h"

namespace outcome {

LabelledComboBox::LabelledComboBox(QWidget* parent)
    : QComboBox(parent)
{
    AccessibleRoles::install();
}

} // namespace outcome
