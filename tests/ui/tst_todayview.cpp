// The start-of-day list: overdue visits, who is due today and in the next 7 days, the same on every day of the
// week; Enter opens the visit. On an SQLite file and on a PostgreSQL server.
#include "CourseRepository.h"
#include "FixedClock.h"
#include "TodayView.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"
#include "VisitTableModel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace outcome;
using namespace outcome::test;

namespace {

const QDate kFriday(2026, 12, 4);
const QDate kSunday(2026, 12, 6);

enum GroupRow
{
    OverdueRow,
    TodayRow,
    ComingRow
};

} // namespace

class TestTodayView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void groupsVisitsByWhenTheyAreDue_data();
    void groupsVisitsByWhenTheyAreDue();
    void fridayListsMondaysPatients();
    void sundayListsTheWeekAheadAndNoFurther();
    void enterOpensTheVisit();
    void archivedPatientsAreLeftOut();
    void longOverdueListStillShowsToday();

private:
    bool openClinicOn(const QDate& today);
    qint64 addPatientStartingOn(const QString& chart, const QString& family, const QString& given, const QDate& start);
    QTreeWidgetItem* findRow(const QString& patientName, const QString& visitTitle) const;
    QTreeWidgetItem* heading(int row) const { return m_window->todayView()->list()->topLevelItem(row); }

    QTemporaryDir m_settingsDir;
    std::optional<FixedClock> m_clock;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_late = 0;
    qint64 m_today = 0;
};

void TestTodayView::initTestCase_data()
{
    addEngineRows();
}

void TestTodayView::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
}

void TestTodayView::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(kFriday.dayOfWeek(), int(Qt::Friday));
    QCOMPARE(kSunday.dayOfWeek(), int(Qt::Sunday));
}

// The clinic as it is on `today`: Lena Late started two days ago and nothing is recorded (baseline and session 1
// overdue; sessions 2, 3 and 4 on days +1, +5 and +8); Paul Prompt starts today (baseline and session 1 due;
// sessions 2, 3 and 4 on days +3, +7 and +10).
bool TestTodayView::openClinicOn(const QDate& today)
{
    m_clock.emplace(today);
    auto db = openDatabase(m_scratch->location(QStringLiteral("today.db")));
    if (!db)
        return false;
    m_late = addPatient(*db, QStringLiteral("D1"), QStringLiteral("Late"), QStringLiteral("Lena"));
    m_today = addPatient(*db, QStringLiteral("D2"), QStringLiteral("Prompt"), QStringLiteral("Paul"));
    if (startStandardCourse(*db, m_late, today.addDays(-2)).id <= 0 || startStandardCourse(*db, m_today, today).id <= 0)
        return false;
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    return QTest::qWaitForWindowActive(m_window.get()) && m_window->todayView()->isVisible();
}

qint64 TestTodayView::addPatientStartingOn(const QString& chart, const QString& family, const QString& given,
                                           const QDate& start)
{
    const qint64 id = addPatient(m_window->database(), chart, family, given);
    if (id <= 0 || startStandardCourse(m_window->database(), id, start).id <= 0)
        return 0;
    m_window->todayView()->reload();
    return id;
}

void TestTodayView::cleanup()
{
    m_window.reset();
    m_scratch.reset();
    m_clock.reset();
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

void TestTodayView::groupsVisitsByWhenTheyAreDue_data()
{
    QTest::addColumn<QDate>("today");
    const QDate monday(2026, 11, 30);
    for (int day = 0; day < 7; ++day)
        QTest::newRow(qPrintable(QLocale::c().dayName(day + 1))) << monday.addDays(day);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
    QTest::newRow("new year's eve") << QDate(2026, 12, 31);
}

void TestTodayView::groupsVisitsByWhenTheyAreDue()
{
    QFETCH(QDate, today);
    QVERIFY(openClinicOn(today));
    TodayView* view = m_window->todayView();
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("todayHeading"))->text(),
             QLocale().toString(today, QLocale::LongFormat));
    QCOMPARE(view->overdueCount(), 2);
    QCOMPARE(view->todayCount(), 2);
    QCOMPARE(view->comingCount(), 4);
    QCOMPARE(heading(ComingRow)->text(0), QStringLiteral("Next 7 days (4)"));

    QTreeWidgetItem* late = findRow(QStringLiteral("Late, Lena"), QStringLiteral("Baseline"));
    QVERIFY(late);
    QCOMPARE(late->parent(), heading(OverdueRow));
    QCOMPARE(late->text(4), QStringLiteral("2 days overdue"));
    QTreeWidgetItem* due = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 1"));
    QVERIFY(due);
    QCOMPARE(due->parent(), heading(TodayRow));
    // Tomorrow is the first day ahead, a week from today the last.
    QTreeWidgetItem* tomorrow = findRow(QStringLiteral("Late, Lena"), QStringLiteral("Session 2"));
    QVERIFY(tomorrow);
    QCOMPARE(tomorrow->parent(), heading(ComingRow));
    QCOMPARE(tomorrow->text(3), dayAndDate(today.addDays(1)));
    QTreeWidgetItem* weekAhead = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 3"));
    QVERIFY(weekAhead);
    QCOMPARE(weekAhead->parent(), heading(ComingRow));
    QCOMPARE(weekAhead->text(3), dayAndDate(today.addDays(7)));
    QVERIFY(findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 2")));
    QVERIFY(findRow(QStringLiteral("Late, Lena"), QStringLiteral("Session 3")));
    QVERIFY(!findRow(QStringLiteral("Late, Lena"), QStringLiteral("Session 4")));
}

