// Storage round trips on a real SQLite file and on a PostgreSQL server: patients, search, templates, courses, visits,
// assessments, audit.
#include "AssessmentRepository.h"
#include "AuditTrail.h"
#include "ClinicSettingsRepository.h"
#include "ClinicalEventRepository.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

// The day the register is searched on: course phases and next visits are reckoned from it.
const QDate kSearchDay(2026, 12, 4);

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void patientRoundTripSurvivesReopen();
    void duplicateChartNumberNamesTheOwner();
    void staleEditIsRefused();
    void archiveHidesButKeeps();
    void search_data();
    void search();
    void nextChartNumber_data();
    void nextChartNumber();
    void templatesAreVersioned();
    void courseStartCreatesPlannedVisits();
    void courseNamesItsClinician();
    void patientLanguage();
    void assessmentSaveEditAndAudit();
    void assessmentEditNeedsReasonAndFreshVersion();
    void assessmentBatchGetsItsOwnIdsAndAudit();
    void dueVisitsAcrossPatients();
    void coursesCurrentOrEndedSince();
    void clinicalEvents();
    void clinicSettingsRoundTrip();
    void auditLogIsAppendOnly();
    void lostConnectionIsMadeAgain();

private:
    qint64 addPatient(const QString& chart, const QString& family, const QString& given, const QDate& born);
    Course startStandardCourse(qint64 patientId, const QDate& start);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::initTestCase_data()
{
    addEngineRows();
}

void TestRepositories::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location());
    QVERIFY(m_db);
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

qint64 TestRepositories::addPatient(const QString& chart, const QString& family, const QString& given,
                                    const QDate& born)
{
    Result<qint64> id = PatientRepository(*m_db).create(samplePatient(chart, family, given, born));
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id ? *id : 0;
}

Course TestRepositories::startStandardCourse(qint64 patientId, const QDate& start)
{
    CourseTemplateRepository templates(*m_db);
    Result<qint64> templateId = templates.ensureStandard();
    Result<CourseTemplate> standard = templates.find(*templateId);
    Result<Course> course = CourseRepository(*m_db).start(patientId, *standard, start, QStringLiteral("Mind-body"));
    if (!course)
        qWarning("%s", qPrintable(course.error().message));
    return course ? *course : Course{};
}

void TestRepositories::patientRoundTripSurvivesReopen()
{
    Patient patient = samplePatient(QStringLiteral("  C000042 "), QStringLiteral("Müller"), QStringLiteral("Zoë"));
    patient.phone = QStringLiteral("+49 30 1234567");
    patient.email = QStringLiteral("zoe@example.org");
    patient.address = QStringLiteral("Hauptstraße 1\n10115 Berlin");
    patient.notes = QStringLiteral("Prefers morning appointments.");
    Result<qint64> id = PatientRepository(*m_db).create(patient);
    QVERIFY(id.ok());

    const QString path = m_db->path();
    m_db.reset();
    m_db = openDatabase(path);
    QVERIFY(m_db);
    Result<Patient> back = PatientRepository(*m_db).find(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->chartNumber, QStringLiteral("C000042"));
    QCOMPARE(back->familyName, QStringLiteral("Müller"));
    QCOMPARE(back->givenName, QStringLiteral("Zoë"));
    QCOMPARE(back->birthDate, QDate(1970, 5, 31));
    QCOMPARE(back->sex, Sex::Female);
    QCOMPARE(back->address, patient.address);
    QCOMPARE(back->notes, patient.notes);
    QCOMPARE(back->rowVersion, 1);
    QVERIFY(back->createdAt.isValid());
}

void TestRepositories::duplicateChartNumberNamesTheOwner()
{
    QVERIFY(addPatient(QStringLiteral("C1"), QStringLiteral("Smith"), QStringLiteral("John"), QDate(1960, 1, 2)));
    Result<qint64> second = PatientRepository(*m_db).create(samplePatient(QStringLiteral("C1")));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("Smith, John")), qPrintable(second.error().message));
    QCOMPARE(*PatientRepository(*m_db).count(true), 1);
}

