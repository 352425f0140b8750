// Entering results by keyboard only: generated forms, live scores with their reasons, one-transaction saves,
// reopening, editing with a reason (and its audit row), undo, refused saves, and discarding only when asked.
#include "AppContext.h"
#include "AssessmentRepository.h"
#include "AuditTrail.h"
#include "CourseTimelineView.h"
#include "EntryKeys.h"
#include "FixedClock.h"
#include "HoldToConfirmButton.h"
#include "InlineMessage.h"
#include "InstrumentDefinitionReader.h"
#include "InstrumentForm.h"
#include "ItemInput.h"
#include "PatientView.h"
#include "PatientWorkspace.h"
#include "ProgressPanel.h"
#include "ReasonDialog.h"
#include "StartVsNowModel.h"
#include "StartVsNowSummary.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"
#include "VisitRecordRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace outcome;
using namespace outcome::test;

// The day results are entered, four weeks into the course: a visit done today is dated today.
const QDate kToday(2026, 12, 4);

class TestVisitEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void odiByKeyboardShowsScoreAndSaves();
    void tooManyBlankSectionsSayWhy();
    void reopenShowsSavedAnswers();
    void editingAskForReasonAndAudits();
    void undoRemovesTheLastSave();
    void undoKeepsAnEditMadeElsewhere();
    void painScoreOfTenByTwoKeys();
    void digitsThatCannotAnswerAreRefused();
    void decimalScaleTakesOnlyWhatItAllows();
    void wideScaleRefusesAsTyped();
    void implausiblePainAnswersAreFlagged();
    void changeFromBaselineShownLive();
    void savingWithGapsAsksOnce();
    void refusedSaveKeepsTheForm();
    void staleSaveAppliesTheAnswersToTheFreshRecord();
    void entryKeysDoWhatTheListSays();
    void escapeClosesAnUntouchedForm();
    void escapeAsksBeforeDiscarding();
    void addedInstrumentJoinsThePageOrder();
    void progressPageFollowsSavesAndShowsToPatient();

private:
    QPointer<VisitEntryDialog> open(const QString& visitTitle);
    Visit visit(const QString& title) const;
    VisitRecord stored(const QString& title) const;
    QString scoreText(VisitEntryDialog* dialog, const QString& instrument) const;
    static QString notice(QWidget* dialog, const QString& item);
    // Answers the question a save with gaps asks (the baseline here is saved with the ODI alone), once it shows;
    // `then` runs on the next message box, if given.
    static void saveAnywayWhenAsked(QString* asked = nullptr, std::function<void(QMessageBox*)> then = {});

    const FixedClock m_clock{kToday};
    QTemporaryDir m_settingsDir;
    PatientWindow m_clinic;
};

void TestVisitEntry::initTestCase_data()
{
    addEngineRows();
}

void TestVisitEntry::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestVisitEntry::init()
{
    OT_SCRATCH_FOR_ENGINE(m_clinic.scratch);
    QVERIFY(m_clinic.open(QStringLiteral("entry.db"),
                          {QStringLiteral("E1"), QStringLiteral("Okafor"), QStringLiteral("Ada")},
                          kToday.addDays(-28)));
}

void TestVisitEntry::cleanup()
{
    m_clinic.close();
}

Visit TestVisitEntry::visit(const QString& title) const
{
    for (const Visit& candidate : visitsOf(m_clinic.window->database(), m_clinic.course.id)) {
        if (candidate.title() == title)
            return candidate;
    }
    return {};
}

VisitRecord TestVisitEntry::stored(const QString& title) const
{
    Result<VisitRecord> record = VisitRecordRepository(m_clinic.window->database()).load(visit(title).id);
    return record ? *record : VisitRecord{};
}

QPointer<VisitEntryDialog> TestVisitEntry::open(const QString& visitTitle)
{
    QPointer<VisitEntryDialog> dialog =
        m_clinic.window->patientWorkspace()->timeline()->enterResults(visit(visitTitle).id);
    return dialog && activated(dialog) ? dialog : nullptr;
}

