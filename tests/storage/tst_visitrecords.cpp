// Visit records on a real database: a save writes the visit and its assessments together or not at all, and
// the way back (undo) is the same operation in the other direction. On an SQLite file and a PostgreSQL server.
#include "AuditTrail.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"
#include "VisitRecordRepository.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestVisitRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void saveWritesVisitAndAssessmentsTogether();
    void aFailingStepWritesNothing();
    void staleVisitIsRefused();
    void undoIsTheChangeBack();
    void patientEntryIsMarkedUntilReviewed();

private:
    VisitRecord entered(const VisitRecord& stored, double pain) const;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_patientId = 0;
    qint64 m_visitId = 0;
};

void TestVisitRecords::initTestCase_data()
{
    addEngineRows();
}

void TestVisitRecords::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location());
    QVERIFY(m_db);
    Result<qint64> patient = PatientRepository(*m_db).create(samplePatient());
    QVERIFY(patient.ok());
    m_patientId = *patient;
    CourseTemplateRepository templates(*m_db);
    Result<CourseTemplate> standard = templates.find(*templates.ensureStandard());
    Result<Course> course = CourseRepository(*m_db).start(m_patientId, *standard, QDate(2026, 3, 2), QString());
    QVERIFY(course.ok());
    // Session 1: the pain score.
    m_visitId = CourseRepository(*m_db).visits(course->id)->at(1).id;
}

void TestVisitRecords::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

VisitRecord TestVisitRecords::entered(const VisitRecord& stored, double pain) const
{
    VisitRecord wanted = stored;
    wanted.visit.status = VisitStatus::Done;
    wanted.visit.actualDate = QDate(2026, 3, 3);
    wanted.visit.note = QStringLiteral("walked in without a stick");
    Assessment nrs;
    nrs.visitId = m_visitId;
    nrs.instrumentId = QStringLiteral("nrs");
    nrs.instrumentVersion = QStringLiteral("1");
    nrs.answers.setValue(QStringLiteral("pain"), pain);
    wanted.assessments = {nrs};
    return wanted;
}

void TestVisitRecords::saveWritesVisitAndAssessmentsTogether()
{
    VisitRecordRepository records(*m_db);
    const VisitRecord stored = *records.load(m_visitId);
    QCOMPARE(stored.visit.status, VisitStatus::Scheduled);
    Result<VisitRecord> saved =
        records.apply(m_visitId, VisitRecordChange::between(stored, entered(stored, 6)), QString());
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->visit.status, VisitStatus::Done);
    QCOMPARE(saved->visit.actualDate, QDate(2026, 3, 3));
    QCOMPARE(saved->visit.note, QStringLiteral("walked in without a stick"));
    QCOMPARE(saved->assessments.size(), 1);
    const VisitRecord reloaded = *records.load(m_visitId);
    QCOMPARE(reloaded.visit.rowVersion, saved->visit.rowVersion);
    QCOMPARE(reloaded.assessments.first().answers, saved->assessments.first().answers);
    const Result<QList<AuditEntry>> audit = AuditTrail(*m_db).forRow(QStringLiteral("visits"), m_visitId);
    QCOMPARE(audit->last().action, QStringLiteral("update"));
}

void TestVisitRecords::aFailingStepWritesNothing()
{
    VisitRecordRepository records(*m_db);
    const VisitRecord stored = *records.load(m_visitId);
    VisitRecord wanted = entered(stored, 6);
    Assessment broken = wanted.assessments.first();
    broken.instrumentId.clear();
    wanted.assessments.append(broken);
    VisitRecordChange change = VisitRecordChange::between(stored, wanted);
    QVERIFY(!records.apply(m_visitId, change, QString()).ok());
    const VisitRecord after = *records.load(m_visitId);
    QCOMPARE(after.visit.status, VisitStatus::Scheduled);
    QVERIFY(after.assessments.isEmpty());
}

void TestVisitRecords::staleVisitIsRefused()
{
    VisitRecordRepository records(*m_db);
    const VisitRecord stored = *records.load(m_visitId);
    Visit elsewhere = stored.visit;
    elsewhere.note = QStringLiteral("another window");
    QVERIFY(CourseRepository(*m_db).updateVisit(elsewhere).ok());
    Result<VisitRecord> saved = records.apply(m_visitId, VisitRecordChange::between(stored, entered(stored, 6)), {});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Conflict);
    QVERIFY(records.load(m_visitId)->assessments.isEmpty());
}