void TestRepositories::staleEditIsRefused()
{
    const qint64 id =
        addPatient(QStringLiteral("C1"), QStringLiteral("Smith"), QStringLiteral("John"), QDate(1960, 1, 2));
    PatientRepository patients(*m_db);
    Patient first = *patients.find(id);
    Patient second = first;
    first.phone = QStringLiteral("111");
    QVERIFY(patients.update(first).ok());
    second.phone = QStringLiteral("222");
    const Status stale = patients.update(second);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE(patients.find(id)->phone, QStringLiteral("111"));

    Result<QList<AuditEntry>> audit = AuditTrail(*m_db).forPatient(id);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(1).action, QStringLiteral("update"));
    QCOMPARE(audit->at(1).oldValues.value(QStringLiteral("phone")).toString(), QString());
    QCOMPARE(audit->at(1).newValues.value(QStringLiteral("phone")).toString(), QStringLiteral("111"));
}

void TestRepositories::archiveHidesButKeeps()
{
    const qint64 id =
        addPatient(QStringLiteral("C1"), QStringLiteral("Smith"), QStringLiteral("John"), QDate(1960, 1, 2));
    PatientRepository patients(*m_db);
    QVERIFY(patients.setArchived(id, true, QStringLiteral("moved away")).ok());
    QCOMPARE(patients.search(QStringLiteral("smith"), false, 50, kSearchDay)->size(), 0);
    QCOMPARE(patients.search(QStringLiteral("smith"), true, 50, kSearchDay)->size(), 1);
    QVERIFY(patients.find(id)->archived);
    QVERIFY(patients.setArchived(id, false).ok());
    QCOMPARE(patients.search(QStringLiteral("smith"), false, 50, kSearchDay)->size(), 1);
    const QList<AuditEntry> audit = *AuditTrail(*m_db).forPatient(id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit[1].action, QStringLiteral("archive"));
    QCOMPARE(audit[1].reason, QStringLiteral("moved away"));
    QCOMPARE(audit[2].action, QStringLiteral("unarchive"));
}

void TestRepositories::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("charts");
    QTest::newRow("everyone, by name") << QString() << QStringList{"C3", "C2", "C1", "C4"};
    QTest::newRow("family prefix") << QStringLiteral("mü") << QStringList{"C2", "C1"};
    QTest::newRow("accent-free typing") << QStringLiteral("muller") << QStringList{"C1"};
    QTest::newRow("two words any order") << QStringLiteral("zoe mul") << QStringList{"C1"};
    QTest::newRow("chart number") << QStringLiteral("c3") << QStringList{"C3"};
    QTest::newRow("date of birth ISO") << QStringLiteral("1985-07") << QStringList{"C2"};
    QTest::newRow("date of birth typed") << QStringLiteral("14.07.1985") << QStringList{"C2"};
    QTest::newRow("birth year") << QStringLiteral("1950") << QStringList{"C3", "C4"};
    QTest::newRow("no match") << QStringLiteral("zz") << QStringList{};
    QTest::newRow("hyphenated name part") << QStringLiteral("brien") << QStringList{"C3"};
}

void TestRepositories::nextChartNumber_data()
{
    QTest::addColumn<QStringList>("charts"); // in the order they were registered
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty register") << QStringList{} << QString();
    QTest::newRow("continues the highest") << QStringList{"C000058", "C000060", "C000059"} << "C000061";
    QTest::newRow("an odd number typed once changes nothing")
        << QStringList{"P-0007", "P-0008", "P-0009", "walk-in 3"} << "P-0010";
    QTest::newRow("after the highest, in any order") << QStringList{"C08", "C09", "C11", "C10"} << "C12";
    QTest::newRow("the highest of the pattern, not of the text")
        << QStringList{"C0001", "C0002", "C0003", "D9999", "C99"} << "C0004";
    QTest::newRow("past the last number of its width") << QStringList{"K8", "K9"} << "K10";
    QTest::newRow("taken when grown") << QStringList{"K8", "K9", "K10"} << "K11";
    QTest::newRow("no digits anywhere") << QStringList{"anna", "bert"} << QString();
}

