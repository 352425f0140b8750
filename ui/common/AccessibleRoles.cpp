// Accessible interfaces with a better role for a few widgets.
#include "AccessibleRoles.h"

#include "ComboBoxAccessible.h"
#include "KeyboardFocusAccessible.h"

#include <QAccessibleWidget>
#include <QComboBox>
#include <QWidget>

namespace outcome {

namespace {

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if (className == QLatin1String("outcome::InlineMessage"))
        return new QAccessibleWidget(widget, QAccessible::Notification);
    if (className == QLatin1String("outcome::PatientView"))
        return new QAccessibleWidget(widget, QAccessible::Window);
    if (className == QLatin1String("outcome::LabelledComboBox"))
        return new ComboBoxAccessible(static_cast<QComboBox*>(widget));
    return nullptr;
}

} // namespace

void AccessibleRoles::install()
{
    static const bool installed = []() {
        KeyboardFocusAccessible::install();
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace outcome
