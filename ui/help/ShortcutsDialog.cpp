// Keyboard shortcuts page.
#include "ShortcutsDialog.h"

#include "ChartView.h"
#include "EntryKeys.h"
#include "PatientView.h"
#include "ScreenFit.h"
#include "SelfEntryView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

QString plain(QString text)
{
    // "&Open database…" reads "Open database…".
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<QPair<QString, QString>>& rows)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (action->menu()) {
            collect(action->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        rows.append({name, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::menuShortcuts(const QMenuBar* menuBar)
{
    QList<QPair<QString, QString>> rows;
    for (const QAction* action : menuBar->actions()) {
        if (action->menu())
            collect(action->menu(), plain(action->text()), rows);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);

    const auto addSection = [tree](const QString& title) {
        auto* item = new QTreeWidgetItem(tree, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setFirstColumnSpanned(true);
    };
    addSection(tr("Menus (Alt and the underlined letter opens a menu)"));
    for (const auto& [action, keys] : menuShortcuts(menuBar))
        new QTreeWidgetItem(tree, {action, keys.isEmpty() ? tr("(from the menu)") : keys});
    addSection(tr("Tables and lists"));
    const QList<QPair<QString, QString>> listKeys{
        {tr("Move between rows and cells"), tr("arrow keys")},
        {tr("Leave the table or list for the next or previous control"), tr("Tab, Shift+Tab")}};
    for (const auto& [what, keys] : listKeys)
        new QTreeWidgetItem(tree, {what, keys});
    addSection(tr("Patient register"));
    const QList<QPair<QString, QString>> registerKeys{
        {tr("Move from the search box into the list"), tr("Down")},
        {tr("Open the highlighted patient"), tr("Enter")},
        {tr("Back to the search box from the top of the list"), tr("Up")},
        {tr("Typing in the list continues the search"), tr("any letter")}};
    for (const auto& [what, keys] : registerKeys)
        new QTreeWidgetItem(tree, {what, keys});
    addSection(tr("Entering answers"));
    for (const EntryKey& key : EntryKeys::all()) {
        auto* item = new QTreeWidgetItem(tree, {key.action, key.keys.join(QStringLiteral(", "))});
        item->setToolTip(0, key.action);
    }
    addSection(tr("Charts"));
    for (const auto& [keys, what] : ChartView::keys())
        new QTreeWidgetItem(tree, {what, keys});
    addSection(tr("Patient view"));
    for (const auto& [keys, what] : PatientView::keys())
        new QTreeWidgetItem(tree, {what, keys});
    addSection(tr("Patient fills in"));
    for (const auto& [keys, what] : SelfEntryView::keys())
        new QTreeWidgetItem(tree, {what, keys});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    ScreenFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 40));
}

} // namespace outcome
