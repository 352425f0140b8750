// A drop-down list's accessible interface: the label as name, the chosen entry as value, the list as its child.
#include "ComboBoxAccessible.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace outcome {

ComboBoxAccessible::ComboBoxAccessible(QComboBox* combo)
    : QAccessibleWidget(combo, QAccessible::ComboBox)
{}

QComboBox* ComboBoxAccessible::comboBox() const
{
    return static_cast<QComboBox*>(widget());
}

QString ComboBoxAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return comboBox()->currentText();
    // The accessible name, else the label it is the buddy of (without its mnemonic mark).
    const QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty())
        return comboBox()->currentText();
    return text;
}

QAccessible::State ComboBoxAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.expandable = true;
    state.expanded = comboBox()->view()->isVisible();
    return state;
}

int ComboBoxAccessible::childCount() const
{
    return 1;
}

QAccessibleInterface* ComboBoxAccessible::child(int index) const
{
    return index == 0 ? QAccessible::queryAccessibleInterface(comboBox()->view()) : nullptr;
}

int ComboBoxAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    return child && child->object() == comboBox()->view() ? 0 : -1;
}

QStringList ComboBoxAccessible::actionNames() const
{
    return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
}

void ComboBoxAccessible::doAction(const QString& actionName)
{
    if (actionName == showMenuAction() || actionName == pressAction()) {
        if (comboBox()->view()->isVisible())
            comboBox()->hidePopup();
        else
            comboBox()->showPopup();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

} // namespace outcome