void TestRepositories::nextChartNumber()
{
    QFETCH(QStringList, charts);
    QFETCH(QString, expected);
    for (const QString& chart : charts)
        QVERIFY(addPatient(chart, QStringLiteral("Keller"), QStringLiteral("Anna"), QDate(1970, 5, 31)) > 0);
    const Result<QString> next = PatientRepository(*m_db).nextChartNumber();
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(*next, expected);
}

void TestRepositories::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, charts);
    QVERIFY(addPatient(QStringLiteral("C1"), QStringLiteral("Müller"), QStringLiteral("Zoë"), QDate(1970, 5, 31)));
    QVERIFY(addPatient(QStringLiteral("C2"), QStringLiteral("Mueller"), QStringLiteral("Hans"), QDate(1985, 7, 14)));
    QVERIFY(addPatient(QStringLiteral("C3"), QStringLiteral("Al-O'Brien"), QStringLiteral("Sean"), QDate(1950, 1, 1)));
    QVERIFY(addPatient(QStringLiteral("C4"), QStringLiteral("Smith"), QStringLiteral("Ann"), QDate(1950, 3, 3)));
    Result<QList<PatientListEntry>> found = PatientRepository(*m_db).search(query, false, 100, kSearchDay);
    QVERIFY(found.ok());
    QStringList got;
    for (const PatientListEntry& entry : *found)
        got << entry.patient.chartNumber;
    // "mü" folds to "mu": it finds both Müller and Mueller, listed in folded alphabetical order.
    QCOMPARE(got, charts);
}

void TestRepositories::templatesAreVersioned()
{
    CourseTemplateRepository templates(*m_db);
    const qint64 standardId = *templates.ensureStandard();
    QCOMPARE(*templates.ensureStandard(), standardId);
    CourseTemplate edited = *templates.find(standardId);
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const Course started = startStandardCourse(patientId, QDate(2026, 3, 2));
    QVERIFY(started.id > 0);

    // Saving unchanged returns the same version; a change adds version 2 and leaves the course on version 1.
    QCOMPARE(templates.save(edited)->id, standardId);
    edited.sessionCount = 6;
    Result<CourseTemplate> second = templates.save(edited);
    QVERIFY(second.ok());
    QCOMPARE(second->version, 2);
    QVERIFY(second->id != standardId);
    QCOMPARE(templates.current()->size(), 1);
    QCOMPARE(templates.current()->first().sessionCount, 6);
    const Course reread = *CourseRepository(*m_db).find(started.id);
    QCOMPARE(reread.templateVersion, 1);
    QCOMPARE(CourseRepository(*m_db).visits(started.id)->size(), 12);
}

void TestRepositories::courseStartCreatesPlannedVisits()
{
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const Course course = startStandardCourse(patientId, QDate(2026, 3, 2));
    CourseRepository courses(*m_db);
    QList<Visit> visits = *courses.visits(course.id);
    QCOMPARE(visits.size(), 12);
    QCOMPARE(visits[0].kind, VisitKind::Baseline);
    QCOMPARE(visits[11].scheduledDate, QDate(2026, 8, 31));
    QCOMPARE(visits[0].plannedInstruments.size(), 3);

    // Reschedule session 2 and mark session 3 missed; both audited.
    Visit session2 = visits[2];
    session2.scheduledDate = QDate(2026, 3, 6);
    QVERIFY(courses.updateVisit(session2, QStringLiteral("patient asked")).ok());
    Visit session3 = visits[3];
    session3.status = VisitStatus::Missed;
    QVERIFY(courses.updateVisit(session3).ok());
    // A stale copy of session 2 is refused.
    QVERIFY(!courses.updateVisit(visits[2]).ok());
    visits = *courses.visits(course.id);
    QCOMPARE(visits[2].scheduledDate, QDate(2026, 3, 6));
    QCOMPARE(visits[3].status, VisitStatus::Missed);

    Result<Visit> extra =
        courses.addExtraVisit(course.id, QStringLiteral("Review"), QDate(2026, 4, 15), {QStringLiteral("odi")});
    QVERIFY(extra.ok());
    QCOMPARE(extra->sequence, 13);
    QCOMPARE(courses.visits(course.id)->size(), 13);

    const QList<AuditEntry> audit = *AuditTrail(*m_db).forPatient(patientId);
    // patient + course + 12 visits + 2 visit updates + extra visit
    QCOMPARE(audit.size(), 1 + 1 + 12 + 2 + 1);
    QCOMPARE(audit[14].reason, QStringLiteral("patient asked"));
}

