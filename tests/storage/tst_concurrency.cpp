// Two copies of the program on one database, as two connections: every update path refuses a save based on an older
// read, keeps the newer change, and writes its audit row only when the change itself is written. Then several real
// processes save at once, to one patient and to their own: no save is lost and none waits for ever. Every test runs
// on an SQLite file and on a PostgreSQL server.
#include "AssessmentRepository.h"
#include "AuditTrail.h"
#include "ClinicalEventRepository.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void staleSaveIsRefused_data();
    void staleSaveIsRefused();
    void everyClinicalChangeIsAudited();
    void severalProcessesSaveAtOnce();

private:
    int auditRows();
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_first;  // one window
    std::unique_ptr<Database> m_second; // another window, or another computer on a shared folder
    qint64 m_patientId = 0;
    Course m_course;
    Visit m_visit;
    Assessment m_assessment;
    ClinicalEvent m_event;
};

void TestConcurrency::initTestCase_data()
{
    addEngineRows();
}

void TestConcurrency::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    const QString path = m_scratch->location();
    m_first = openDatabase(path);
    m_second = openDatabase(path);
    QVERIFY(m_first && m_second);
    m_first->setActor(QStringLiteral("first"));
    m_second->setActor(QStringLiteral("second"));
    m_patientId = *PatientRepository(*m_first).create(samplePatient());
    CourseTemplateRepository templates(*m_first);
    const CourseTemplate standard = *templates.find(*templates.ensureStandard());
    m_course = *CourseRepository(*m_first).start(m_patientId, standard, QDate(2026, 3, 2), QStringLiteral("Care"));
    m_visit = CourseRepository(*m_first).visits(m_course.id)->first();
    Assessment assessment;
    assessment.visitId = m_visit.id;
    assessment.instrumentId = QStringLiteral("nrs");
    assessment.instrumentVersion = QStringLiteral("1");
    assessment.answers.setValue(QStringLiteral("pain"), 6);
    m_assessment = *AssessmentRepository(*m_first).save(assessment);
    ClinicalEvent event;
    event.patientId = m_patientId;
    event.date = QDate(2026, 3, 5);
    event.note = QStringLiteral("flare");
    m_event = *ClinicalEventRepository(*m_first).add(event);
}

void TestConcurrency::cleanup()
{
    m_second.reset();
    m_first.reset();
    m_scratch.reset();
}

