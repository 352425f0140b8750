// Help pages: About names the version and every instrument's source; the shortcuts page is read from the menus.
#include "AboutDialog.h"
#include "EntryKeys.h"
#include "InstrumentLibrary.h"
#include "ShortcutsDialog.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace outcome;

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private slots:
    void aboutListsInstrumentSources();
    void shortcutsComeFromTheMenus();
    void entryKeysComeFromTheFormsList();
};

void TestHelpDialogs::aboutListsInstrumentSources()
{
    QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const InstrumentLibrary library = InstrumentLibrary::load();
    AboutDialog dialog(library, QStringLiteral("/clinic/outcomes.db"));
    const auto* details = dialog.findChild<QTextBrowser*>(QStringLiteral("aboutDetails"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY(text.contains(QStringLiteral("/clinic/outcomes.db")));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    for (const InstrumentDefinition* definition : library.definitions()) {
        QVERIFY2(text.contains(definition->name), qPrintable(definition->name));
        QVERIFY2(text.contains(definition->source.left(20)), qPrintable(definition->source));
    }
}

void TestHelpDialogs::shortcutsComeFromTheMenus()
{
    QMenuBar bar;
    QMenu* file = bar.addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open database…"))->setShortcut(QKeySequence(QStringLiteral("Ctrl+O")));
    QMenu* recent = file->addMenu(QStringLiteral("Open &recent"));
    recent->addAction(QStringLiteral("clinic.db"));
    const QList<QPair<QString, QString>> rows = ShortcutsDialog::menuShortcuts(&bar);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].first, QStringLiteral("File › Open database…"));
    QCOMPARE(rows[0].second, QKeySequence(QStringLiteral("Ctrl+O")).toString(QKeySequence::NativeText));
    QCOMPARE(rows[1].first, QStringLiteral("File › Open recent › clinic.db"));
    ShortcutsDialog dialog(&bar);
    const auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
    QVERIFY(tree);
    QVERIFY(!tree->findItems(QStringLiteral("File › Open database…"), Qt::MatchExactly).isEmpty());
}

void TestHelpDialogs::entryKeysComeFromTheFormsList()
{
    QMenuBar bar;
    ShortcutsDialog dialog(&bar);
    const auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
    const QList<QTreeWidgetItem*> heading = tree->findItems(QStringLiteral("Entering answers"), Qt::MatchExactly);
    QCOMPARE(heading.size(), 1);
    // Every row up to the next heading is one of the form's keys, in the form's order, and nothing else.
    QList<QPair<QString, QString>> shown;
    for (int row = tree->indexOfTopLevelItem(heading.first()) + 1;
         row < tree->topLevelItemCount() && !tree->topLevelItem(row)->isFirstColumnSpanned(); ++row)
        shown.append({tree->topLevelItem(row)->text(0), tree->topLevelItem(row)->text(1)});
    QList<QPair<QString, QString>> listed;
    for (const EntryKey& key : EntryKeys::all())
        listed.append({key.action, key.keys.join(QStringLiteral(", "))});
    QCOMPARE(shown, listed);
    // Left and Right choose an answer; Up and Down move between questions, as the form does.
    const auto actionOf = [&listed](const QString& keys) {
        for (const auto& [action, shownKeys] : listed) {
            if (shownKeys == keys)
                return action;
        }
        return QString();
    };
    QVERIFY(actionOf(QStringLiteral("Left, Right")).contains(QStringLiteral("answer")));
    QVERIFY(actionOf(QStringLiteral("Up, Down")).contains(QStringLiteral("question")));
    QVERIFY(!actionOf(QStringLiteral("Up, Down")).startsWith(QStringLiteral("Choose")));
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