QString TestVisitEntry::scoreText(VisitEntryDialog* dialog, const QString& instrument) const
{
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("scoreLabel_") + instrument);
    return label ? label->accessibleDescription() : QString();
}

QString TestVisitEntry::notice(QWidget* dialog, const QString& item)
{
    auto* message = dialog->findChild<InlineMessage*>(QStringLiteral("itemNotice_") + item);
    return message && message->isVisible() ? message->text() : QString();
}

void TestVisitEntry::saveAnywayWhenAsked(QString* asked, std::function<void(QMessageBox*)> then)
{
    whenDialogOpens<QMessageBox>([asked, then](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("visitGapsBox"));
        if (asked)
            *asked = box->text();
        if (then)
            whenDialogOpens<QMessageBox>(then);
        box->findChild<QPushButton*>(QStringLiteral("saveAnywayButton"))->click();
    });
}

void TestVisitEntry::odiByKeyboardShowsScoreAndSaves()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    // The first ODI section has the keyboard; every digit answers a section and moves on.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_1"));
    typeIntoFocus(QStringLiteral("2321432123"));
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().answeredCount(), 10);
    QVERIFY2(scoreText(dialog, QStringLiteral("odi")).contains(QStringLiteral("46 % · Severe disability")),
             qPrintable(scoreText(dialog, QStringLiteral("odi"))));
    // After the ODI the keyboard is on the QVAS.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_qvas_now"));
    QString asked;
    saveAnywayWhenAsked(&asked);
    pressOnFocus(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!dialog);
    QCOMPARE(asked, QStringLiteral("QVAS not entered; RAND-36 not entered."));

    const VisitRecord record = stored(QStringLiteral("Baseline"));
    QCOMPARE(record.visit.status, VisitStatus::Done);
    QCOMPARE(record.visit.actualDate, kToday);
    QCOMPARE(record.assessments.size(), 1);
    QCOMPARE(record.assessments.first().instrumentId, QStringLiteral("odi"));
    QCOMPARE(record.assessments.first().answers.value(QStringLiteral("5")), 4.0);
    QCOMPARE(record.assessments.first().instrumentVersion, QStringLiteral("2.1a"));
}

void TestVisitEntry::tooManyBlankSectionsSayWhy()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    typeIntoFocus(QStringLiteral("2321432"));
    const QString text = scoreText(dialog, QStringLiteral("odi"));
    QVERIFY2(text.contains(QStringLiteral("No score")) && text.contains(QStringLiteral("3 of 10")), qPrintable(text));
    // Skipping a section with Enter leaves it blank; two blanks are allowed.
    pressOnFocus(Qt::Key_Return);
    typeIntoFocus(QStringLiteral("1"));
    QVERIFY2(scoreText(dialog, QStringLiteral("odi")).contains(QStringLiteral("%")),
             qPrintable(scoreText(dialog, QStringLiteral("odi"))));
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::reopenShowsSavedAnswers()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    QVERIFY(dialog->save());
    QTRY_VERIFY(!dialog);
    QPointer<VisitEntryDialog> again = open(QStringLiteral("Baseline"));
    QVERIFY(again);
    QCOMPARE(again->form(QStringLiteral("odi"))->answers(),
             stored(QStringLiteral("Baseline")).assessments.first().answers);
    QVERIFY(scoreText(again, QStringLiteral("odi")).contains(QStringLiteral("46 %")));
    QVERIFY(!again->hasChanges());
    pressOnFocus(Qt::Key_Escape);
    QTRY_VERIFY(!again);
}

