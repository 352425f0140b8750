// The list table's current row, told as focus only with the keyboard.
#include "ListTableView.h"

#include <QAccessible>

namespace outcome {

void ListTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // all but the focus change told to screen readers
}

void ListTableView::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    if (!QAccessible::isActive())
        return;
    // After the table's own focus news, which Qt sends once this event is handled: the row is what is read last.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            QAccessibleInterface* table = QAccessible::queryAccessibleInterface(this);
            QAccessibleInterface* row = hasFocus() && table ? table->focusChild() : nullptr;
            if (row && row != table) {
                QAccessibleEvent focus(row, QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            }
        },
        Qt::QueuedConnection);
}

} // namespace outcome
