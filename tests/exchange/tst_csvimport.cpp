// What an import refuses, each with line and column and with nothing written: answers on visits that did not take
// place or that the database knows otherwise, a known patient described with other facts, implausible lab values.
// Every test runs on an SQLite file and on a PostgreSQL server.
#include "AnswersFile.h"
#include "ClinicalEventRepository.h"
#include "CsvImport.h"
#include "DateText.h"
#include "FixedClock.h"
#include "SampleDatabase.h"
#include "TestEngines.h"

#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {

// After the sample course's 3-month visit, before its 6-month one (2026-08-31) was held: that one is scheduled.
const QDate kToday(2026, 8, 20);

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void answersOnAVisitTheDatabaseHasAsMissed();
    void answersOnAVisitNotYetHeld();
    void newVisitsMustHaveTakenPlace_data();
    void newVisitsMustHaveTakenPlace();
    void differingPatientFactsAreConflicts();
    void keepExistingKeepsTheDatabasesValues();
    void implausibleLabValueIsRefused();
    void visitsWithoutAnswersComeAcross();
    void visitLineCarriesNoAnswerFields();
    void eventsComeAcrossOnce();
    void eventOfACourseNotInTheFileIsRefused();

private:
    QByteArray exported();
    QByteArray answerLinesOnly();
    QString tableCounts();
    // Runs the import and expects it refused with each of `expected` among the problems and nothing written.
    void expectRefused(const QByteArray& bytes, const QStringList& expected);

    const FixedClock m_clock{kToday};
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    StoredSample m_sample;
    InstrumentLibrary m_library = InstrumentLibrary::load(QStringLiteral("/nonexistent"));
};

void TestCsvImport::initTestCase_data()
{
    addEngineRows();
}

void TestCsvImport::init()
{
    m_db.reset();
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location(QStringLiteral("clinic.db")));
    QVERIFY(m_db);
    m_sample = storeSampleCourse(*m_db);
}

QByteArray TestCsvImport::exported()
{
    return exportedAnswers(*m_db, m_library);
}

QByteArray TestCsvImport::answerLinesOnly()
{
    // Without the lines that describe a visit with nothing recorded, so that a changed line is the file's only
    // description of its visit.
    AnswersFile file(exported());
    for (int row = file.rows() - 1; row >= 0; --row) {
        if (file.field(row, QStringLiteral("instrument")).isEmpty())
            file.remove(row);
    }
    return file.bytes();
}

QString TestCsvImport::tableCounts()
{
    QStringList counts;
    for (const char* table : {"patients", "courses", "visits", "assessments", "audit_log"}) {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        query.next();
        counts << QString::fromLatin1(table) + QLatin1Char('=') + query.value(0).toString();
    }
    return counts.join(QLatin1Char(' '));
}

void TestCsvImport::expectRefused(const QByteArray& bytes, const QStringList& expected)
{
    const QString before = tableCounts();
    const Result<ImportSummary> checked = CsvImport(*m_db, m_library).check(bytes);
    QVERIFY(!checked.ok());
    const Result<ImportSummary> imported = CsvImport(*m_db, m_library).run(bytes, QStringLiteral("test"));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, ErrorKind::Invalid);
    QCOMPARE(imported.error().message, checked.error().message);
    for (const QString& problem : expected)
        QVERIFY2(imported.error().message.contains(problem), qPrintable(imported.error().message));
    QCOMPARE(tableCounts(), before);
}