void TestVisitEntry::editingAskForReasonAndAudits()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    QVERIFY(dialog->save());
    const qint64 assessmentId = stored(QStringLiteral("Baseline")).assessments.first().id;

    QPointer<VisitEntryDialog> edit = open(QStringLiteral("Baseline"));
    QVERIFY(edit);
    typeIntoFocus(QStringLiteral("5"));
    whenDialogOpens<ReasonDialog>([](ReasonDialog* reason) {
        QTest::keyClicks(reason->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("typing error"));
        QTest::keyClick(reason->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), Qt::Key_Return);
    });
    pressOnFocus(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!edit);
    QCOMPARE(stored(QStringLiteral("Baseline")).assessments.first().answers.value(QStringLiteral("1")), 5.0);
    Result<QList<AuditEntry>> audit =
        AuditTrail(m_clinic.window->database()).forRow(QStringLiteral("assessments"), assessmentId);
    QVERIFY(audit.ok());
    QCOMPARE(audit->last().action, QStringLiteral("update"));
    QCOMPARE(audit->last().reason, QStringLiteral("typing error"));
}

void TestVisitEntry::undoRemovesTheLastSave()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    QVERIFY(dialog->save());
    QCOMPARE(stored(QStringLiteral("Baseline")).visit.status, VisitStatus::Done);
    QUndoStack* undo = m_clinic.window->context().undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    VisitRecord record = stored(QStringLiteral("Baseline"));
    QCOMPARE(record.visit.status, VisitStatus::Scheduled);
    QVERIFY(!record.visit.actualDate.isValid());
    QVERIFY(record.assessments.isEmpty());
    undo->redo();
    record = stored(QStringLiteral("Baseline"));
    QCOMPARE(record.visit.status, VisitStatus::Done);
    QCOMPARE(record.assessments.size(), 1);
    QCOMPARE(record.assessments.first().answers.value(QStringLiteral("2")), 3.0);
}

void TestVisitEntry::undoKeepsAnEditMadeElsewhere()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    QVERIFY(dialog->save());
    // Another window, on its own connection, corrects the answers after this save.
    {
        auto other = openDatabase(m_clinic.window->database().path());
        QVERIFY(other);
        Assessment corrected = stored(QStringLiteral("Baseline")).assessments.first();
        corrected.answers.setValue(QStringLiteral("1"), 5);
        QVERIFY(AssessmentRepository(*other).save(corrected, QStringLiteral("corrected elsewhere")).ok());
    }
    QString reported;
    connect(&m_clinic.window->context(), &AppContext::errorReported, this,
            [&reported](const QString& message) { reported = message; });
    whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->accept(); });
    m_clinic.window->context().undoStack()->undo();
    QVERIFY2(reported.contains(QStringLiteral("changed elsewhere")), qPrintable(reported));
    // Nothing of the undo happened: the visit is still done and the other window's answers are kept.
    const VisitRecord record = stored(QStringLiteral("Baseline"));
    QCOMPARE(record.visit.status, VisitStatus::Done);
    QCOMPARE(record.assessments.size(), 1);
    QCOMPARE(record.assessments.first().answers.value(QStringLiteral("1")), 5.0);
}

void TestVisitEntry::painScoreOfTenByTwoKeys()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Session 1"));
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_nrs_pain"));
    typeIntoFocus(QStringLiteral("10"));
    QVERIFY2(scoreText(dialog, QStringLiteral("nrs")).contains(QStringLiteral("10 · Severe pain")),
             qPrintable(scoreText(dialog, QStringLiteral("nrs"))));
    // The only item is answered: the keyboard is on Save, and Enter saves.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("saveVisitButton"));
    pressOnFocus(Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(stored(QStringLiteral("Session 1")).assessments.first().answers.value(QStringLiteral("pain")), 10.0);
}

