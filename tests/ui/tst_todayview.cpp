// The start-of-day list: overdue visits, who is due today and later this week; Enter opens the visit.
#include "TodayView.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"

#include <QAction>
#include <QPointer>
#include <QTest>
#include <QTreeWidget>

using namespace outcome;
using namespace outcome::test;

class TestTodayView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsVisitsByWhenTheyAreDue();
    void enterOpensTheVisit();
    void archivedPatientsAreLeftOut();

private:
    QTreeWidgetItem* findRow(const QString& patientName, const QString& visitTitle) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_late = 0;
    qint64 m_today = 0;
};

void TestTodayView::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestTodayView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDatabase(m_dir->filePath(QStringLiteral("today.db")));
    QVERIFY(db);
    const QDate today = QDate::currentDate();
    m_late = addPatient(*db, QStringLiteral("D1"), QStringLiteral("Late"), QStringLiteral("Lena"));
    m_today = addPatient(*db, QStringLiteral("D2"), QStringLiteral("Prompt"), QStringLiteral("Paul"));
    // Started two days ago and nothing recorded: baseline and session 1 are overdue, session 2 is tomorrow.
    QVERIFY(startStandardCourse(*db, m_late, today.addDays(-2)).id > 0);
    // Starts today: baseline and session 1 due today, session 2 three days later.
    QVERIFY(startStandardCourse(*db, m_today, today).id > 0);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestTodayView::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QTreeWidgetItem* TestTodayView::findRow(const QString& patientName, const QString& visitTitle) const
{
    QTreeWidget* list = m_window->todayView()->list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
            QTreeWidgetItem* item = list->topLevelItem(group)->child(row);
            if (item->text(0) == patientName && item->text(2) == visitTitle)
                return item;
        }
    }
    return nullptr;
}

void TestTodayView::groupsVisitsByWhenTheyAreDue()
{
    TodayView* view = m_window->todayView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->overdueCount(), 2);
    QCOMPARE(view->todayCount(), 2);
    QVERIFY(view->weekCount() >= 1);
    QTreeWidgetItem* late = findRow(QStringLiteral("Late, Lena"), QStringLiteral("Baseline"));
    QVERIFY(late);
    QCOMPARE(late->parent(), view->list()->topLevelItem(0));
    QCOMPARE(late->text(4), QStringLiteral("2 days overdue"));
    QTreeWidgetItem* due = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 1"));
    QVERIFY(due);
    QCOMPARE(due->parent(), view->list()->topLevelItem(1));
    QVERIFY(findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 2")));
}

void TestTodayView::enterOpensTheVisit()
{
    QTreeWidget* list = m_window->todayView()->list();
    QTreeWidgetItem* due = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 1"));
    list->setCurrentItem(due);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<VisitEntryDialog*>(QApplication::activeModalWidget()));
    QPointer<VisitEntryDialog> dialog = qobject_cast<VisitEntryDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Session 1")));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Prompt, Paul")));
    typeIntoFocus(QStringLiteral("4"));
    QVERIFY(dialog->save());
    // Saved: back on the day's list (Ctrl+T), the visit has left it.
    QTRY_VERIFY(!dialog);
    m_window->findChild<QAction*>(QStringLiteral("showTodayAction"))->trigger();
    QVERIFY(m_window->todayView()->isVisible());
    QVERIFY(!findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 1")));
    QCOMPARE(m_window->todayView()->todayCount(), 1);
}

void TestTodayView::archivedPatientsAreLeftOut()
{
    QVERIFY(PatientRepository(m_window->database()).setArchived(m_late, true, QStringLiteral("moved away")).ok());
    m_window->showToday();
    QCOMPARE(m_window->todayView()->overdueCount(), 0);
    QVERIFY(!findRow(QStringLiteral("Late, Lena"), QStringLiteral("Baseline")));
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