void TestCsvImport::answersOnAVisitTheDatabaseHasAsMissed()
{
    // Session 6 was missed. A file saying it took place puts its answer there: refused, with the field that
    // disagrees.
    AnswersFile file(answerLinesOnly());
    const int row = file.find(
        [](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("session_number")) == QLatin1String("5"); });
    QVERIFY(row >= 0);
    const int added = file.duplicate(row);
    file.set(added, QStringLiteral("visit_sequence"),
             QString::number(file.field(row, QStringLiteral("visit_sequence")).toInt() + 1));
    file.set(added, QStringLiteral("session_number"), QStringLiteral("6"));
    const QList<Visit> visits = *CourseRepository(*m_db).visits(m_sample.courseId);
    const Visit missed = [&] {
        for (const Visit& visit : visits) {
            if (visit.status == VisitStatus::Missed)
                return visit;
        }
        return Visit();
    }();
    QCOMPARE(missed.sessionNumber, 6);
    QCOMPARE(file.field(added, QStringLiteral("visit_sequence")).toInt(), missed.sequence);
    file.set(added, QStringLiteral("scheduled_date"), isoDate(missed.scheduledDate));
    file.set(added, QStringLiteral("actual_date"), isoDate(missed.scheduledDate));
    const int line = AnswersFile::lineOf(added);
    expectRefused(file.bytes(),
                  {QStringLiteral("line %1, column %2 (visit_status): visit %3 of the course starting 2026-03-02 has "
                                  "\"missed\" in this database, the file \"done\"")
                       .arg(line)
                       .arg(file.columnOf(QStringLiteral("visit_status")))
                       .arg(missed.sequence),
                   QStringLiteral("line %1, column %2 (actual_date): visit %3 of the course starting 2026-03-02 has "
                                  "\"\" in this database, the file \"%4\"")
                       .arg(line)
                       .arg(file.columnOf(QStringLiteral("actual_date")))
                       .arg(missed.sequence)
                       .arg(isoDate(missed.scheduledDate))});
}

void TestCsvImport::answersOnAVisitNotYetHeld()
{
    // The 6-month visit is still scheduled. A file claiming it was held on another day is refused on each field.
    AnswersFile file(answerLinesOnly());
    const int row = file.find([](const AnswersFile& f, int r) {
        return f.field(r, QStringLiteral("visit_label")) == QLatin1String("3 months");
    });
    QVERIFY(row >= 0);
    const QList<Visit> visits = *CourseRepository(*m_db).visits(m_sample.courseId);
    Visit later;
    for (const Visit& visit : visits)
        later = visit.kind == VisitKind::FollowUp ? visit : later;
    QCOMPARE(later.status, VisitStatus::Scheduled);
    const int added = file.duplicate(row);
    file.set(added, QStringLiteral("visit_sequence"), QString::number(later.sequence));
    file.set(added, QStringLiteral("visit_label"), later.label);
    file.set(added, QStringLiteral("scheduled_date"), QStringLiteral("2026-07-11"));
    file.set(added, QStringLiteral("actual_date"), QStringLiteral("2026-07-11"));
    const int line = AnswersFile::lineOf(added);
    expectRefused(file.bytes(), {QStringLiteral("line %1, column %2 (visit_status): ")
                                     .arg(line)
                                     .arg(file.columnOf(QStringLiteral("visit_status"))),
                                 QStringLiteral("line %1, column %2 (scheduled_date): visit %3 of the course starting "
                                                "2026-03-02 has \"%4\" in this database, the file \"2026-07-11\"")
                                     .arg(line)
                                     .arg(file.columnOf(QStringLiteral("scheduled_date")))
                                     .arg(later.sequence)
                                     .arg(isoDate(later.scheduledDate)),
                                 QStringLiteral("line %1, column %2 (actual_date): ")
                                     .arg(line)
                                     .arg(file.columnOf(QStringLiteral("actual_date")))});
}

