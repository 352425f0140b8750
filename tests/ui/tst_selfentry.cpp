// The patient's self-entry, driven by keyboard only through the real main window: the baseline battery answered,
// one question skipped and answered from the end screen, what was saved and how it is marked, the clinician's review,
// and that nothing else of the program is reachable while the patient has the screen.
#include "AppContext.h"
#include "AuditTrail.h"
#include "CourseTimelineView.h"
#include "FixedClock.h"
#include "HoldToConfirmButton.h"
#include "InstrumentForm.h"
#include "InstrumentLibrary.h"
#include "ItemInput.h"
#include "NumberPad.h"
#include "PatientWorkspace.h"
#include "SelfEntryView.h"
#include "TodayView.h"
#include "TranslatedDefinition.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"
#include "VisitRecordRepository.h"
#include "VisitTableModel.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

// The baseline takes place today: the course starts today.
const QDate kToday(2026, 12, 4);

class TestSelfEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void baselineBatteryByKeyboard();
    void nothingElseIsReachable();
    void aPainScoreOfTenAndARefusedDigit();
    void aPainBetweenTwoMarksOnTheKeypad();
    void onlyPlannedVisitsOffered();
    void askedInThePatientsLanguage();

private:
    SelfEntryView* startAt(const QString& visitTitle);
    Visit visit(const QString& title) const;
    QString progressLine() const;
    QString currentPage() const;
    // Sends a key to whatever has the keyboard, then lets the view move on to the screen it asked for.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString& text);

    const FixedClock m_clock{kToday};
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir; // the clinic's instruments folder is in it
    PatientWindow m_clinic;
    QPointer<SelfEntryView> m_view;
};

void TestSelfEntry::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    // The application-data folder, and the clinic's instruments in it, are this test's own.
    qputenv("XDG_DATA_HOME", m_dataDir.path().toLocal8Bit());
}

void TestSelfEntry::initTestCase_data()
{
    addEngineRows();
}

void TestSelfEntry::init()
{
    OT_SCRATCH_FOR_ENGINE(m_clinic.scratch);
    QVERIFY(m_clinic.open(QStringLiteral("self.db"),
                          {QStringLiteral("S1"), QStringLiteral("Lindqvist"), QStringLiteral("Maja")}, kToday));
}

void TestSelfEntry::cleanup()
{
    if (m_view) {
        // Left as the clinician leaves it, so that no locked window outlives its test.
        m_view->leaveButton()->setHoldDuration(0);
        emit m_view->leaveButton()->confirmed();
    }
    m_clinic.close();
    QDir(InstrumentLibrary::clinicFolder()).removeRecursively();
}

Visit TestSelfEntry::visit(const QString& title) const
{
    for (const Visit& candidate : visitsOf(m_clinic.window->database(), m_clinic.course.id)) {
        if (candidate.title() == title)
            return candidate;
    }
    return {};
}

void TestSelfEntry::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard");
    QTest::keyClick(focus, key, modifiers);
    QCoreApplication::processEvents();
}

void TestSelfEntry::type(const QString& text)
{
    for (const QChar character : text) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard");
        QTest::keyClick(focus, character.toLatin1());
        QCoreApplication::processEvents();
    }
}

QString TestSelfEntry::progressLine() const
{
    return m_view->findChild<QLabel*>(QStringLiteral("selfEntryProgressLine"))->text();
}

QString TestSelfEntry::currentPage() const
{
    const QWidget* page = m_view->findChild<QScrollArea*>(QStringLiteral("selfEntryPageArea"))->widget();
    return page ? page->objectName() : QString();
}