void TestTodayView::fridayListsMondaysPatients()
{
    QVERIFY(openClinicOn(kFriday));
    const QDate monday = kFriday.addDays(3);
    QVERIFY(addPatientStartingOn(QStringLiteral("D3"), QStringLiteral("Monday"), QStringLiteral("Mona"), monday) > 0);
    QTreeWidgetItem* baseline = findRow(QStringLiteral("Monday, Mona"), QStringLiteral("Baseline"));
    QVERIFY(baseline);
    QCOMPARE(baseline->parent(), heading(ComingRow));
    QCOMPARE(baseline->text(3), dayAndDate(monday));
    QVERIFY(findRow(QStringLiteral("Monday, Mona"), QStringLiteral("Session 1")));
    QCOMPARE(m_window->todayView()->comingCount(), 7);
}

void TestTodayView::sundayListsTheWeekAheadAndNoFurther()
{
    QVERIFY(openClinicOn(kSunday));
    const QDate monday = kSunday.addDays(1);
    QVERIFY(addPatientStartingOn(QStringLiteral("D3"), QStringLiteral("Monday"), QStringLiteral("Mona"), monday) > 0);
    // Tomorrow's baseline and session 1 are there; session 2, on Thursday, too; session 3 is on the Monday after
    // next, eight days away.
    QCOMPARE(findRow(QStringLiteral("Monday, Mona"), QStringLiteral("Baseline"))->parent(), heading(ComingRow));
    QCOMPARE(findRow(QStringLiteral("Monday, Mona"), QStringLiteral("Session 2"))->parent(), heading(ComingRow));
    QVERIFY(!findRow(QStringLiteral("Monday, Mona"), QStringLiteral("Session 3")));
    // Next Sunday is in, the Monday after it is not.
    QTreeWidgetItem* nextSunday = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 3"));
    QVERIFY(nextSunday);
    QCOMPARE(nextSunday->text(3), dayAndDate(QDate(2026, 12, 13)));
    QVERIFY(!findRow(QStringLiteral("Late, Lena"), QStringLiteral("Session 4")));
    QCOMPARE(m_window->todayView()->comingCount(), 7);
}

void TestTodayView::enterOpensTheVisit()
{
    QVERIFY(openClinicOn(kFriday));
    QTreeWidget* list = m_window->todayView()->list();
    QTreeWidgetItem* due = findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Session 1"));
    list->setCurrentItem(due);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<VisitEntryDialog*>(QApplication::activeModalWidget()));
    QPointer<VisitEntryDialog> dialog = qobject_cast<VisitEntryDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Session 1")));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Prompt, Paul")));
    // The pain score goes into the form once it has the keyboard; saved complete, nothing is asked.
    QVERIFY(activated(dialog));
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
    QVERIFY(openClinicOn(kFriday));
    QVERIFY(PatientRepository(m_window->database()).setArchived(m_late, true, QStringLiteral("moved away")).ok());
    m_window->showToday();
    QCOMPARE(m_window->todayView()->overdueCount(), 0);
    QCOMPARE(m_window->todayView()->comingCount(), 2);
    QVERIFY(!findRow(QStringLiteral("Late, Lena"), QStringLiteral("Baseline")));
}

void TestTodayView::longOverdueListStillShowsToday()
{
    QVERIFY(openClinicOn(kFriday));
    // Thirty courses started two months ago with nothing recorded: ten overdue visits each, more than a heading
    // lists.
    for (int number = 1; number <= 30; ++number) {
        const qint64 id = addPatient(m_window->database(), QStringLiteral("L%1").arg(number), QStringLiteral("Lapsed"),
                                     QStringLiteral("Given %1").arg(number));
        QVERIFY(id > 0);
        QVERIFY(startStandardCourse(m_window->database(), id, kFriday.addDays(-60)).id > 0);
    }
    TodayView* view = m_window->todayView();
    view->reload();
    QCOMPARE(view->overdueCount(), TodayView::kVisitLimit);
    // Today's patients are listed whatever the length of the overdue list.
    QCOMPARE(view->todayCount(), 2);
    QVERIFY(findRow(QStringLiteral("Prompt, Paul"), QStringLiteral("Baseline")));
    QVERIFY2(heading(OverdueRow)->text(0).contains(QStringLiteral("200+")), qPrintable(heading(OverdueRow)->text(0)));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("todayNote"))->text().contains(QStringLiteral("first 200")));
    // They are the earliest of all the overdue visits.
    const QList<DueVisit> all = *CourseRepository(m_window->database()).dueBetween({}, kFriday.addDays(-1), 10000);
    QVERIFY(all.size() > TodayView::kVisitLimit);
    QTreeWidgetItem* overdue = heading(OverdueRow);
    for (int row = 0; row < TodayView::kVisitLimit; ++row)
        QCOMPARE(overdue->child(row)->data(0, TodayView::VisitIdRole).toLongLong(), all[row].visit.id);
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