int TestConcurrency::auditRows()
{
    QSqlQuery query(m_first->connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next() ? query.value(0).toInt() : -1;
}

void TestConcurrency::staleSaveIsRefused_data()
{
    QTest::addColumn<QString>("record");
    for (const char* record : {"assessment", "patient", "course", "visit", "event"})
        QTest::newRow(record) << QString::fromLatin1(record);
}

void TestConcurrency::staleSaveIsRefused()
{
    QFETCH(QString, record);
    // Both windows read the record, the first saves, then the second saves what it read earlier.
    const auto save = [&](Database& db, const QString& text) -> Status {
        if (record == QLatin1String("assessment")) {
            Assessment edited = m_assessment;
            edited.answers.setValue(QStringLiteral("pain"), text.size());
            Result<Assessment> saved = AssessmentRepository(db).save(edited, text);
            return saved ? Status() : Status(saved.error());
        }
        if (record == QLatin1String("patient")) {
            Patient patient = *PatientRepository(*m_first).find(m_patientId);
            patient.rowVersion = 1;
            patient.notes = text;
            return PatientRepository(db).update(patient, text);
        }
        if (record == QLatin1String("course")) {
            Course course = m_course;
            course.notes = text;
            return CourseRepository(db).update(course, text);
        }
        if (record == QLatin1String("visit")) {
            Visit visit = m_visit;
            visit.note = text;
            return CourseRepository(db).updateVisit(visit, text);
        }
        ClinicalEvent event = m_event;
        event.note = text;
        return ClinicalEventRepository(db).update(event, text);
    };
    QVERIFY(save(*m_first, QStringLiteral("first window")).ok());
    const int rowsBefore = auditRows();
    const Status second = save(*m_second, QStringLiteral("second window, later"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("changed elsewhere")), qPrintable(second.error().message));
    QCOMPARE(auditRows(), rowsBefore); // no audit row for a change that was not made

    // The first window's change is what both windows now read.
    if (record == QLatin1String("assessment"))
        QCOMPARE(*AssessmentRepository(*m_second).find(m_assessment.id)->answers.value(QStringLiteral("pain")),
                 double(QStringLiteral("first window").size()));
    else if (record == QLatin1String("patient"))
        QCOMPARE(PatientRepository(*m_second).find(m_patientId)->notes, QStringLiteral("first window"));
    else if (record == QLatin1String("course"))
        QCOMPARE(CourseRepository(*m_second).find(m_course.id)->notes, QStringLiteral("first window"));
    else if (record == QLatin1String("visit"))
        QCOMPARE(CourseRepository(*m_second).findVisit(m_visit.id)->note, QStringLiteral("first window"));
    else
        QCOMPARE(ClinicalEventRepository(*m_second).forPatient(m_patientId)->first().note,
                 QStringLiteral("first window"));
}

void TestConcurrency::everyClinicalChangeIsAudited()
{
    // init() made: patient, course, 12 visits, assessment, event, all inserts.
    QMap<QString, int> expected{{QStringLiteral("patients/insert"), 1},
                                {QStringLiteral("courses/insert"), 1},
                                {QStringLiteral("visits/insert"), 12},
                                {QStringLiteral("assessments/insert"), 1},
                                {QStringLiteral("clinical_events/insert"), 1}};
    PatientRepository patients(*m_first);
    QVERIFY(patients.setArchived(m_patientId, true, QStringLiteral("moved")).ok());
    QVERIFY(patients.setArchived(m_patientId, false, QStringLiteral("back")).ok());
    Patient patient = *patients.find(m_patientId);
    patient.phone = QStringLiteral("123");
    QVERIFY(patients.update(patient, QStringLiteral("new phone")).ok());
    Course course = m_course;
    course.status = CourseStatus::Cancelled;
    QVERIFY(CourseRepository(*m_first).update(course, QStringLiteral("stopped")).ok());
    Visit visit = m_visit;
    visit.status = VisitStatus::Done;
    visit.actualDate = visit.scheduledDate;
    QVERIFY(CourseRepository(*m_first).updateVisit(visit, QStringLiteral("seen")).ok());
    QVERIFY(CourseRepository(*m_first).addExtraVisit(m_course.id, QStringLiteral("Extra"), QDate(2026, 4, 1), {}).ok());
    Assessment assessment = m_assessment;
    assessment.answers.setValue(QStringLiteral("pain"), 2);
    QVERIFY(AssessmentRepository(*m_first).save(assessment, QStringLiteral("typo")).ok());
    QVERIFY(AssessmentRepository(*m_first)
                .remove(m_assessment.id, m_assessment.rowVersion + 1, QStringLiteral("wrong visit"))
                .ok());
    ClinicalEvent event = m_event;
    event.note = QStringLiteral("bad flare");
    QVERIFY(ClinicalEventRepository(*m_first).update(event, QStringLiteral("detail")).ok());
    expected[QStringLiteral("patients/archive")] = 1;
    expected[QStringLiteral("patients/unarchive")] = 1;
    expected[QStringLiteral("patients/update")] = 1;
    expected[QStringLiteral("courses/update")] = 1;
    expected[QStringLiteral("visits/update")] = 1;
    expected[QStringLiteral("visits/insert")] += 1;
    expected[QStringLiteral("assessments/update")] = 1;
    expected[QStringLiteral("assessments/delete")] = 1;
    expected[QStringLiteral("clinical_events/update")] = 1;

    QMap<QString, int> found;
    const QList<AuditEntry> entries = *AuditTrail(*m_second).forPatient(m_patientId);
    for (const AuditEntry& entry : entries) {
        ++found[entry.tableName + QLatin1Char('/') + entry.action];
        QVERIFY(!entry.actor.isEmpty());
        QVERIFY(entry.at.isValid());
        if (entry.action != QLatin1String("insert"))
            QVERIFY2(!entry.reason.isEmpty(), qPrintable(entry.tableName + QLatin1Char(' ') + entry.action));
    }
    QCOMPARE(found, expected);
    QCOMPARE(auditRows(), int(entries.size())); // every row names its patient

    // Field by field: the edited answer shows as one changed item with its old and new value.
    const QList<AuditEntry> assessmentRows =
        *AuditTrail(*m_first).forRow(QStringLiteral("assessments"), m_assessment.id);
    const QList<AuditFieldChange> changes = AuditTrail::changes(assessmentRows.at(1));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].field, QStringLiteral("answers.items.pain"));
    QCOMPARE(changes[0].oldValue, QStringLiteral("6"));
    QCOMPARE(changes[0].newValue, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"

void TestConcurrency::severalProcessesSaveAtOnce()
{
    // Four workstations, each saving 30 times: every other save to the one patient they share, the rest to a
    // patient of its own.
    constexpr int kWriters = 4;
    constexpr int kSaves = 30;
    const QString shared = samplePatient().chartNumber;
    PatientRepository patients(*m_first);
    for (int writer = 1; writer <= kWriters; ++writer)
        QVERIFY(patients
                    .create(samplePatient(QStringLiteral("OWN%1").arg(writer), QStringLiteral("Own"),
                                          QString::number(writer)))
                    .ok());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int writer = 1; writer <= kWriters; ++writer) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(OT_BINARY_DIR "/tests/concurrent_writer"),
                       {m_scratch->location(), QString::number(writer), QString::number(kSaves), shared,
                        QStringLiteral("OWN%1").arg(writer)});
        processes.push_back(std::move(process));
    }
    QMap<QString, QStringList> saved; // chart: the tokens of its saves that went through
    int stale = 0;
    int staleOwn = 0;
    for (auto& process : processes) {
        QVERIFY2(process->waitForFinished(120000), "a writer waited for two minutes: a deadlock or a lost lock");
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kSaves);
        for (const QString& line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            QCOMPARE(parts.size(), 3);
            if (parts[0] == QLatin1String("saved")) {
                saved[parts[2]].append(parts[1]);
            } else {
                ++stale;
                if (parts[2] != shared)
                    ++staleOwn;
            }
        }
    }
    // Alone on its own patient, a workstation is never refused.
    QCOMPARE(staleOwn, 0);
    int lost = 0;
    int total = 0;
    QStringList charts = saved.keys();
    if (!charts.contains(shared))
        charts.append(shared);
    for (const QString& chart : std::as_const(charts)) {
        const Patient patient = *PatientRepository(*m_second).findByChartNumber(chart);
        const QStringList inNotes = patient.notes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Every save that went through is in the notes, and nothing else is: a save based on an older read would
        // have dropped the tokens saved in between.
        QStringList expected = saved.value(chart);
        for (const QString& token : std::as_const(expected))
            lost += inNotes.contains(token) ? 0 : 1;
        QCOMPARE(QSet<QString>(inNotes.begin(), inNotes.end()).size(), inNotes.size());
        QCOMPARE(inNotes.size(), expected.size()); // every patient starts without notes
        QCOMPARE(patient.rowVersion, 1 + expected.size());
        int updates = 0;
        const QList<AuditEntry> trail = *AuditTrail(*m_second).forRow(QStringLiteral("patients"), patient.id);
        for (const AuditEntry& entry : trail)
            updates += entry.action == QLatin1String("update") ? 1 : 0;
        QCOMPARE(updates, int(expected.size()));
        total += int(expected.size());
    }
    QCOMPARE(lost, 0);
    QCOMPARE(total + stale, kWriters * kSaves);
    qInfo("%d processes, %d saves, %d went through, %d refused as stale (all to the shared patient), lost: %d",
          kWriters, kWriters * kSaves, total, stale, lost);
}