SelfEntryView* TestSelfEntry::startAt(const QString& visitTitle)
{
    CourseTimelineView* timeline = m_clinic.window->patientWorkspace()->timeline();
    timeline->selectVisit(visit(visitTitle).id);
    timeline->table()->setFocus();
    QTest::keyClick(timeline->table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    m_view = m_clinic.window->selfEntryView();
    if (m_view)
        activated(m_view);
    return m_view;
}

void TestSelfEntry::baselineBatteryByKeyboard()
{
    QVERIFY(startAt(QStringLiteral("Baseline")));
    // The baseline plans ODI, QVAS and RAND-36; the blood markers are the clinic's to enter.
    QCOMPARE(m_view->questionCount(), 10 + 4 + 36);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryWelcomePage"));
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("selfEntryGreeting"))->text().contains(QStringLiteral("Maja")));
    QVERIFY(
        !m_view->findChild<QLabel*>(QStringLiteral("selfEntryGreeting"))->text().contains(QStringLiteral("Lindqvist")));
    QCOMPARE(progressLine(), QStringLiteral("50 questions"));
    press(Qt::Key_Return);

    QCOMPARE(currentPage(), QStringLiteral("selfEntryIntroductionPage"));
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("selfEntryInstrumentName"))->text(),
             m_clinic.window->context().instruments().find(QStringLiteral("odi"))->name);
    QVERIFY(!m_view->findChild<QLabel*>(QStringLiteral("selfEntryInstructions"))->text().isEmpty());
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("selfEntryRecall"))->text().contains(QStringLiteral("today")));
    press(Qt::Key_Return);

    // ODI: a digit answers and moves on; Enter on section 4 leaves it blank, as on paper.
    const QList<int> odi{2, 1, 3, -1, 4, 2, 1, 3, 2, 1};
    for (qsizetype i = 0; i < odi.size(); ++i) {
        QCOMPARE(currentPage(), QStringLiteral("selfEntryQuestionPage"));
        QCOMPARE(progressLine(), QStringLiteral("Question %1 of 50").arg(i + 1));
        QCOMPARE(m_view->currentInput()->item().id, QString::number(i + 1));
        QVERIFY(
            m_view->currentInput()->accessibleDescription().contains(QStringLiteral("Question %1 of 50").arg(i + 1)));
        if (odi[i] < 0)
            press(Qt::Key_Return);
        else
            type(QString::number(odi[i]));
    }
    // Backspace turns back to the last ODI section, which keeps its answer; Down goes on unchanged.
    QCOMPARE(currentPage(), QStringLiteral("selfEntryIntroductionPage"));
    press(Qt::Key_Backspace);
    QCOMPARE(m_view->currentInput()->item().id, QStringLiteral("10"));
    QCOMPARE(m_view->currentInput()->answer().value, std::optional<double>(1));
    press(Qt::Key_Down);
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("selfEntryInstrumentName"))->text(),
             m_clinic.window->context().instruments().find(QStringLiteral("qvas"))->name);
    press(Qt::Key_Return);

    // QVAS: decimals by keys; a value that may grow waits for Enter.
    type(QStringLiteral("4.5"));
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    type(QStringLiteral("6.5"));
    type(QStringLiteral("2"));
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryIntroductionPage"));
    press(Qt::Key_Return);

    // RAND-36: every item takes 1 and 2.
    for (int i = 1; i <= 36; ++i) {
        QCOMPARE(m_view->currentInput()->item().id, QString::number(i));
        type(QString::number(1 + i % 2));
    }

    QCOMPARE(currentPage(), QStringLiteral("selfEntryEndPage"));
    QCOMPARE(m_view->findChild<QPushButton*>(QStringLiteral("selfEntryNextButton"))->text(), QStringLiteral("Finish"));
    const QString skipped = m_view->findChild<QLabel*>(QStringLiteral("selfEntrySkippedSummary"))->text();
    QVERIFY2(skipped.contains(QStringLiteral("You skipped one question: 4 (ODI).")), qPrintable(skipped));
    // Back to the skipped section by keyboard: Tab reaches its button, Enter opens it, the answer returns to the end.
    auto* goBack = m_view->findChild<QPushButton*>(QStringLiteral("selfEntrySkipped_odi_4"));
    QVERIFY(goBack);
    for (int tabs = 0; tabs < 6 && QApplication::focusWidget() != goBack; ++tabs)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), goBack);
    press(Qt::Key_Return);
    QCOMPARE(m_view->currentInput()->item().id, QStringLiteral("4"));
    type(QStringLiteral("0"));
    QCOMPARE(currentPage(), QStringLiteral("selfEntryEndPage"));
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("selfEntrySkippedSummary"))
                ->text()
                .startsWith(QStringLiteral("You answered every question")));
    QVERIFY(!m_view->findChild<QPushButton*>(QStringLiteral("selfEntrySkipped_odi_4")));
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryThanksPage"));

    // What was saved: what was typed, in one save, the visit not done, marked as the patient's own.
    const VisitRecord saved =
        *VisitRecordRepository(m_clinic.window->database()).load(visit(QStringLiteral("Baseline")).id);
    QCOMPARE(saved.visit.status, VisitStatus::Scheduled);
    QCOMPARE(saved.visit.patientEnteredOn, kToday);
    QVERIFY(saved.visit.awaitsReview());
    QCOMPARE(saved.assessments.size(), 3);
    AnswerSet odiAnswers;
    for (int i = 0; i < 10; ++i)
        odiAnswers.setValue(QString::number(i + 1), i == 3 ? 0 : odi[i]);
    QCOMPARE(saved.assessment(QStringLiteral("odi"))->answers, odiAnswers);
    AnswerSet qvasAnswers;
    qvasAnswers.setValue(QStringLiteral("now"), 4.5);
    qvasAnswers.setValue(QStringLiteral("typical"), 3);
    qvasAnswers.setValue(QStringLiteral("worst"), 6.5);
    qvasAnswers.setValue(QStringLiteral("best"), 2);
    QCOMPARE(saved.assessment(QStringLiteral("qvas"))->answers, qvasAnswers);
    AnswerSet randAnswers;
    for (int i = 1; i <= 36; ++i)
        randAnswers.setValue(QString::number(i), 1 + i % 2);
    QCOMPARE(saved.assessment(QStringLiteral("rand36"))->answers, randAnswers);
    const QString patientActor = AuditTrail::patientActor(m_clinic.window->database().actor());
    for (const Assessment& assessment : saved.assessments) {
        QCOMPARE(assessment.enteredBy, patientActor);
        const Result<QList<AuditEntry>> audit =
            AuditTrail(m_clinic.window->database()).forRow(QStringLiteral("assessments"), assessment.id);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actor, patientActor);
        QVERIFY(audit->first().reason.contains(QStringLiteral("Entered by the patient")));
    }

    // The clinician's hold leaves; the timeline shows the visit with answers to review.
    m_view->leaveButton()->setHoldDuration(30);
    QTest::keyPress(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_view);
    QVERIFY(m_clinic.window->isEnabled());
    CourseTimelineView* timeline = m_clinic.window->patientWorkspace()->timeline();
    QCOMPARE(timeline->currentVisitId(), saved.visit.id);
    const QModelIndex status =
        timeline->model()->index(timeline->table()->currentIndex().row(), VisitTableModel::StatusColumn);
    QVERIFY2(status.data().toString().contains(QStringLiteral("patient's answers to review")),
             qPrintable(status.data().toString()));

    // The review: the results form says whose answers these are; saving it marks the visit done and reviewed.
    QTest::keyClick(timeline->table(), Qt::Key_E, Qt::ControlModifier);
    QPointer<VisitEntryDialog> dialog = timeline->findChild<VisitEntryDialog*>();
    QVERIFY(dialog);
    auto* mark = dialog->findChild<QLabel*>(QStringLiteral("patientEntryLabel"));
    QVERIFY(mark->isVisibleTo(dialog));
    QVERIFY2(mark->text().contains(QStringLiteral("not yet reviewed")), qPrintable(mark->text()));
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers(), odiAnswers);
    QVERIFY(dialog->save());
    const VisitRecord reviewed = *VisitRecordRepository(m_clinic.window->database()).load(saved.visit.id);
    QCOMPARE(reviewed.visit.status, VisitStatus::Done);
    QVERIFY(reviewed.visit.patientEntryReviewed);
    QCOMPARE(reviewed.assessments.size(), 3);
}

