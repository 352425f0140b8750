// The list table's current row, told as focus only with the keyboard.
#include "ListTableView.h"

namespace outcome {

void ListTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // all but the focus change told to screen readers
}

} // namespace outcome