void TestRepositories::courseNamesItsClinician()
{
    const qint64 first = addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const qint64 second = addPatient(QStringLiteral("C2"), QStringLiteral("C"), QStringLiteral("D"), QDate(1970, 1, 1));
    CourseTemplateRepository templates(*m_db);
    const Result<CourseTemplate> standard = templates.find(*templates.ensureStandard());
    QVERIFY(standard);
    CourseRepository courses(*m_db);
    const Result<Course> started =
        courses.start(first, *standard, QDate(2026, 3, 2), QString(), QStringLiteral("  Priya   Raman "));
    QVERIFY(started);
    QCOMPARE(started->clinician, QStringLiteral("Priya Raman"));
    QVERIFY(courses.start(second, *standard, QDate(2026, 3, 3), QString(), QStringLiteral("Anna Keller")));
    QVERIFY(courses.start(second, *standard, QDate(2026, 4, 3), QString(), QString()));
    QCOMPARE(*courses.clinicians(), (QStringList{QStringLiteral("Anna Keller"), QStringLiteral("Priya Raman")}));

    // Stored, read back after reopening, changed with the audit trail holding both names.
    m_db.reset();
    m_db = openDatabase(m_scratch->location());
    QVERIFY(m_db);
    CourseRepository reopened(*m_db);
    Course course = *reopened.find(started->id);
    QCOMPARE(course.clinician, QStringLiteral("Priya Raman"));
    course.clinician = QStringLiteral("Tomás Ortega");
    QVERIFY(reopened.update(course, QStringLiteral("handed over")));
    QCOMPARE(reopened.find(started->id)->clinician, QStringLiteral("Tomás Ortega"));
    const QList<AuditEntry> audit = *AuditTrail(*m_db).forPatient(first);
    QCOMPARE(audit.last().reason, QStringLiteral("handed over"));
    QCOMPARE(audit.last().oldValues.value(QStringLiteral("clinician")).toString(), QStringLiteral("Priya Raman"));
    QCOMPARE(audit.last().newValues.value(QStringLiteral("clinician")).toString(), QStringLiteral("Tomás Ortega"));
}