void TestSelfEntry::nothingElseIsReachable()
{
    QVERIFY(startAt(QStringLiteral("Baseline")));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    type(QStringLiteral("3"));
    QCOMPARE(progressLine(), QStringLiteral("Question 2 of 50"));
    QVERIFY(!m_clinic.window->isEnabled());
    const auto shownWindows = []() {
        QList<QWidget*> shown;
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->isVisible())
                shown.append(window);
        }
        return shown;
    };
    const QList<QWidget*> windowsBefore = shownWindows();

    // Menu shortcuts, a menu's mnemonic, Esc and closing by the window manager: nothing happens.
    const QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys{
        {Qt::Key_F, Qt::ControlModifier}, {Qt::Key_Q, Qt::ControlModifier}, {Qt::Key_T, Qt::ControlModifier},
        {Qt::Key_E, Qt::ControlModifier}, {Qt::Key_N, Qt::ControlModifier}, {Qt::Key_Comma, Qt::ControlModifier},
        {Qt::Key_F, Qt::AltModifier},     {Qt::Key_Escape, Qt::NoModifier}, {Qt::Key_F4, Qt::AltModifier}};
    for (const auto& [key, modifiers] : keys) {
        press(key, modifiers);
        QVERIFY(m_view && m_view->isVisible());
        QCOMPARE(progressLine(), QStringLiteral("Question 2 of 50"));
    }
    QVERIFY(!m_view->close());
    QVERIFY(m_view->isVisible());
    QVERIFY(
        m_view->findChild<QLabel*>(QStringLiteral("selfEntryMessage"))->text().contains(QStringLiteral("clinician")));

    // Switching to the main window (Alt+Tab) reaches nothing: its shortcuts stay dead and it takes no keys.
    m_clinic.window->activateWindow();
    QCoreApplication::processEvents();
    for (const auto& [key, modifiers] : keys) {
        QTest::keyClick(m_clinic.window.get(), key, modifiers);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_clinic.window->isVisible());
    QCOMPARE(m_clinic.window->patientWorkspace()->patientId(), m_clinic.patientId);
    QVERIFY(!m_clinic.window->todayView()->isVisible());
    QCOMPARE(shownWindows(), windowsBefore);
    QVERIFY(m_view && m_view->isVisible());
    QVERIFY(visitsOf(m_clinic.window->database(), m_clinic.course.id).first().status == VisitStatus::Scheduled);

    // A quick press of the clinician's chord is not a hold; only the hold leaves, and nothing was saved.
    activated(m_view);
    m_view->leaveButton()->setHoldDuration(60000);
    QTest::keyPress(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->leaveButton()->isHeld());
    QTest::keyRelease(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_view->leaveButton()->isHeld());
    QVERIFY(m_view->isVisible());
    m_view->leaveButton()->setHoldDuration(30);
    QTest::keyPress(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_view);
    QVERIFY(m_clinic.window->isEnabled());
    const VisitRecord untouched =
        *VisitRecordRepository(m_clinic.window->database()).load(visit(QStringLiteral("Baseline")).id);
    QVERIFY(untouched.assessments.isEmpty());
    QVERIFY(!untouched.visit.patientEnteredOn.isValid());
}

