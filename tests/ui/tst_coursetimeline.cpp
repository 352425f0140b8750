// The course timeline: starting a course plans the right visits on the right days; visit states follow the
// calendar; missed, rescheduled and extra visits; undo of a visit change. On an SQLite file and on a PostgreSQL server.
#include "AppContext.h"
#include "CourseTimelineView.h"
#include "FixedClock.h"
#include "PatientWorkspace.h"
#include "PdfText.h"
#include "StartCourseDialog.h"
#include "UiTestSupport.h"
#include "VisitDateDialog.h"
#include "VisitTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace outcome;
using namespace outcome::test;

// The day the timeline is looked at: what is overdue, due or still to come is reckoned from it.
const QDate kToday(2026, 12, 4);

class TestCourseTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void startingACoursePlansItsVisits();
    void aCourseNamesItsClinician();
    void pastVisitsAreOverdue();
    void markMissedThenUndo();
    void rescheduleMovesTheVisit();
    void extraVisitJoinsTheTimeline();
    void printQuestionnairesForTheSelectedVisit();

private:
    CourseTimelineView* timeline() const { return m_window->patientWorkspace()->timeline(); }
    int rowOf(const QString& title) const;
    VisitState stateOf(const QString& title) const;

    const FixedClock m_clock{kToday};
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    QTemporaryDir m_outDir; // printed forms
    std::unique_ptr<MainWindow> m_window;
    qint64 m_patientId = 0;
};

void TestCourseTimeline::initTestCase_data()
{
    addEngineRows();
}

void TestCourseTimeline::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestCourseTimeline::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    auto db = openDatabase(m_scratch->location(QStringLiteral("timeline.db")));
    QVERIFY(db);
    m_patientId = addPatient(*db, QStringLiteral("T1"), QStringLiteral("Lindqvist"), QStringLiteral("Maja"));
    QVERIFY(m_patientId > 0);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openPatient(m_patientId);
}

void TestCourseTimeline::cleanup()
{
    m_window.reset();
    m_scratch.reset();
}

int TestCourseTimeline::rowOf(const QString& title) const
{
    const VisitTableModel* model = timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->visit(row)->title() == title)
            return row;
    }
    return -1;
}

VisitState TestCourseTimeline::stateOf(const QString& title) const
{
    const int row = rowOf(title);
    return VisitState(
        timeline()->model()->index(row, VisitTableModel::StatusColumn).data(VisitTableModel::StateRole).toInt());
}

void TestCourseTimeline::startingACoursePlansItsVisits()
{
    const QDate start(2026, 3, 2);
    QDate offered;
    whenDialogOpens<StartCourseDialog>([start, &offered](StartCourseDialog* dialog) {
        auto* startEdit = dialog->findChild<QDateEdit*>(QStringLiteral("courseStartEdit"));
        offered = startEdit->date();
        startEdit->setDate(start);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("treatmentLabelEdit")),
                         QStringLiteral("Manual therapy"));
        dialog->findChild<QPushButton*>(QStringLiteral("startCourseButton"))->click();
    });
    timeline()->startCourseAction()->trigger();

    QCOMPARE(offered, kToday);
    const VisitTableModel* model = timeline()->model();
    QCOMPARE(model->rowCount(), 12);
    const QList<QPair<QString, QDate>> expected{{QStringLiteral("Baseline"), start},
                                                {QStringLiteral("Session 1"), start},
                                                {QStringLiteral("Session 2"), QDate(2026, 3, 5)},
                                                {QStringLiteral("Session 3"), QDate(2026, 3, 9)},
                                                {QStringLiteral("Session 4"), QDate(2026, 3, 12)},
                                                {QStringLiteral("Session 5"), QDate(2026, 3, 16)},
                                                {QStringLiteral("Session 6"), QDate(2026, 3, 19)},
                                                {QStringLiteral("Session 7"), QDate(2026, 3, 23)},
                                                {QStringLiteral("Session 8"), QDate(2026, 3, 26)},
                                                {QStringLiteral("1 month"), QDate(2026, 3, 30)},
                                                {QStringLiteral("3 months"), QDate(2026, 6, 1)},
                                                {QStringLiteral("6 months"), QDate(2026, 8, 31)}};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model->visit(row)->title(), expected[row].first);
        QCOMPARE(model->visit(row)->scheduledDate, expected[row].second);
    }
    QCOMPARE(timeline()->courses().size(), 1);
    QCOMPARE(timeline()->courses().first().treatmentLabel, QStringLiteral("Manual therapy"));
}

void TestCourseTimeline::aCourseNamesItsClinician()
{
    // No clinician anywhere yet: none is proposed, and one is typed.
    QString proposed = QStringLiteral("(not asked)");
    whenDialogOpens<StartCourseDialog>([&proposed](StartCourseDialog* dialog) {
        auto* clinician = dialog->findChild<QComboBox*>(QStringLiteral("courseClinicianCombo"));
        proposed = clinician->currentText();
        // Typed as a whole (QTest types ASCII only), with the spaces a hurried typist leaves.
        clinician->lineEdit()->setText(QStringLiteral("  Tomás   Ortega "));
        dialog->findChild<QPushButton*>(QStringLiteral("startCourseButton"))->click();
    });
    timeline()->startCourseAction()->trigger();
    QCOMPARE(proposed, QString());
    QCOMPARE(timeline()->courses().size(), 1);
    QCOMPARE(timeline()->courses().first().clinician, QStringLiteral("Tomás Ortega"));

    // The next course proposes the patient's clinician and offers every clinician named so far.
    QStringList offered;
    whenDialogOpens<StartCourseDialog>([&proposed, &offered](StartCourseDialog* dialog) {
        auto* clinician = dialog->findChild<QComboBox*>(QStringLiteral("courseClinicianCombo"));
        proposed = clinician->currentText();
        for (int i = 0; i < clinician->count(); ++i)
            offered.append(clinician->itemText(i));
        dialog->findChild<QPushButton*>(QStringLiteral("startCourseButton"))->click();
    });
    timeline()->startCourseAction()->trigger();
    QCOMPARE(proposed, QStringLiteral("Tomás Ortega"));
    QCOMPARE(offered, QStringList{QStringLiteral("Tomás Ortega")});
    QCOMPARE(timeline()->courses().size(), 2);
    QCOMPARE(timeline()->courses().last().clinician, QStringLiteral("Tomás Ortega"));
}