void TestRepositories::patientLanguage()
{
    PatientRepository patients(*m_db);
    Patient patient = samplePatient();
    patient.language = QStringLiteral(" DE ");
    const Result<qint64> id = patients.create(patient);
    QVERIFY(id);
    const Patient english = samplePatient(QStringLiteral("C000002"));
    const Result<qint64> englishId = patients.create(english);
    QVERIFY(englishId);

    // Stored as its code, read back after reopening; English is the empty code.
    m_db.reset();
    m_db = openDatabase(m_scratch->location());
    QVERIFY(m_db);
    PatientRepository reopened(*m_db);
    Patient back = *reopened.find(*id);
    QCOMPARE(back.language, QStringLiteral("de"));
    QCOMPARE(reopened.find(*englishId)->language, QString());
    back.language = QStringLiteral("en");
    QVERIFY(reopened.update(back));
    QCOMPARE(reopened.find(*id)->language, QString());

    // The trail names a language other than English, and only then, so older trails read as before.
    const QList<AuditEntry> audit = *AuditTrail(*m_db).forPatient(*id);
    QCOMPARE(audit.first().newValues.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(audit.last().oldValues.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QVERIFY(!audit.last().newValues.contains(QStringLiteral("language")));
    QVERIFY(!AuditTrail(*m_db).forPatient(*englishId)->first().newValues.contains(QStringLiteral("language")));

    // A word that is not a language code is refused, naming the field.
    back = *reopened.find(*id);
    back.language = QStringLiteral("German");
    const Status refused = reopened.update(back);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("Language: \"german\" is not a language code; use two or three "
                                                     "letters such as de, fr or es."));
    back.language = QStringLiteral("xq");
    QVERIFY(!reopened.update(back));
    QCOMPARE(reopened.find(*id)->language, QString());
}

void TestRepositories::assessmentSaveEditAndAudit()
{
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const Course course = startStandardCourse(patientId, QDate(2026, 3, 2));
    const QList<Visit> visits = *CourseRepository(*m_db).visits(course.id);
    AssessmentRepository assessments(*m_db);

    Assessment odi;
    odi.visitId = visits[0].id;
    odi.instrumentId = QStringLiteral("odi");
    odi.instrumentVersion = QStringLiteral("2.1a");
    for (int item = 1; item <= 10; ++item)
        odi.answers.setValue(QString::number(item), item % 6);
    odi.answers.clear(QStringLiteral("8"));
    Result<Assessment> saved = assessments.save(odi);
    QVERIFY(saved.ok());
    QVERIFY(saved->id > 0);

    Assessment edited = *assessments.find(saved->id);
    QCOMPARE(edited.answers, odi.answers);
    edited.answers.setValue(QStringLiteral("1"), 4);
    QVERIFY(assessments.save(edited, QStringLiteral("typo in section 1")).ok());
    QCOMPARE(*assessments.find(saved->id)->answers.value(QStringLiteral("1")), 4.0);

    const QList<AuditEntry> audit = *AuditTrail(*m_db).forRow(QStringLiteral("assessments"), saved->id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1].reason, QStringLiteral("typo in section 1"));
    QCOMPARE(audit[1].oldValues.value(QStringLiteral("answers")).toObject(), odi.answers.toJson());
    QCOMPARE(audit[1].newValues.value(QStringLiteral("answers")).toObject(), edited.answers.toJson());

    const QList<DatedAssessment> forCourse = *assessments.forCourse(course.id);
    QCOMPARE(forCourse.size(), 1);
    QCOMPARE(forCourse[0].date, QDate(2026, 3, 2));

    // A second ODI at the same visit is refused with a message, not stored twice.
    Result<Assessment> duplicate = assessments.save(odi);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);

    // A removal that read an older row version is refused and removes nothing.
    const Result<Assessment> current = assessments.find(saved->id);
    QVERIFY(current.ok());
    const Status stale = assessments.remove(saved->id, current->rowVersion - 1, QStringLiteral("undo"));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE(assessments.forVisit(visits[0].id)->size(), 1);
    QVERIFY(assessments.remove(saved->id, current->rowVersion, QStringLiteral("undo")).ok());
    QCOMPARE(assessments.forVisit(visits[0].id)->size(), 0);
    QCOMPARE(AuditTrail(*m_db).forRow(QStringLiteral("assessments"), saved->id)->last().action,
             QStringLiteral("delete"));
}

