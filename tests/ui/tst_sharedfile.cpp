// One database, several copies of the program: each window follows what the others save (a second process
// included) without losing its place, and undo names what it will change; on an SQLite file and on a PostgreSQL
// server alike (there the changes are announced with NOTIFY). For a file, the window warns when other accounts
// can read it.
#include "AppContext.h"
#include "ChangesElsewhere.h"
#include "CourseTimelineView.h"
#include "FixedClock.h"
#include "PatientWorkspace.h"
#include "PrivacyNotice.h"
#include "TestEngines.h"
#include "TodayView.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"
#include "VisitRecordChange.h"
#include "VisitRecordRepository.h"
#include "VisitTableModel.h"

#include <QAction>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <optional>

using namespace outcome;
using namespace outcome::test;

class TestSharedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void savesOfAnotherConnectionAppearWithinSeconds();
    void savesOfAnotherProcessAppearOnTheTimeline();
    void undoNamesThePatientAndAsksWhenOffScreen();
    void privacyNoticeMakesTheFilePrivate();

private:
    QTreeWidgetItem* todayRow(const QString& visitTitle) const;
    QList<Visit> visitsOf(qint64 patientId);
    // A save of a pain score at a visit, from another connection: another window, or the program on another computer.
    void saveElsewhere(qint64 visitId, int pain);

    QTemporaryDir m_settingsDir;
    std::optional<FixedClock> m_clock;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    qint64 m_prompt = 0;
    qint64 m_late = 0;
};

void TestSharedFile::initTestCase_data()
{
    addEngineRows();
}

void TestSharedFile::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestSharedFile::init()
{
    m_clock.emplace(QDate(2026, 12, 4));
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_path = m_scratch->location(QStringLiteral("shared.db"));
    auto db = openDatabase(m_path);
    QVERIFY(db);
    m_prompt = addPatient(*db, QStringLiteral("S1"), QStringLiteral("Prompt"), QStringLiteral("Paul"));
    m_late = addPatient(*db, QStringLiteral("S2"), QStringLiteral("Late"), QStringLiteral("Lena"));
    // Both start today: baseline and session 1 are due.
    QVERIFY(startStandardCourse(*db, m_prompt, Clock::today()).id > 0);
    QVERIFY(startStandardCourse(*db, m_late, Clock::today()).id > 0);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSharedFile::cleanup()
{
    m_window.reset();
    m_scratch.reset();
    m_clock.reset();
}

QTreeWidgetItem* TestSharedFile::todayRow(const QString& visitTitle) const
{
    QTreeWidget* list = m_window->todayView()->list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
            QTreeWidgetItem* item = list->topLevelItem(group)->child(row);
            if (item->text(0) == QStringLiteral("Prompt, Paul") && item->text(2) == visitTitle)
                return item;
        }
    }
    return nullptr;
}

QList<Visit> TestSharedFile::visitsOf(qint64 patientId)
{
    const QList<Course> courses = *CourseRepository(m_window->database()).forPatient(patientId);
    return outcome::test::visitsOf(m_window->database(), courses.first().id);
}

void TestSharedFile::saveElsewhere(qint64 visitId, int pain)
{
    auto other = openDatabase(m_path);
    QVERIFY(other);
    VisitRecordRepository records(*other);
    const VisitRecord stored = *records.load(visitId);
    VisitRecord wanted = stored;
    wanted.visit.status = VisitStatus::Done;
    wanted.visit.actualDate = Clock::today();
    Assessment assessment;
    assessment.visitId = visitId;
    assessment.instrumentId = QStringLiteral("nrs");
    assessment.instrumentVersion = QStringLiteral("1");
    assessment.answers.setValue(QStringLiteral("pain"), pain);
    wanted.assessments = {assessment};
    QVERIFY(records.apply(visitId, VisitRecordChange::between(stored, wanted), {}).ok());
}