void TestCsvImport::newVisitsMustHaveTakenPlace_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("actualDate");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missed") << QStringLiteral("missed") << QString() << QStringLiteral("visit_status")
                            << QStringLiteral("the visit is \"missed\", but answers can only belong to a visit that "
                                              "took place (done)");
    QTest::newRow("scheduled") << QStringLiteral("scheduled") << QString() << QStringLiteral("visit_status")
                               << QStringLiteral("the visit is \"scheduled\", but answers");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QString() << QStringLiteral("visit_status")
                               << QStringLiteral("the visit is \"cancelled\", but answers");
    QTest::newRow("done in 2030") << QStringLiteral("done") << QStringLiteral("2030-01-08")
                                  << QStringLiteral("actual_date")
                                  << QStringLiteral("2030-01-08 is in the future (today is 2026-08-20); answers can "
                                                    "only belong to a visit that took place");
    QTest::newRow("done tomorrow") << QStringLiteral("done") << QStringLiteral("2026-08-21")
                                   << QStringLiteral("actual_date") << QStringLiteral("2026-08-21 is in the future");
}

void TestCsvImport::newVisitsMustHaveTakenPlace()
{
    QFETCH(QString, status);
    QFETCH(QString, actualDate);
    QFETCH(QString, column);
    QFETCH(QString, problem);
    // A new patient's file: every visit is new, and the one changed must not carry answers.
    AnswersFile file(exported());
    for (int row = 0; row < file.rows(); ++row)
        file.set(row, QStringLiteral("chart_number"), QStringLiteral("N-1"));
    const int row = file.find(
        [](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("session_number")) == QLatin1String("2"); });
    file.set(row, QStringLiteral("visit_status"), status);
    file.set(row, QStringLiteral("actual_date"), actualDate);
    expectRefused(file.bytes(), {QStringLiteral("line %1, column %2 (%3): %4")
                                     .arg(AnswersFile::lineOf(row))
                                     .arg(file.columnOf(column))
                                     .arg(column, problem)});
    // The same file with the visit as it was imports: the refusal was that visit's alone.
    file.set(row, QStringLiteral("visit_status"), QStringLiteral("done"));
    file.set(row, QStringLiteral("actual_date"), file.field(row, QStringLiteral("scheduled_date")));
    const Result<ImportSummary> imported = CsvImport(*m_db, m_library).run(file.bytes(), QStringLiteral("test"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->patientsAdded, 1);
}

void TestCsvImport::differingPatientFactsAreConflicts()
{
    AnswersFile file(exported());
    for (int row = 0; row < file.rows(); ++row) {
        file.set(row, QStringLiteral("family_name"), QStringLiteral("Exampel"));
        file.set(row, QStringLiteral("sex"), QStringLiteral("male"));
        file.set(row, QStringLiteral("birth_date"), QStringLiteral("1970-05-13"));
    }
    const auto problem = [&file](const char* column, const char* inDatabase, const char* inFile) {
        return QStringLiteral("line 2, column %1 (%2): chart number C000001 has \"%3\" in this database, the file "
                              "\"%4\"")
            .arg(file.columnOf(QString::fromLatin1(column)))
            .arg(QString::fromLatin1(column), QString::fromLatin1(inDatabase), QString::fromLatin1(inFile));
    };
    expectRefused(file.bytes(), {problem("family_name", "Example", "Exampel"),
                                 problem("birth_date", "1970-05-31", "1970-05-13"), problem("sex", "female", "male")});
    // The given name is the same, so it is not named.
    QVERIFY(!CsvImport(*m_db, m_library).check(file.bytes()).error().message.contains(QStringLiteral("given_name")));
}