void TestRepositories::assessmentBatchGetsItsOwnIdsAndAudit()
{
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const Course course = startStandardCourse(patientId, QDate(2026, 3, 2));
    const QList<Visit> visits = *CourseRepository(*m_db).visits(course.id);
    AssessmentRepository assessments(*m_db);
    // Something saved before the batch, so the batch's ids do not start at 1.
    Assessment first;
    first.visitId = visits[2].id;
    first.instrumentId = QStringLiteral("nrs");
    first.answers.setValue(QStringLiteral("score"), 7);
    QVERIFY(assessments.save(first).ok());

    QList<Assessment> batch;
    const QDateTime enteredAt(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (const auto& [visit, instrument, score] :
         {std::tuple{0, "nrs", 6}, std::tuple{0, "qvas", 5}, std::tuple{1, "nrs", 4}, std::tuple{3, "nrs", 2}}) {
        Assessment assessment;
        assessment.visitId = visits[visit].id;
        assessment.instrumentId = QString::fromLatin1(instrument);
        assessment.answers.setValue(QStringLiteral("score"), score);
        assessment.enteredAt = visit == 0 ? enteredAt : QDateTime();
        batch.append(assessment);
    }
    Result<QList<Assessment>> saved = assessments.insertAll(batch);
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        // Each returned id is the row holding that assessment.
        const Assessment stored = *assessments.find(saved->at(i).id);
        QCOMPARE(stored.visitId, batch[i].visitId);
        QCOMPARE(stored.instrumentId, batch[i].instrumentId);
        QCOMPARE(stored.answers, batch[i].answers);
        const QList<AuditEntry> audit = *AuditTrail(*m_db).forRow(QStringLiteral("assessments"), stored.id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].patientId, patientId);
        QCOMPARE(audit[0].newValues.value(QStringLiteral("instrument_id")).toString(), batch[i].instrumentId);
        if (batch[i].enteredAt.isValid()) {
            QCOMPARE(stored.enteredAt, enteredAt);
            QCOMPARE(audit[0].at, enteredAt);
        }
    }

    // One assessment the visit already has: nothing of the batch is written.
    Assessment again = batch[3];
    again.enteredAt = {};
    Assessment fresh;
    fresh.visitId = visits[4].id;
    fresh.instrumentId = QStringLiteral("nrs");
    fresh.answers.setValue(QStringLiteral("score"), 1);
    Result<QList<Assessment>> refused = assessments.insertAll({fresh, again});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(assessments.forVisit(visits[4].id)->size(), 0);
}

void TestRepositories::assessmentEditNeedsReasonAndFreshVersion()
{
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    const Course course = startStandardCourse(patientId, QDate(2026, 3, 2));
    const QList<Visit> visits = *CourseRepository(*m_db).visits(course.id);
    AssessmentRepository assessments(*m_db);
    Assessment nrs;
    nrs.visitId = visits[1].id;
    nrs.instrumentId = QStringLiteral("nrs");
    nrs.instrumentVersion = QStringLiteral("1");
    nrs.answers.setValue(QStringLiteral("pain"), 7);
    const Assessment saved = *assessments.save(nrs);

    Assessment first = saved;
    first.answers.setValue(QStringLiteral("pain"), 6);
    const Result<Assessment> noReason = assessments.save(first);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().message.contains(QStringLiteral("reason")));

    QVERIFY(assessments.save(first, QStringLiteral("corrected")).ok());
    Assessment stale = saved;
    stale.answers.setValue(QStringLiteral("pain"), 2);
    const Result<Assessment> conflict = assessments.save(stale, QStringLiteral("other window"));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().kind, ErrorKind::Conflict);
    QCOMPARE(*assessments.find(saved.id)->answers.value(QStringLiteral("pain")), 6.0);
}

void TestRepositories::dueVisitsAcrossPatients()
{
    const qint64 a =
        addPatient(QStringLiteral("C1"), QStringLiteral("Adams"), QStringLiteral("Amy"), QDate(1960, 1, 1));
    const qint64 b =
        addPatient(QStringLiteral("C2"), QStringLiteral("Brown"), QStringLiteral("Bob"), QDate(1961, 1, 1));
    startStandardCourse(a, QDate(2026, 3, 2));
    startStandardCourse(b, QDate(2026, 3, 5));
    const QList<DueVisit> due = *CourseRepository(*m_db).dueBetween({}, QDate(2026, 3, 5), 100);
    // Adams: baseline + S1 (3-2), S2 (3-5); Brown: baseline + S1 (3-5).
    QCOMPARE(due.size(), 5);
    QCOMPARE(due[0].patientName, QStringLiteral("Adams, Amy"));
    QCOMPARE(due[0].visit.kind, VisitKind::Baseline);
    QCOMPARE(due[4].patientName, QStringLiteral("Brown, Bob"));
    // A limit cuts the list in the same order: by day, then name, then the order within the course.
    const QList<DueVisit> firstTwo = *CourseRepository(*m_db).dueBetween(QDate(2026, 3, 5), QDate(2026, 3, 5), 2);
    QCOMPARE(firstTwo.size(), 2);
    QCOMPARE(firstTwo[0].patientName, QStringLiteral("Adams, Amy"));
    QCOMPARE(firstTwo[0].visit.sessionNumber, 2);
    QCOMPARE(firstTwo[0].chartNumber, QStringLiteral("C1"));
    QCOMPARE(firstTwo[1].patientName, QStringLiteral("Brown, Bob"));
    QCOMPARE(firstTwo[1].visit.kind, VisitKind::Baseline);
    QCOMPARE(firstTwo[1].patientId, b);
    QVERIFY(PatientRepository(*m_db).setArchived(b, true).ok());
    QCOMPARE(CourseRepository(*m_db).dueBetween({}, QDate(2026, 3, 5), 100)->size(), 3);
}