void TestSharedFile::savesOfAnotherConnectionAppearWithinSeconds()
{
    TodayView* today = m_window->todayView();
    QVERIFY(today->isVisible());
    QCOMPARE(today->todayCount(), 4);
    // The clinician has the second patient's session 1 selected; the other window records baseline.
    QTreeWidgetItem* session = todayRow(QStringLiteral("Session 1"));
    QVERIFY(session);
    today->list()->setCurrentItem(session);
    saveElsewhere(visitsOf(m_prompt).first().id, 6);
    // Nothing here was touched: within about a second the list knows, and the selection stays where it was.
    QTRY_COMPARE_WITH_TIMEOUT(today->todayCount(), 3, 3 * ChangesElsewhere::kIntervalMs);
    QVERIFY(!todayRow(QStringLiteral("Baseline")));
    QVERIFY(today->list()->currentItem());
    QCOMPARE(today->list()->currentItem()->text(2), QStringLiteral("Session 1"));
    QCOMPARE(today->list()->currentItem()->text(0), QStringLiteral("Prompt, Paul"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        m_window->database().isServer() ? QStringLiteral("another workstation") : QStringLiteral("another window")));
}

void TestSharedFile::savesOfAnotherProcessAppearOnTheTimeline()
{
    m_window->openPatient(m_prompt);
    CourseTimelineView* timeline = m_window->patientWorkspace()->timeline();
    const int rows = timeline->model()->rowCount();
    const qint64 selected = visitsOf(m_prompt).at(3).id;
    timeline->selectVisit(selected);
    // Another program on this computer adds a visit with a pain score to this patient's course.
    QProcess writer;
    writer.start(QStringLiteral(OT_BINARY_DIR "/tests/crash_writer"),
                 {m_path, QStringLiteral("S1"), QStringLiteral("1")});
    QVERIFY(writer.waitForFinished(60000));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(timeline->model()->rowCount(), rows + 1, 3 * ChangesElsewhere::kIntervalMs);
    QCOMPARE(timeline->currentVisitId(), selected);
}

void TestSharedFile::undoNamesThePatientAndAsksWhenOffScreen()
{
    const qint64 session = visitsOf(m_late).at(1).id;
    QPointer<VisitEntryDialog> dialog = m_window->openVisit(m_late, 0, session);
    QVERIFY(dialog && activated(dialog));
    typeIntoFocus(QStringLiteral("4"));
    QVERIFY(dialog->save());
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo save of NRS at Session 1 for Late, Lena"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Done: save of NRS at Session 1 for Late, Lena. Ctrl+Z undoes it."));

    // With another patient on screen, Ctrl+Z asks first, naming whom it would change; Cancel changes nothing.
    m_window->openPatient(m_prompt);
    QString question;
    whenDialogOpens<QMessageBox>([&question](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    undo->trigger();
    QCOMPARE(question, QStringLiteral("Undo the save of NRS at Session 1 for Late, Lena?"));
    QCOMPARE((*VisitRecordRepository(m_window->database()).load(session)).visit.status, VisitStatus::Done);

    whenDialogOpens<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    undo->trigger();
    const VisitRecord undone = *VisitRecordRepository(m_window->database()).load(session);
    QCOMPARE(undone.visit.status, VisitStatus::Scheduled);
    QVERIFY(undone.assessments.isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Undone: save of NRS at Session 1 for Late, Lena."));

    // With that patient on screen, redo and undo act at once.
    m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    m_window->openPatient(m_late);
    undo->trigger();
    QCOMPARE((*VisitRecordRepository(m_window->database()).load(session)).visit.status, VisitStatus::Scheduled);
}

void TestSharedFile::privacyNoticeMakesTheFilePrivate()
{
    if (m_window->database().isServer())
        QSKIP("A server's records are not a file on this computer; its administrator grants access.");
    // A new database is the owner's alone: no warning.
    QCOMPARE(QFileInfo(m_path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    PrivacyNotice* notice = m_window->privacyNotice();
    QVERIFY(!notice->isVisible());
    // Made readable by others (a copy from a shared folder): the bar says so, and its button fixes it.
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    notice->refresh();
    QVERIFY(notice->isVisible());
    notice->makePrivateButton()->click();
    QVERIFY(!notice->isVisible());
    QCOMPARE(QFileInfo(m_path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

QTEST_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