void TestCsvImport::keepExistingKeepsTheDatabasesValues()
{
    // A differing spelling and sex, and one new answer (a pain score at the baseline visit).
    AnswersFile file(exported());
    for (int row = 0; row < file.rows(); ++row) {
        file.set(row, QStringLiteral("given_name"), QStringLiteral("Jayne"));
        file.set(row, QStringLiteral("sex"), QStringLiteral("other"));
    }
    const int baseline = file.find([](const AnswersFile& f, int r) {
        return f.field(r, QStringLiteral("visit_kind")) == QLatin1String("baseline");
    });
    const int added = file.duplicate(baseline);
    file.set(added, QStringLiteral("instrument"), QStringLiteral("nrs"));
    file.set(added, QStringLiteral("instrument_version"), QStringLiteral("1"));
    file.set(added, QStringLiteral("form_incomplete"), QStringLiteral("0"));
    file.set(added, QStringLiteral("item"), QStringLiteral("pain"));
    file.set(added, QStringLiteral("value"), QStringLiteral("6"));
    file.set(added, QStringLiteral("unit"), QString());
    file.set(added, QStringLiteral("censored"), QString());
    QVERIFY(!CsvImport(*m_db, m_library).run(file.bytes(), QStringLiteral("test")).ok());

    CsvImport import(*m_db, m_library);
    import.setKeepExisting(true);
    const Result<ImportSummary> imported = import.run(file.bytes(), QStringLiteral("Lab import"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->assessmentsAdded, 1);
    QCOMPARE(imported->keptExisting, QStringList{QStringLiteral("C000001 (given_name, sex)")});
    const Patient stored = *PatientRepository(*m_db).findByChartNumber(QStringLiteral("C000001"));
    QCOMPARE(stored.givenName, QStringLiteral("Jane"));
    QCOMPARE(stored.sex, Sex::Female);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1")) && query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("Lab import; the database's values were kept where the file differs: C000001 (given_name, "
                            "sex)"));
}

void TestCsvImport::implausibleLabValueIsRefused()
{
    // CRP 1.7e308 mg/dL overflowed once converted and reached every export as null.
    AnswersFile file(exported());
    const int row = file.find(
        [](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("item")) == QLatin1String("crp"); });
    QVERIFY(row >= 0);
    file.set(row, QStringLiteral("value"), QStringLiteral("1.7e308"));
    file.set(row, QStringLiteral("unit"), QStringLiteral("mg/dL"));
    for (int r = 0; r < file.rows(); ++r)
        file.set(r, QStringLiteral("chart_number"), QStringLiteral("N-2"));
    expectRefused(file.bytes(), {QStringLiteral("line %1, column %2 (value): item 1 (C-reactive protein (CRP)): "
                                                "1.7e+308 mg/dL (inf mg/L) is outside the plausible range 0-1000 mg/L")
                                     .arg(AnswersFile::lineOf(row))
                                     .arg(file.columnOf(QStringLiteral("value")))});
}

void TestCsvImport::visitsWithoutAnswersComeAcross()
{
    // The sample course has a missed session and a follow-up still to come, neither with answers: an import into
    // an empty database rebuilds the course with them as they stand.
    auto target = openDatabase(m_scratch->location(QStringLiteral("target.db")));
    QVERIFY(target);
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(exported(), QStringLiteral("test"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QList<Visit> original = *CourseRepository(*m_db).visits(m_sample.courseId);
    const QList<Course> courses = *CourseRepository(*target).forPatient(
        PatientRepository(*target).findByChartNumber(QStringLiteral("C000001"))->id);
    QCOMPARE(courses.size(), 1);
    const QList<Visit> copied = *CourseRepository(*target).visits(courses.first().id);
    QCOMPARE(copied.size(), original.size());
    QCOMPARE(imported->visitsAdded, int(original.size()));
    int withoutAnswers = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(copied[i].sequence, original[i].sequence);
        QCOMPARE(copied[i].status, original[i].status);
        QCOMPARE(copied[i].scheduledDate, original[i].scheduledDate);
        QCOMPARE(copied[i].actualDate, original[i].actualDate);
        QCOMPARE(copied[i].closesCourse, original[i].closesCourse);
        withoutAnswers += AssessmentRepository(*m_db).forVisit(original[i].id)->isEmpty() ? 1 : 0;
    }
    QVERIFY(withoutAnswers >= 2);
}

void TestCsvImport::visitLineCarriesNoAnswerFields()
{
    // A line without an instrument describes a visit only; an answer field on it is a mistake, not something to
    // drop quietly.
    AnswersFile file(exported());
    const int row =
        file.find([](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("instrument")).isEmpty(); });
    QVERIFY(row >= 0);
    file.set(row, QStringLiteral("value"), QStringLiteral("4"));
    expectRefused(file.bytes(), {QStringLiteral("line %1, column %2 (value): a line without an instrument describes "
                                                "a visit only")
                                     .arg(AnswersFile::lineOf(row))
                                     .arg(file.columnOf(QStringLiteral("value")))});
}