void TestSelfEntry::aPainScoreOfTenAndARefusedDigit()
{
    QVERIFY(startAt(QStringLiteral("Session 1")));
    QCOMPARE(m_view->questionCount(), 1);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    // "1" could become 10: it waits; "5" after it makes 15, which is refused whole and said why.
    type(QStringLiteral("15"));
    QCOMPARE(currentPage(), QStringLiteral("selfEntryQuestionPage"));
    QVERIFY(!m_view->currentInput()->answer().isAnswered());
    QVERIFY(!m_view->findChild<QLabel*>(QStringLiteral("selfEntryMessage"))->text().isEmpty());
    type(QStringLiteral("10"));
    QCOMPARE(currentPage(), QStringLiteral("selfEntryEndPage"));
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryThanksPage"));
    const VisitRecord saved =
        *VisitRecordRepository(m_clinic.window->database()).load(visit(QStringLiteral("Session 1")).id);
    QCOMPARE(saved.assessment(QStringLiteral("nrs"))->answers.value(QStringLiteral("pain")), std::optional<double>(10));
}

void TestSelfEntry::aPainBetweenTwoMarksOnTheKeypad()
{
    QVERIFY(startAt(QStringLiteral("Baseline")));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(m_view->currentInput()->item().id, QStringLiteral("now"));
    // The pad waits behind one button; ODI's whole-number answers have none.
    auto* open = m_view->findChild<QPushButton*>(QStringLiteral("selfEntryPadButton"));
    QVERIFY(open);
    auto* pad = m_view->findChild<NumberPad*>();
    QVERIFY(pad);
    QVERIFY(!pad->isVisibleTo(m_view));
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(pad->isVisibleTo(m_view));
    const auto key = [pad](const QString& name) {
        auto* button = pad->findChild<QPushButton*>(QStringLiteral("numberPadKey_") + name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
    };
    key(QStringLiteral("4"));
    key(QStringLiteral("point"));
    key(QStringLiteral("5"));
    QCOMPARE(pad->typed(), QStringLiteral("4.5"));
    QCOMPARE(m_view->currentInput()->answer().value, std::optional<double>(4.5));
    // A second decimal point is refused and said why; the answer stays.
    auto* message = m_view->findChild<QLabel*>(QStringLiteral("selfEntryMessage"));
    message->clear();
    key(QStringLiteral("point"));
    QVERIFY(m_view->currentInput()->isFlashing());
    QVERIFY(message->text().contains(QStringLiteral("0 to 10")));
    QCOMPARE(m_view->currentInput()->answer().value, std::optional<double>(4.5));
    // Clear takes the answer away; 1 then 1 would make 11, past the scale, so the second 1 starts anew.
    key(QStringLiteral("C"));
    QVERIFY(!m_view->currentInput()->answer().isAnswered());
    key(QStringLiteral("1"));
    key(QStringLiteral("0"));
    QCOMPARE(m_view->currentInput()->answer().value, std::optional<double>(10));
    key(QStringLiteral("7"));
    QCOMPARE(pad->typed(), QStringLiteral("7"));
    key(QStringLiteral("point"));
    key(QStringLiteral("5"));
    // The keyboard stayed with the answer: Enter moves on, and the value is what is saved.
    press(Qt::Key_Return);
    QCOMPARE(m_view->currentInput()->item().id, QStringLiteral("typical"));
    press(Qt::Key_Up);
    QCOMPARE(m_view->currentInput()->answer().value, std::optional<double>(7.5));
}

void TestSelfEntry::onlyPlannedVisitsOffered()
{
    CourseTimelineView* timeline = m_clinic.window->patientWorkspace()->timeline();
    QAction* selfEntry = timeline->selfEntryAction();
    timeline->selectVisit(visit(QStringLiteral("Baseline")).id);
    QVERIFY(selfEntry->isEnabled());
    // A visit already done is the clinician's to change, in the results form.
    VisitRecordRepository records(m_clinic.window->database());
    VisitRecord done = *records.load(visit(QStringLiteral("Session 2")).id);
    VisitRecord wanted = done;
    wanted.visit.status = VisitStatus::Done;
    wanted.visit.actualDate = kToday;
    QVERIFY(records.apply(done.visit.id, VisitRecordChange::between(done, wanted), QString()).ok());
    timeline->reload();
    timeline->selectVisit(done.visit.id);
    QVERIFY(!selfEntry->isEnabled());
    // From the command line: the next planned visit of the current course, or a message naming what to do.
    Result<SelfEntryView*> started = m_clinic.window->startSelfEntry(QStringLiteral("S1"));
    QVERIFY(started.ok());
    m_view = *started;
    QCOMPARE(m_view->questionCount(), 50);
    m_view->leaveButton()->setHoldDuration(0);
    emit m_view->leaveButton()->confirmed();
    QTRY_VERIFY(!m_view);
    const Result<SelfEntryView*> unknown = m_clinic.window->startSelfEntry(QStringLiteral("NOPE"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("NOPE")));
}

void TestSelfEntry::askedInThePatientsLanguage()
{
    // The clinic has a German NRS, and the patient reads German; the program is opened again to load it.
    QVERIFY(InstrumentLibrary::clinicFolder().startsWith(m_dataDir.path()));
    QVERIFY(installGermanNrs(InstrumentLibrary::clinicFolder()));
    {
        PatientRepository patients(m_clinic.window->database());
        Patient patient = *patients.find(m_clinic.patientId);
        patient.language = QStringLiteral("de");
        QVERIFY(patients.update(patient));
    }
    const QString path = m_clinic.window->database().path();
    m_clinic.window.reset();
    m_clinic.window = std::make_unique<MainWindow>(openDatabase(path));
    m_clinic.window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_clinic.window.get()));
    m_clinic.window->openPatient(m_clinic.patientId);

    QVERIFY(startAt(QStringLiteral("Session 1")));
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryIntroductionPage"));
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("selfEntryInstrumentName"))->text(), kGermanNrsName);
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("selfEntryInstructions"))->text(), kGermanNrsInstructions);
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryQuestionPage"));
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("selfEntryQuestionText"))->text(), kGermanNrsLabel);
    type(QStringLiteral("7"));
    QCOMPARE(currentPage(), QStringLiteral("selfEntryEndPage"));
    press(Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("selfEntryThanksPage"));

    // Stored by code, like any other answer, with the version of the definition it was asked from.
    const VisitRecord saved =
        *VisitRecordRepository(m_clinic.window->database()).load(visit(QStringLiteral("Session 1")).id);
    const Assessment* nrs = saved.assessment(QStringLiteral("nrs"));
    QVERIFY(nrs);
    QCOMPARE(nrs->instrumentVersion, QStringLiteral("1+de"));
    QCOMPARE(nrs->answers.value(QStringLiteral("pain")), std::optional<double>(7));
}

QTEST_MAIN(TestSelfEntry)
#include "tst_selfentry.moc"