void TestVisitEntry::digitsThatCannotAnswerAreRefused()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Session 1"));
    QVERIFY(dialog);
    auto* pain = dialog->findChild<ItemInput*>(QStringLiteral("item_nrs_pain"));
    // "15" on a 0-10 scale is no answer: nothing is taken, the keyboard stays, the item says why.
    typeIntoFocus(QStringLiteral("15"));
    QVERIFY(!dialog->form(QStringLiteral("nrs"))->answers().isAnswered(QStringLiteral("pain")));
    QCOMPARE(QApplication::focusWidget(), pain);
    QCOMPARE(notice(dialog, QStringLiteral("nrs_pain")),
             QStringLiteral("1. Pain intensity now — 15 is not an answer here: 0 to 10."));
    QVERIFY(pain->isFlashing());
    QVERIFY2(pain->accessibleDescription().startsWith(QStringLiteral("15 is not an answer here: 0 to 10.")),
             qPrintable(pain->accessibleDescription()));
    QTRY_VERIFY_WITH_TIMEOUT(!pain->isFlashing(), 2 * ItemInput::kFlashMs);
    // A "1" that is not continued is one, after the usual wait.
    typeIntoFocus(QStringLiteral("1"));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("saveVisitButton"));
    QCOMPARE(dialog->form(QStringLiteral("nrs"))->answers().value(QStringLiteral("pain")), 1.0);
    QVERIFY(notice(dialog, QStringLiteral("nrs_pain")).isEmpty());

    // On the ODI a 7 answers nothing and does not move on; the next digit answers as usual.
    dialog->done(QDialog::Rejected);
    dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    typeIntoFocus(QStringLiteral("7"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_1"));
    QVERIFY2(notice(dialog, QStringLiteral("odi_1")).endsWith(QStringLiteral("7 is not an answer here: 0 to 5.")),
             qPrintable(notice(dialog, QStringLiteral("odi_1"))));
    typeIntoFocus(QStringLiteral("3"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_2"));
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().value(QStringLiteral("1")), 3.0);
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().answeredCount(), 1);
    QVERIFY(notice(dialog, QStringLiteral("odi_1")).isEmpty());
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::decimalScaleTakesOnlyWhatItAllows()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    InstrumentForm* qvas = dialog->form(QStringLiteral("qvas"));
    qvas->focusItem(0);
    // "15" does not become 1 here and 5 in the next item.
    typeIntoFocus(QStringLiteral("15"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_qvas_now"));
    QVERIFY(qvas->answers().isEmpty());
    QVERIFY2(notice(dialog, QStringLiteral("qvas_now")).endsWith(QStringLiteral("0 to 10, one decimal.")),
             qPrintable(notice(dialog, QStringLiteral("qvas_now"))));
    // Ten, a decimal, a waiting 1 taken by Enter and one taken by Tab.
    typeIntoFocus(QStringLiteral("10"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_qvas_typical"));
    typeIntoFocus(QStringLiteral("6,5"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_qvas_worst"));
    typeIntoFocus(QStringLiteral("1"));
    pressOnFocus(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_qvas_best"));
    typeIntoFocus(QStringLiteral("1"));
    pressOnFocus(Qt::Key_Tab);
    const AnswerSet answers = qvas->answers();
    QCOMPARE(answers.value(QStringLiteral("now")), 10.0);
    QCOMPARE(answers.value(QStringLiteral("typical")), 6.5);
    QCOMPARE(answers.value(QStringLiteral("worst")), 1.0);
    QCOMPARE(answers.value(QStringLiteral("best")), 1.0);
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::wideScaleRefusesAsTyped()
{
    // A clinic's own 0-100 scale is typed into a field: a key that makes it 150 is refused as it is typed.
    const Result<InstrumentDefinition> definition = InstrumentDefinitionReader::read(
        R"({"format": 1, "id": "wide", "name": "Wide scale", "short_name": "WS", "version": "1",
            "missing_rule": "The item must be entered.",
            "items": [{"id": "level", "number": 1, "label": "Level", "input": "integer", "min": 0, "max": 100}],
            "measures": [{"id": "score", "name": "Level", "short_name": "WS", "direction": "higher_is_worse",
                          "range": {"min": 0, "max": 100}, "scoring": {"kind": "single", "items": ["level"]},
                          "codes": [{"system": "https://example.org", "code": "wide"}]}]})",
        QStringLiteral("wide.json"), DefinitionOrigin::Clinic);
    QVERIFY2(definition.ok(), qPrintable(definition.ok() ? QString() : definition.error().message));
    InstrumentForm form(*definition, nullptr, 0);
    form.show();
    QVERIFY(activated(&form));
    form.focusItem(0);
    auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("150"));
    QCOMPARE(edit->text(), QStringLiteral("15"));
    QCOMPARE(notice(&form, QStringLiteral("wide_level")),
             QStringLiteral("1. Level — 150 is not an answer here: 0 to 100."));
    QVERIFY(form.findChild<ItemInput*>(QStringLiteral("item_wide_level"))->isFlashing());
    // A whole-number item takes no decimal point; what is allowed goes in.
    QTest::keyClicks(edit, QStringLiteral("."));
    QCOMPARE(edit->text(), QStringLiteral("15"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("00"));
    QCOMPARE(form.answers().value(QStringLiteral("level")), 100.0);
    QVERIFY(notice(&form, QStringLiteral("wide_level")).isEmpty());
}

void TestVisitEntry::implausiblePainAnswersAreFlagged()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    InstrumentForm* qvas = dialog->form(QStringLiteral("qvas"));
    auto* flag = dialog->findChild<InlineMessage*>(QStringLiteral("checksMessage_qvas"));
    QVERIFY(flag);
    qvas->focusItem(0);
    // Pain now 7, typical 5, worst 4: worst cannot be below now.
    for (const QString& answer : {QStringLiteral("7"), QStringLiteral("5"), QStringLiteral("4")}) {
        typeIntoFocus(answer);
        pressOnFocus(Qt::Key_Return);
    }
    QVERIFY(flag->isVisible());
    QVERIFY2(flag->text().contains(QStringLiteral("Pain now is above pain at its worst.")) &&
                 flag->text().contains(QStringLiteral("1. Pain now: 7.0; 3. Pain at its worst: 4.0")) &&
                 flag->text().contains(QStringLiteral("Typical pain is above pain at its worst.")),
             qPrintable(flag->text()));
    QCOMPARE(flag->kind(), InlineMessage::Kind::Warning);
    // Flagged, not blocked: the score is there and the answers save as typed.
    QVERIFY(qvas->score().value(QStringLiteral("score")).has_value());
    QVERIFY(dialog->form(QStringLiteral("qvas"))->problems().isEmpty());
    // Corrected, the flag goes.
    qvas->focusItem(2);
    typeIntoFocus(QStringLiteral("9"));
    pressOnFocus(Qt::Key_Return);
    QVERIFY(!flag->isVisible());
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::changeFromBaselineShownLive()
{
    QPointer<VisitEntryDialog> baseline = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    QVERIFY(baseline->save());
    QPointer<VisitEntryDialog> month = open(QStringLiteral("1 month"));
    QVERIFY(month);
    typeIntoFocus(QStringLiteral("1110111011"));
    const QString text = scoreText(month, QStringLiteral("odi"));
    QVERIFY2(text.contains(QStringLiteral("16 % · Minimal disability")), qPrintable(text));
    // The same words as every other screen and the report: the one vocabulary of change.
    QVERIFY2(text.contains(u"−30 points (−65 %) from baseline 46 %"_qs), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("meaningful improvement (better by 10 points: yes; better by 30 %: yes)")),
             qPrintable(text));
    month->done(QDialog::Rejected);
}

void TestVisitEntry::savingWithGapsAsksOnce()
{
    // The 3-month follow-up moved to 1 January 2027, four weeks from today, is entered today with the ODI only and
    // three of its sections blank.
    Visit followUp = visit(QStringLiteral("3 months"));
    followUp.scheduledDate = QDate(2027, 1, 1);
    QVERIFY(CourseRepository(m_clinic.window->database()).updateVisit(followUp).ok());
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("3 months"));
    QVERIFY(dialog);
    typeIntoFocus(QStringLiteral("2321432"));
    // One question names every gap; Go back is the default and Esc takes it: nothing is saved.
    QString asked;
    whenDialogOpens<QMessageBox>([&asked](QMessageBox* box) {
        asked = box->text();
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("goBackButton"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QVERIFY(!dialog->save());
    QVERIFY2(asked.startsWith(QStringLiteral("3 months is planned for ")) &&
                 asked.contains(QStringLiteral("2027, 28 days after the day it took place; ")) &&
                 asked.endsWith(
                     QStringLiteral("; QVAS not entered; RAND-36 not entered; ODI has no score: 3 sections blank.")),
             qPrintable(asked));
    QCOMPARE(stored(QStringLiteral("3 months")).visit.status, VisitStatus::Scheduled);
    QVERIFY(dialog->isVisible());
    // Asked again, Alt+S saves anyway.
    QVERIFY(activated(dialog));
    whenDialogOpens<QMessageBox>([](QMessageBox* box) {
        // A mnemonic works once the box has the keyboard, which a busy machine gives it a little later.
        if (!QTest::qWaitFor([box]() { return box->isActiveWindow(); }))
            qWarning("the question never had the keyboard; its mnemonic is pressed all the same");
        QTest::keyClick(box, Qt::Key_S, Qt::AltModifier);
    });
    pressOnFocus(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!dialog);
    VisitRecord record = stored(QStringLiteral("3 months"));
    QCOMPARE(record.visit.status, VisitStatus::Done);
    QCOMPARE(record.assessments.first().answers.answeredCount(), 7);

    // Editing it later asks only about what is new: a fourth blank section, not the gaps it was saved with.
    dialog = open(QStringLiteral("3 months"));
    QVERIFY(dialog);
    pressOnFocus(Qt::Key_Delete);
    asked.clear();
    whenDialogOpens<QMessageBox>([&asked](QMessageBox* box) {
        asked = box->text();
        box->findChild<QPushButton*>(QStringLiteral("saveAnywayButton"))->click();
    });
    whenDialogOpens<ReasonDialog>([](ReasonDialog* reason) {
        QTest::keyClicks(reason->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("not answered"));
        QTest::keyClick(reason->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), Qt::Key_Return);
    });
    QVERIFY(dialog->save());
    QCOMPARE(asked, QStringLiteral("ODI has no score: 4 sections blank."));
}

void TestVisitEntry::refusedSaveKeepsTheForm()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    // Someone else changes the visit while the form is open.
    Visit changed = visit(QStringLiteral("Baseline"));
    changed.note = QStringLiteral("changed in another window");
    QVERIFY(CourseRepository(m_clinic.window->database()).updateVisit(changed).ok());
    // The dialog offers to apply the answers to the record as it is now; going back keeps everything as typed.
    QString offer;
    saveAnywayWhenAsked(nullptr, [&offer](QMessageBox* box) {
        offer = box->text();
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
        }
    });
    QVERIFY(!dialog->save());
    QVERIFY2(offer.contains(QStringLiteral("Baseline")) && offer.contains(QStringLiteral("another window")),
             qPrintable(offer));
    auto* message = dialog->findChild<InlineMessage*>(QStringLiteral("entryMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("changed elsewhere")), qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().answeredCount(), 10);
    const VisitRecord record = stored(QStringLiteral("Baseline"));
    QVERIFY(record.assessments.isEmpty());
    QCOMPARE(record.visit.status, VisitStatus::Scheduled);
    QVERIFY(!m_clinic.window->context().undoStack()->canUndo());
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::staleSaveAppliesTheAnswersToTheFreshRecord()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("2321432123"));
    // Another copy of the program, on its own connection, saves a pain score and a note at the same visit.
    {
        auto other = openDatabase(m_clinic.window->database().path());
        QVERIFY(other);
        Visit changed = visit(QStringLiteral("Baseline"));
        changed.note = QStringLiteral("seen by a colleague");
        QVERIFY(CourseRepository(*other).updateVisit(changed).ok());
        Assessment pain;
        pain.visitId = changed.id;
        pain.instrumentId = QStringLiteral("nrs");
        pain.instrumentVersion = QStringLiteral("1");
        pain.answers.setValue(QStringLiteral("pain"), 7);
        QVERIFY(AssessmentRepository(*other).save(pain).ok());
    }
    saveAnywayWhenAsked(nullptr, [](QMessageBox* box) {
        box->findChild<QPushButton*>(QStringLiteral("applyMyAnswersButton"))->click();
    });
    QVERIFY(dialog->save());
    // What was typed here is saved onto the fresh record; what the other copy saved stays.
    const VisitRecord record = stored(QStringLiteral("Baseline"));
    QCOMPARE(record.visit.status, VisitStatus::Done);
    QCOMPARE(record.visit.note, QStringLiteral("seen by a colleague"));
    QCOMPARE(record.assessments.size(), 2);
    QCOMPARE(record.assessment(QStringLiteral("odi"))->answers.answeredCount(), 10);
    QCOMPARE(record.assessment(QStringLiteral("nrs"))->answers.value(QStringLiteral("pain")), 7.0);
    QVERIFY(m_clinic.window->context().undoStack()->canUndo());
    QVERIFY2(m_clinic.window->context().undoStack()->undoText().contains(QStringLiteral("ODI at Baseline")),
             qPrintable(m_clinic.window->context().undoStack()->undoText()));
}

void TestVisitEntry::entryKeysDoWhatTheListSays()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    // The hint line is the list the shortcuts page shows.
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("entryKeysHint"))->text(), EntryKeys::hintLine());
    QVERIFY(EntryKeys::hintLine().contains(QStringLiteral("Left/Right change")));
    InstrumentForm* odi = dialog->form(QStringLiteral("odi"));
    const auto answer = [odi](const char* item) {
        return odi->answers().value(QString::fromLatin1(item));
    };
    // Left and Right change the answer and stay; Home and End take the ends.
    pressOnFocus(Qt::Key_Right);
    pressOnFocus(Qt::Key_Right);
    QCOMPARE(answer("1"), 1.0);
    pressOnFocus(Qt::Key_Left);
    QCOMPARE(answer("1"), 0.0);
    pressOnFocus(Qt::Key_End);
    QCOMPARE(answer("1"), 5.0);
    pressOnFocus(Qt::Key_Home);
    QCOMPARE(answer("1"), 0.0);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_1"));
    // Up and Down move between questions and leave the answer as it is.
    pressOnFocus(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_2"));
    pressOnFocus(Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_1"));
    QCOMPARE(answer("1"), 0.0);
    // Delete clears; Enter with no answer goes on and leaves it blank; Space on answer cells is Enter.
    pressOnFocus(Qt::Key_Delete);
    QVERIFY(!answer("1"));
    pressOnFocus(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_2"));
    pressOnFocus(Qt::Key_Right);
    pressOnFocus(Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_odi_3"));
    QCOMPARE(answer("2"), 0.0);
    QVERIFY(!answer("1"));
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::escapeClosesAnUntouchedForm()
{
    // A planned visit opened and left as it was: Esc closes at once, although a save would mark it done.
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    QVERIFY(!dialog->hasChanges());
    pressOnFocus(Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    // An instrument added but not filled in loses nothing either; a changed date does.
    dialog = open(QStringLiteral("Session 1"));
    QVERIFY(dialog);
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("addInstrumentCombo"));
    choice->setCurrentIndex(choice->findData(QStringLiteral("odi")));
    dialog->findChild<QPushButton*>(QStringLiteral("addInstrumentButton"))->click();
    QVERIFY(!dialog->hasChanges());
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("actualDateEdit"));
    date->setDate(date->date().addDays(-1));
    QVERIFY(dialog->hasChanges());
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::escapeAsksBeforeDiscarding()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    typeIntoFocus(QStringLiteral("23"));
    // Keep editing is the default and Esc's answer.
    QString keep;
    whenDialogOpens<QMessageBox>([&keep](QMessageBox* box) {
        keep = box->defaultButton()->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    pressOnFocus(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == dialog);
    QVERIFY(dialog);
    QCOMPARE(keep, QStringLiteral("&Keep editing"));
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().answeredCount(), 2);
    // Discard has its key: Alt+D.
    QVERIFY(activated(dialog));
    whenDialogOpens<QMessageBox>([](QMessageBox* box) {
        // A mnemonic works once the box has the keyboard, which a busy machine gives it a little later.
        if (!QTest::qWaitFor([box]() { return box->isActiveWindow(); }))
            qWarning("the question never had the keyboard; its mnemonic is pressed all the same");
        QTest::keyClick(box, Qt::Key_D, Qt::AltModifier);
    });
    pressOnFocus(Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(stored(QStringLiteral("Baseline")).assessments.isEmpty());
}

void TestVisitEntry::addedInstrumentJoinsThePageOrder()
{
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Session 1"));
    QVERIFY(dialog);
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("addInstrumentCombo"));
    choice->setCurrentIndex(choice->findData(QStringLiteral("rmdq")));
    dialog->findChild<QPushButton*>(QStringLiteral("addInstrumentButton"))->click();
    QVERIFY(dialog->form(QStringLiteral("rmdq")));
    QCOMPARE(QApplication::focusWidget()->parentWidget()->objectName(), QStringLiteral("item_rmdq_1"));
    // Tab from the pain score reaches the added form before the controls below it.
    QStringList order;
    QWidget* stop = dialog->findChild<QWidget*>(QStringLiteral("item_nrs_pain"));
    while (order.size() < 4) {
        stop = stop->nextInFocusChain();
        if ((stop->focusPolicy() & Qt::TabFocus) && !stop->objectName().isEmpty())
            order.append(stop->objectName());
    }
    QCOMPARE(order.first(), QStringLiteral("recordedCheck_rmdq"));
    // Statements are ticked by keyboard: 1 ticks, 0 leaves unticked, each moves on.
    typeIntoFocus(QStringLiteral("1011"));
    QCOMPARE(dialog->form(QStringLiteral("rmdq"))->answers().value(QStringLiteral("3")), 1.0);
    QCOMPARE(dialog->form(QStringLiteral("rmdq"))->answers().value(QStringLiteral("2")), 0.0);
    QCOMPARE(dialog->form(QStringLiteral("rmdq"))->score().value(QStringLiteral("total")), 3.0);
    dialog->done(QDialog::Rejected);
}

void TestVisitEntry::progressPageFollowsSavesAndShowsToPatient()
{
    ProgressPanel* progress = m_clinic.window->progressPanel();
    QVERIFY(progress);
    const auto rowsShown = [progress]() {
        return progress->summary()->model()->rows();
    };
    // Ctrl+G brings the progress page; nothing has been recorded yet.
    pressOnFocus(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(m_clinic.window->patientWorkspace()->pages()->currentWidget(), progress);
    QVERIFY(rowsShown().isEmpty());

    // A save while the page is hidden is there when it comes back.
    m_clinic.window->patientWorkspace()->showPage(m_clinic.window->patientWorkspace()->timeline());
    QPointer<VisitEntryDialog> dialog = open(QStringLiteral("Baseline"));
    QVERIFY(dialog);
    typeIntoFocus(QStringLiteral("2321432123"));
    saveAnywayWhenAsked();
    pressOnFocus(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!dialog);
    QVERIFY(activated(m_clinic.window.get()));
    m_clinic.window->patientWorkspace()->showPage(progress);
    QCOMPARE(rowsShown().size(), 1);
    QCOMPARE(rowsShown().first().key, QStringLiteral("odi/total"));
    QVERIFY2(rowsShown().first().start.startsWith(QStringLiteral("46")), qPrintable(rowsShown().first().start));

    // Ctrl+Shift+P shows the course to the patient, full screen; the clinician's hold closes it.
    QVERIFY(!m_clinic.window->patientView());
    pressOnFocus(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<PatientView> view = m_clinic.window->patientView();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->pageCount() > 1);
    // A second request while it is open does not stack another view.
    m_clinic.window->showPatientView(m_clinic.patientId);
    QCOMPARE(m_clinic.window->patientView(), view.data());
    emit view->closeButton()->confirmed();
    QTRY_VERIFY(!view);
    QVERIFY(!m_clinic.window->patientView());
}

QTEST_MAIN(TestVisitEntry)
#include "tst_visitentry.moc"