void TestCsvImport::eventsComeAcrossOnce()
{
    ClinicalEventRepository events(*m_db);
    ClinicalEvent flare;
    flare.patientId = m_sample.patientId;
    flare.courseId = m_sample.courseId;
    flare.date = QDate(2026, 3, 20);
    flare.kind = ClinicalEventKind::FlareUp;
    flare.note = QStringLiteral("=lifted a box");
    QVERIFY(events.add(flare).ok());
    ClinicalEvent imaging;
    imaging.patientId = m_sample.patientId;
    imaging.date = QDate(2025, 11, 2);
    imaging.kind = ClinicalEventKind::Imaging;
    QVERIFY(events.add(imaging).ok());
    const QList<ClinicalEvent> original = *events.forPatient(m_sample.patientId);
    const int count = int(original.size()); // the sample course's own, and these two
    QVERIFY(count >= 2);

    auto target = openDatabase(m_scratch->location(QStringLiteral("target.db")));
    QVERIFY(target);
    const QByteArray answers = exported();
    const QByteArray eventLines = exportedEvents(*m_db, m_library);
    for (int round = 0; round < 2; ++round) {
        CsvImport import(*target, m_library);
        import.setEvents(eventLines, QStringLiteral("events.csv"));
        const Result<ImportSummary> imported = import.run(answers, QStringLiteral("test"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // The second time both are found, none added.
        QCOMPARE(imported->eventsAdded, round == 0 ? count : 0);
        QCOMPARE(imported->eventsFound, round == 0 ? 0 : count);
    }
    const qint64 patientId = PatientRepository(*target).findByChartNumber(QStringLiteral("C000001"))->id;
    const qint64 courseId = CourseRepository(*target).forPatient(patientId)->first().id;
    const QList<ClinicalEvent> copied = *ClinicalEventRepository(*target).forPatient(patientId);
    QCOMPARE(copied.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(copied[i].date, original[i].date);
        QCOMPARE(copied[i].kind, original[i].kind);
        QCOMPARE(copied[i].note, original[i].note); // a neutralized formula comes back as written
        QCOMPARE(copied[i].courseId, original[i].courseId == 0 ? 0 : courseId);
    }
    QCOMPARE(copied.first().date, imaging.date);
    QCOMPARE(copied.first().courseId, 0);
}

void TestCsvImport::eventOfACourseNotInTheFileIsRefused()
{
    const QByteArray eventLines = "chart_number,course_start,course_template,course_template_version,date,kind,note\r\n"
                                  "C000001,2026-03-02,standard-8x4,1,2026-03-20,flare_up,\r\n"
                                  "C000001,2025-01-01,standard-8x4,1,2025-01-10,injection,\r\n"
                                  "C000001,,,,2026-03-21,sneezing,\r\n";
    const QString before = tableCounts();
    CsvImport import(*m_db, m_library);
    import.setEvents(eventLines, QStringLiteral("events.csv"));
    const Result<ImportSummary> imported = import.run(exported(), QStringLiteral("test"));
    QVERIFY(!imported.ok());
    const QString message = imported.error().message;
    QVERIFY2(!message.contains(QLatin1String("line 2,")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("events.csv: line 3, column 2 (course_start): no course of chart number "
                                            "C000001 starting 2025-01-01")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("events.csv: line 4, column 6 (kind): \"sneezing\" is not allowed")),
             qPrintable(message));
    QCOMPARE(tableCounts(), before);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
