// Help → Keyboard shortcuts: every menu action with its shortcut, read from the menus themselves so the page
// never falls out of step, plus the keys of the entry forms from the list the forms' hint line uses.
#pragma once

#include <QDialog>

class QMenuBar;

namespace outcome {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);

    // Rows of (menu path, shortcut), for the page and for tests.
    static QList<QPair<QString, QString>> menuShortcuts(const QMenuBar* menuBar);
};

} // namespace outcome