void TestVisitRecords::undoIsTheChangeBack()
{
    VisitRecordRepository records(*m_db);
    const VisitRecord before = *records.load(m_visitId);
    const VisitRecord after = *records.apply(m_visitId, VisitRecordChange::between(before, entered(before, 6)), {});
    const qint64 assessmentId = after.assessments.first().id;
    Result<VisitRecord> undone =
        records.apply(m_visitId, VisitRecordChange::between(after, before), QStringLiteral("Undo: entry"));
    QVERIFY(undone.ok());
    QCOMPARE(undone->visit.status, VisitStatus::Scheduled);
    QVERIFY(!undone->visit.actualDate.isValid());
    QVERIFY(undone->assessments.isEmpty());
    const Result<QList<AuditEntry>> audit = AuditTrail(*m_db).forRow(QStringLiteral("assessments"), assessmentId);
    QCOMPARE(audit->last().action, QStringLiteral("delete"));
    QCOMPARE(audit->last().reason, QStringLiteral("Undo: entry"));
    // Redo puts the same answers back under a new row.
    Result<VisitRecord> redone =
        records.apply(m_visitId, VisitRecordChange::between(*undone, after), QStringLiteral("Redo: entry"));
    QVERIFY(redone.ok());
    QCOMPARE(redone->assessments.first().answers, after.assessments.first().answers);
}

void TestVisitRecords::patientEntryIsMarkedUntilReviewed()
{
    VisitRecordRepository records(*m_db);
    const VisitRecord stored = *records.load(m_visitId);
    QVERIFY(!stored.visit.patientEnteredOn.isValid());
    QVERIFY(!stored.visit.awaitsReview());

    // The patient's own answers: saved with the mark, the visit still to be done, the patient named in the trail.
    VisitRecord byPatient = entered(stored, 7);
    byPatient.visit.status = VisitStatus::Scheduled;
    byPatient.visit.actualDate = QDate();
    byPatient.visit.note.clear();
    byPatient.visit.patientEnteredOn = QDate(2026, 3, 3);
    const QString clinician = m_db->actor();
    m_db->setActor(AuditTrail::patientActor(clinician));
    Result<VisitRecord> saved =
        records.apply(m_visitId, VisitRecordChange::between(stored, byPatient), QStringLiteral("entered by patient"));
    m_db->setActor(clinician);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    const VisitRecord reloaded = *records.load(m_visitId);
    QCOMPARE(reloaded.visit.status, VisitStatus::Scheduled);
    QCOMPARE(reloaded.visit.patientEnteredOn, QDate(2026, 3, 3));
    QVERIFY(reloaded.visit.awaitsReview());
    QCOMPARE(reloaded.assessments.first().enteredBy, AuditTrail::patientActor(clinician));
    const Result<QList<AuditEntry>> visitAudit = AuditTrail(*m_db).forRow(QStringLiteral("visits"), m_visitId);
    QCOMPARE(visitAudit->last().actor, AuditTrail::patientActor(clinician));
    QCOMPARE(visitAudit->last().newValues.value(QStringLiteral("patient_entered_on")).toString(),
             QStringLiteral("2026-03-03"));
    QCOMPARE(visitAudit->last().newValues.value(QStringLiteral("patient_entry_reviewed")).toBool(), false);
    const Result<QList<AuditEntry>> answersAudit =
        AuditTrail(*m_db).forRow(QStringLiteral("assessments"), reloaded.assessments.first().id);
    QCOMPARE(answersAudit->last().actor, AuditTrail::patientActor(clinician));
    QCOMPARE(answersAudit->last().reason, QStringLiteral("entered by patient"));

    // The clinician's save of the form is the review: the mark stays, reviewed, under the clinician's name.
    VisitRecord reviewed = reloaded;
    reviewed.visit.status = VisitStatus::Done;
    reviewed.visit.actualDate = QDate(2026, 3, 3);
    reviewed.visit.patientEntryReviewed = true;
    QVERIFY(records.apply(m_visitId, VisitRecordChange::between(reloaded, reviewed), QString()).ok());
    const VisitRecord done = *records.load(m_visitId);
    QCOMPARE(done.visit.patientEnteredOn, QDate(2026, 3, 3));
    QVERIFY(done.visit.patientEntryReviewed);
    QVERIFY(!done.visit.awaitsReview());
    QCOMPARE(AuditTrail(*m_db).forRow(QStringLiteral("visits"), m_visitId)->last().actor, clinician);
}

QTEST_GUILESS_MAIN(TestVisitRecords)
#include "tst_visitrecords.moc"