// Batch reports take each patient's latest course while it runs or soon after it ended, once a visit took place.
void TestRepositories::coursesCurrentOrEndedSince()
{
    const QDate kBorn(1970, 1, 1);
    CourseRepository courses(*m_db);
    const auto holdFirstVisit = [&courses](const Course& course, const QDate& on) {
        const Result<QList<Visit>> visits = courses.visits(course.id);
        QVERIFY(visits.ok() && !visits->isEmpty());
        Visit visit = visits->first();
        visit.status = VisitStatus::Done;
        visit.actualDate = on;
        QVERIFY(courses.updateVisit(visit).ok());
    };
    const auto finish = [&courses](Course course, const QDate& on) {
        course = *courses.find(course.id);
        course.status = CourseStatus::Completed;
        course.endDate = on;
        QVERIFY(courses.update(course).ok());
    };
    const qint64 running = addPatient(QStringLiteral("C1"), QStringLiteral("Adams"), QStringLiteral("Amy"), kBorn);
    holdFirstVisit(startStandardCourse(running, QDate(2025, 1, 6)), QDate(2025, 1, 6));
    const qint64 recent = addPatient(QStringLiteral("C2"), QStringLiteral("Brown"), QStringLiteral("Bob"), kBorn);
    const Course recentCourse = startStandardCourse(recent, QDate(2026, 1, 5));
    holdFirstVisit(recentCourse, QDate(2026, 1, 5));
    finish(recentCourse, QDate(2026, 5, 1));
    const qint64 old = addPatient(QStringLiteral("C3"), QStringLiteral("Cole"), QStringLiteral("Cy"), kBorn);
    const Course oldCourse = startStandardCourse(old, QDate(2025, 1, 6));
    holdFirstVisit(oldCourse, QDate(2025, 1, 6));
    finish(oldCourse, QDate(2025, 7, 1));
    const qint64 notBegun = addPatient(QStringLiteral("C4"), QStringLiteral("Dunn"), QStringLiteral("Di"), kBorn);
    startStandardCourse(notBegun, QDate(2026, 6, 1));
    // A finished old course followed by a running one: the latest course counts.
    const qint64 again = addPatient(QStringLiteral("C5"), QStringLiteral("Eve"), QStringLiteral("Ed"), kBorn);
    const Course first = startStandardCourse(again, QDate(2024, 1, 8));
    holdFirstVisit(first, QDate(2024, 1, 8));
    finish(first, QDate(2024, 6, 1));
    const Course second = startStandardCourse(again, QDate(2026, 4, 6));
    holdFirstVisit(second, QDate(2026, 4, 6));

    const Result<QList<CourseOfPatient>> found = courses.currentOrEndedSince(QDate(2026, 3, 1));
    QVERIFY(found.ok());
    QStringList charts;
    for (const CourseOfPatient& entry : *found)
        charts.append(entry.chartNumber);
    QCOMPARE(charts, (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C5")}));
    QCOMPARE(found->at(2).courseId, second.id);
    QCOMPARE(found->at(1).patientId, recent);
    QVERIFY(PatientRepository(*m_db).setArchived(running, true).ok());
    QCOMPARE(courses.currentOrEndedSince(QDate(2026, 3, 1))->size(), 2);
}

void TestRepositories::clinicalEvents()
{
    const qint64 patientId =
        addPatient(QStringLiteral("C1"), QStringLiteral("A"), QStringLiteral("B"), QDate(1960, 1, 1));
    ClinicalEventRepository events(*m_db);
    ClinicalEvent event;
    event.patientId = patientId;
    event.date = QDate(2026, 3, 14);
    event.kind = ClinicalEventKind::FlareUp;
    event.note = QStringLiteral("Lifted a heavy box");
    Result<ClinicalEvent> added = events.add(event);
    QVERIFY(added.ok());
    ClinicalEvent edited = *added;
    edited.kind = ClinicalEventKind::Injection;
    QVERIFY(events.update(edited, QStringLiteral("wrong kind")).ok());
    const QList<ClinicalEvent> list = *events.forPatient(patientId);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].kind, ClinicalEventKind::Injection);
    QCOMPARE(list[0].note, QStringLiteral("Lifted a heavy box"));
    QVERIFY(!events.update(edited).ok()); // stale row version
}