void TestCourseTimeline::pastVisitsAreOverdue()
{
    const Course course = startStandardCourse(m_window->database(), m_patientId, kToday.addDays(-10));
    QVERIFY(course.id > 0);
    m_window->openPatient(m_patientId);
    QCOMPARE(stateOf(QStringLiteral("Baseline")), VisitState::Overdue);
    QCOMPARE(
        timeline()->model()->index(rowOf(QStringLiteral("Baseline")), VisitTableModel::StatusColumn).data().toString(),
        QStringLiteral("Overdue"));
    QCOMPARE(stateOf(QStringLiteral("6 months")), VisitState::Scheduled);
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("courseSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("overdue")), qPrintable(summary->text()));
}

void TestCourseTimeline::markMissedThenUndo()
{
    startStandardCourse(m_window->database(), m_patientId, kToday.addDays(-10));
    m_window->openPatient(m_patientId);
    timeline()->table()->selectRow(rowOf(QStringLiteral("Session 2")));
    timeline()->markMissedAction()->trigger();
    QCOMPARE(stateOf(QStringLiteral("Session 2")), VisitState::Missed);
    m_window->context().undoStack()->undo();
    QCOMPARE(stateOf(QStringLiteral("Session 2")), VisitState::Overdue);
    m_window->context().undoStack()->redo();
    QCOMPARE(stateOf(QStringLiteral("Session 2")), VisitState::Missed);
}

void TestCourseTimeline::rescheduleMovesTheVisit()
{
    startStandardCourse(m_window->database(), m_patientId, kToday.addDays(-10));
    m_window->openPatient(m_patientId);
    timeline()->table()->selectRow(rowOf(QStringLiteral("Session 3")));
    whenDialogOpens<VisitDateDialog>([](VisitDateDialog* dialog) {
        dialog->findChild<QDateEdit*>(QStringLiteral("visitDateEdit"))->setDate(kToday);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("rescheduleReasonEdit")),
                         QStringLiteral("holiday"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    timeline()->rescheduleAction()->trigger();
    QCOMPARE(timeline()->model()->visit(rowOf(QStringLiteral("Session 3")))->scheduledDate, kToday);
    QCOMPARE(stateOf(QStringLiteral("Session 3")), VisitState::DueToday);
}

void TestCourseTimeline::extraVisitJoinsTheTimeline()
{
    startStandardCourse(m_window->database(), m_patientId, kToday);
    m_window->openPatient(m_patientId);
    const QDate when = kToday.addDays(40);
    whenDialogOpens<VisitDateDialog>([when](VisitDateDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("extraVisitLabelEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Flare-up check"));
        dialog->findChild<QDateEdit*>(QStringLiteral("visitDateEdit"))->setDate(when);
        auto* instruments = dialog->findChild<QListWidget*>(QStringLiteral("extraVisitInstruments"));
        for (int row = 0; row < instruments->count(); ++row) {
            if (instruments->item(row)->data(Qt::UserRole).toString() == QLatin1String("nrs"))
                instruments->item(row)->setCheckState(Qt::Checked);
        }
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    timeline()->extraVisitAction()->trigger();
    QCOMPARE(timeline()->model()->rowCount(), 13);
    const Visit* extra = timeline()->model()->visit(rowOf(QStringLiteral("Flare-up check")));
    QVERIFY(extra);
    QCOMPARE(extra->scheduledDate, when);
    QCOMPARE(extra->plannedInstruments, QStringList{QStringLiteral("nrs")});
    // Shown where it falls in time: after the 1-month visit, before 3 months.
    QVERIFY(rowOf(QStringLiteral("Flare-up check")) < rowOf(QStringLiteral("3 months")));
}

void TestCourseTimeline::printQuestionnairesForTheSelectedVisit()
{
    startStandardCourse(m_window->database(), m_patientId, kToday);
    m_window->openPatient(m_patientId);
    QAction* print = timeline()->printFormsAction();
    QVERIFY(m_window->menu(MainWindow::Menu::Course)->actions().contains(print));
    timeline()->table()->clearSelection();
    timeline()->table()->setCurrentIndex(QModelIndex());
    QVERIFY(!print->isEnabled());

    timeline()->table()->selectRow(rowOf(QStringLiteral("1 month")));
    QVERIFY(print->isEnabled());
    QFETCH_GLOBAL(QString, engine);
    const QString path = m_outDir.filePath(engine + QStringLiteral("-forms.pdf"));
    QString suggested;
    timeline()->setFormPathChooser([&suggested, path](const QString& name) {
        suggested = name;
        return path;
    });
    print->trigger();
    QCOMPARE(suggested, QStringLiteral("questionnaires-T1-1-mo.pdf"));
    const QString text = pdfReadingText(path);
    QVERIFY2(text.contains(QStringLiteral("Questionnaires for 1 month")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Lindqvist, Maja")));
    QVERIFY(text.contains(QStringLiteral("1. Pain intensity")));
}

QTEST_MAIN(TestCourseTimeline)
#include "tst_coursetimeline.moc"
