// A read-only list table (register, visits) that tells assistive technology its current row moved only while it has
// the keyboard. Qt's table view reports every move of its current cell as a focus change, so a register refreshed
// after a save elsewhere took a screen reader's focus away to "C000040" while the keyboard stayed in the form. When
// the keyboard arrives, the current row is told, not only the table.
#pragma once

#include <QTableView>

namespace outcome {

class ListTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void focusInEvent(QFocusEvent* event) override;
};

} // namespace outcome