void TestRepositories::clinicSettingsRoundTrip()
{
    ClinicSettingsRepository repository(*m_db);
    QCOMPARE(*repository.load(), ClinicSettings());
    QCOMPARE(repository.load()->notice(), ClinicSettings::defaultConfidentialityNotice());
    ClinicSettings settings;
    settings.clinicName = QStringLiteral("Harbour Spine Clinic");
    settings.address = QStringLiteral("1 Quay Street\nPortsmouth PO1 2AB");
    settings.phone = QStringLiteral("+44 23 9200 0000");
    settings.email = QStringLiteral("reception@harbourspine.example");
    settings.logo = QByteArray("\x89PNG\r\n\x1a\n fake image bytes", 26);
    settings.clinicianName = QStringLiteral("Dr Ana Müller");
    QVERIFY(repository.save(settings).ok());
    const QString path = m_db->path();
    m_db.reset();
    m_db = openDatabase(path);
    QCOMPARE(*ClinicSettingsRepository(*m_db).load(), settings);
    // Clearing a field removes it.
    settings.phone.clear();
    QVERIFY(ClinicSettingsRepository(*m_db).save(settings).ok());
    QCOMPARE(ClinicSettingsRepository(*m_db).load()->phone, QString());
}

void TestRepositories::auditLogIsAppendOnly()
{
    QVERIFY(addPatient(QStringLiteral("A1"), QStringLiteral("Audit"), QStringLiteral("Ann"), QDate(1970, 1, 1)) > 0);
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")), qPrintable(query.lastError().text()));
    if (m_db->isServer()) // SQLite has no TRUNCATE; its DELETE above is the same attempt
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE audit_log")));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(actor) FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), m_db->actor());
}

void TestRepositories::lostConnectionIsMadeAgain()
{
    if (!m_db->isServer())
        QSKIP("A file has no connection to lose.");
    // The statements of the lost session went with it: preparing them again says nothing about freeing them.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^Unable to free statement")));
    const qint64 id =
        addPatient(QStringLiteral("R1"), QStringLiteral("Reach"), QStringLiteral("Rita"), QDate(1970, 1, 1));
    QVERIFY(id > 0);
    PatientRepository patients(*m_db);
    Patient patient = *patients.find(id);
    // The server ends the workstation's connection, as a restart of the server or a dropped network would.
    const auto cutOff = [this]() {
        std::unique_ptr<Database> admin = openDatabase(m_scratch->location());
        QSqlQuery query(admin->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                          "current_database() AND pid <> pg_backend_pid()")));
    };
    cutOff();
    // A save after the loss connects again before it begins, and goes through.
    patient.phone = QStringLiteral("0300 123 456");
    const Status saved = patients.update(patient, QStringLiteral("new number"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    cutOff();
    // So does a read.
    const Result<Patient> read = patients.find(id);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->phone, QStringLiteral("0300 123 456"));
    QCOMPARE(read->rowVersion, 2);
    // A loss in the middle of a save fails that save as a whole, says so, and the next one goes through.
    patient = *read;
    patient.phone = QStringLiteral("0300 999 999");
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.started().ok());
        cutOff();
        const Status failed = patients.update(patient, QStringLiteral("during the loss"));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("what you entered is still here")),
                 qPrintable(failed.error().message));
    }
    const Status again = patients.update(patient, QStringLiteral("after the loss"));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(patients.find(id)->phone, QStringLiteral("0300 999 999"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
