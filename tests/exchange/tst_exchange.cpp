// CSV export and import on real databases (round trip, all or nothing, no duplicates, de-identification) and the
// structure of the FHIR R4 bundle; on an SQLite file and on a PostgreSQL server.
#include "CourseRepository.h"
#include "CsvExport.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "DateText.h"
#include "DemoClinic.h"
#include "FhirExport.h"
#include "FixedClock.h"
#include "PatientRecordReader.h"
#include "PatientRepository.h"
#include "SampleDatabase.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace outcome;
using namespace outcome::test;

// The demo clinic's day, and the day its records are exported on.
const QDate kToday(2026, 6, 15);

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void roundTripGivesIdenticalFiles();
    void importRestoresWhatTheTemplateDefines();
    void importingTwiceAddsNothing();
    void badLastLineImportsNothing();
    void conflictingAnswersAreRefused();
    void deidentifiedFilesHoldNoIdentity();
    void fhirBundleStructure();
    void formulaLikeTextIsNeutralized();
    void nonFiniteValuesAreNeverWritten();
    void deidentifiedExportsHoldNoFreeTextOrDates();
    void deidentifiedFhirIdsAreUnlinkable();
    void wideFileCarriesCensoringAndVisitDays();

private:
    struct Exported
    {
        QByteArray answers;
        QByteArray scores;
        QByteArray wide;
        QByteArray dictionary;
    };
    Exported exportAll(Database& db, bool deidentified = false);
    QByteArray fhir(Database& db, const ExportOptions& options, const QDateTime& at = QDateTime(kToday, QTime(12, 0)));
    static QString tableCounts(Database& db);

    // The demo clinic every test exports, made once per engine: the tests only read it.
    void makeSource(Database& source);

    const FixedClock m_clock{kToday};
    int m_patientsWithCourses = 0;
    std::map<QString, std::unique_ptr<ScratchDatabase>> m_sourceDatabases;
    std::map<QString, std::unique_ptr<Database>> m_sources;
    Database* m_source = nullptr;
    std::unique_ptr<ScratchDatabase> m_targets; // where each test imports into
    InstrumentLibrary m_library = InstrumentLibrary::load(QStringLiteral("/nonexistent"));
};

void TestExchange::initTestCase_data()
{
    addEngineRows();
}

void TestExchange::init()
{
    OT_SCRATCH_FOR_ENGINE(m_targets);
    QFETCH_GLOBAL(QString, engine);
    if (!m_sources.count(engine)) {
        auto scratch = std::make_unique<ScratchDatabase>(engine);
        std::unique_ptr<Database> source = openDatabase(scratch->location(QStringLiteral("source.db")));
        QVERIFY(source);
        m_source = source.get();
        m_sourceDatabases[engine] = std::move(scratch);
        m_sources[engine] = std::move(source);
        m_patientsWithCourses = 0;
        makeSource(*m_source);
    }
    m_source = m_sources.at(engine).get();
}

void TestExchange::cleanup()
{
    m_targets.reset();
}

void TestExchange::makeSource(Database& source)
{
    QVERIFY(&source == m_source);
    DemoOptions options;
    options.patients = 25;
    options.seed = 7;
    options.today = kToday;
    QVERIFY(DemoClinic::generate(*m_source, options).ok());
    // A name and a note that need quoting: comma, quote, line break, letters beyond ASCII.
    Patient patient = *PatientRepository(*m_source).findByChartNumber(QStringLiteral("C000001"));
    patient.familyName = QStringLiteral("O'Brien, \"Żółć\"");
    patient.givenName = QStringLiteral("Zoë\nAnn");
    QVERIFY(PatientRepository(*m_source).update(patient, QStringLiteral("test names")).ok());
    // Text a spreadsheet would run as a formula, in every kind of text column.
    Patient formula = *PatientRepository(*m_source).findByChartNumber(QStringLiteral("C000002"));
    formula.familyName = QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
    formula.givenName = QStringLiteral("@SUM(1+1)");
    QVERIFY(PatientRepository(*m_source).update(formula, QStringLiteral("test formulas")).ok());
    Course labelled = CourseRepository(*m_source).forPatient(formula.id)->first();
    labelled.treatmentLabel = QStringLiteral("+cmd|' /C calc'!A0");
    QVERIFY(CourseRepository(*m_source).update(labelled, QStringLiteral("test formulas")).ok());
    Visit visit = CourseRepository(*m_source).visits(labelled.id)->first();
    visit.note = QStringLiteral("-2+3");
    QVERIFY(CourseRepository(*m_source).updateVisit(visit, QStringLiteral("test formulas")).ok());
    // The item-level file carries every patient with a course, answered or not (a visit without answers has a
    // line of its own); one without a course has nothing to carry. At least one course has no answers yet.
    const Result<QList<PatientRecord>> records = PatientRecordReader(*m_source).read();
    QVERIFY(records.ok());
    int unanswered = 0;
    for (const PatientRecord& record : *records) {
        m_patientsWithCourses += record.courses.isEmpty() ? 0 : 1;
        for (const CourseRecord& course : record.courses)
            unanswered += course.assessments.isEmpty() ? 1 : 0;
    }
    QVERIFY(m_patientsWithCourses > 20);
    QVERIFY(unanswered > 0);
}

TestExchange::Exported TestExchange::exportAll(Database& db, bool deidentified)
{
    const Result<ExportIdentity> identity = ExportIdentity::load(db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(db).read();
    if (!identity || !records)
        qFatal("export failed");
    ExportOptions options;
    options.deidentified = deidentified;
    const CsvExport csv(m_library, *identity, options);
    const auto [wide, dictionary] = csv.wide(*records);
    return {csv.answers(*records), csv.scores(*records), wide, dictionary};
}

QByteArray TestExchange::fhir(Database& db, const ExportOptions& options, const QDateTime& at)
{
    const Result<ExportIdentity> identity = ExportIdentity::load(db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(db).read();
    if (!identity || !records)
        qFatal("export failed");
    return QJsonDocument(FhirExport(m_library, *identity, options).bundle(*records, at)).toJson();
}

QString TestExchange::tableCounts(Database& db)
{
    QStringList counts;
    for (const char* table : {"patients", "courses", "visits", "assessments", "audit_log", "course_templates"}) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM ") + QString::fromLatin1(table));
        query.next();
        counts << QStringLiteral("%1=%2/%3")
                      .arg(QString::fromLatin1(table), query.value(0).toString(), query.value(1).toString());
    }
    return counts.join(QLatin1Char(' '));
}

void TestExchange::roundTripGivesIdenticalFiles()
{
    const Exported first = exportAll(*m_source);
    QVERIFY(first.answers.contains("\"O'Brien, \"\"\xc5\xbb\xc3\xb3\xc5\x82\xc4\x87\"\"\"")); // quoted, UTF-8
    QVERIFY(first.answers.contains("\"Zo\xc3\xab\nAnn\""));
    // The demo clinic's courses name their clinician, and the import brings the name back.
    QVERIFY(first.answers.contains(",course_clinician,"));
    QVERIFY(first.answers.contains(",Priya Raman,"));
    auto target = openDatabase(m_targets->location(QStringLiteral("roundtrip.db")));
    QVERIFY(target);
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(first.answers, QStringLiteral("test"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->patientsAdded, m_patientsWithCourses);
    const Exported second = exportAll(*target);
    QCOMPARE(second.answers, first.answers);
    QCOMPARE(second.scores, first.scores);
    QCOMPARE(second.wide, first.wide);
    QCOMPARE(second.dictionary, first.dictionary);
    // Import, export, import again into another empty file: still the same.
    auto third = openDatabase(m_targets->location(QStringLiteral("third.db")));
    QVERIFY(CsvImport(*third, m_library).run(second.answers, QStringLiteral("test")).ok());
    QCOMPARE(exportAll(*third).answers, first.answers);
}

void TestExchange::importRestoresWhatTheTemplateDefines()
{
    // The file carries a visit's position and name, not what the template says of it: which visit closes the
    // course and what is planned there come back from the template.
    auto target = openDatabase(m_targets->location(QStringLiteral("template.db")));
    QVERIFY(target);
    QVERIFY(CsvImport(*target, m_library).run(exportAll(*m_source).answers, QStringLiteral("test")).ok());
    const auto visitsByKey = [](Database& db) {
        QMap<QString, Visit> visits;
        const Result<QList<PatientListEntry>> patients = PatientRepository(db).search({}, true, 1000, kToday);
        for (const PatientListEntry& entry : *patients) {
            const Result<QList<Course>> courses = CourseRepository(db).forPatient(entry.patient.id);
            for (const Course& course : *courses) {
                const Result<QList<Visit>> found = CourseRepository(db).visits(course.id);
                for (const Visit& visit : *found)
                    visits.insert(entry.patient.chartNumber + QLatin1Char('/') + QString::number(visit.sequence),
                                  visit);
            }
        }
        return visits;
    };
    const QMap<QString, Visit> original = visitsByKey(*m_source);
    const QMap<QString, Visit> imported = visitsByKey(*target);
    int closing = 0;
    for (auto it = imported.cbegin(); it != imported.cend(); ++it) {
        const Visit& source = original.value(it.key());
        QCOMPARE(it->closesCourse, source.closesCourse);
        QCOMPARE(it->plannedInstruments, source.plannedInstruments);
        QCOMPARE(it->optionalInstruments, source.optionalInstruments);
        closing += it->closesCourse ? 1 : 0;
    }
    QVERIFY2(closing > 10, "the 1-month visits close their courses after the import too");
}

void TestExchange::importingTwiceAddsNothing()
{
    const QByteArray answers = exportAll(*m_source).answers;
    auto target = openDatabase(m_targets->location(QStringLiteral("twice.db")));
    QVERIFY(CsvImport(*target, m_library).run(answers, QStringLiteral("first")).ok());
    // What came in has its scores kept, so the first clinic outcomes after an import need not score it.
    QSqlQuery kept(target->connection());
    QVERIFY(kept.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM assessment_scores) FROM assessments")));
    QVERIFY(kept.next());
    QVERIFY(kept.value(0).toInt() > 0);
    QCOMPARE(kept.value(1).toInt(), kept.value(0).toInt());
    kept.finish();
    const QString before = tableCounts(*target);
    const Result<ImportSummary> again = CsvImport(*target, m_library).run(answers, QStringLiteral("second"));
    QVERIFY(again.ok());
    QCOMPARE(again->patientsAdded + again->coursesAdded + again->visitsAdded + again->assessmentsAdded, 0);
    QCOMPARE(again->patientsFound, m_patientsWithCourses);
    QCOMPARE(tableCounts(*target), before);
}

void TestExchange::badLastLineImportsNothing()
{
    QByteArray answers = exportAll(*m_source).answers;
    auto target = openDatabase(m_targets->location(QStringLiteral("bad.db")));
    QVERIFY(target);
    const QString before = tableCounts(*target);
    // A new patient's ODI answer of 7 (allowed 0-5) on the very last line.
    const int lines = int(answers.count('\n'));
    answers += "Z999,New,Patient,1980-01-01,female,2026-01-05,standard-8x4,1,active,,Care,Anna "
               "Keller,1,baseline,0,,2026-01-05,"
               "2026-01-05,done,,odi,2.1a,0,1,7,,\r\n";
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(answers, QStringLiteral("test"));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, ErrorKind::Invalid);
    const QString expected = QStringLiteral("line %1, column 25 (value): ").arg(lines + 1);
    QVERIFY2(imported.error().message.startsWith(expected), qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(QStringLiteral("0-5")), qPrintable(imported.error().message));
    QCOMPARE(tableCounts(*target), before);
}

void TestExchange::conflictingAnswersAreRefused()
{
    const QByteArray answers = exportAll(*m_source).answers;
    auto target = openDatabase(m_targets->location(QStringLiteral("conflict.db")));
    QVERIFY(CsvImport(*target, m_library).run(answers, QStringLiteral("first")).ok());
    const QString before = tableCounts(*target);
    // The same file with one ODI answer changed: the import never overwrites what is stored.
    QList<CsvRecord> records = *CsvReader::parse(answers);
    CsvWriter changed(records.takeFirst().fields);
    bool edited = false;
    for (CsvRecord& record : records) {
        if (!edited && record.fields[20] == QLatin1String("odi")) {
            record.fields[24] = record.fields[24] == QLatin1String("0") ? QStringLiteral("1") : QStringLiteral("0");
            edited = true;
        }
        changed.addRow(record.fields);
    }
    QVERIFY(edited);
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(changed.bytes(), QStringLiteral("x"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(QStringLiteral("already exists with other answers")),
             qPrintable(imported.error().message));
    QCOMPARE(tableCounts(*target), before);
}

void TestExchange::deidentifiedFilesHoldNoIdentity()
{
    const Exported plain = exportAll(*m_source);
    const Exported first = exportAll(*m_source, true);
    QCOMPARE(exportAll(*m_source, true).answers, first.answers); // stable pseudonyms
    const Result<QList<PatientRecord>> records = PatientRecordReader(*m_source).read();
    for (const PatientRecord& record : *records) {
        for (const QByteArray& file : {first.answers, first.scores, first.wide}) {
            QVERIFY(!file.contains(record.patient.chartNumber.toUtf8()));
            QVERIFY(!file.contains(record.patient.familyName.toUtf8()));
            QVERIFY(!file.contains(record.patient.birthDate.toString(Qt::ISODate).toUtf8()));
        }
    }
    QVERIFY(first.answers.startsWith("patient_id,age_years,sex,"));
    QVERIFY(first.scores.startsWith("patient_id,age_years,sex,"));
    QVERIFY(plain.scores.startsWith("chart_number,"));
    const Result<ImportSummary> refused = CsvImport(*m_source, m_library).check(first.answers);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("de-identified")));
}

void TestExchange::fhirBundleStructure()
{
    const Result<ExportIdentity> identity = ExportIdentity::load(*m_source);
    const Result<QList<PatientRecord>> records = PatientRecordReader(*m_source).read();
    QVERIFY(identity && records);
    const QDateTime exportedAt(kToday, QTime(16, 45, 30, 250), Qt::UTC);
    const QJsonObject bundle = FhirExport(m_library, *identity, ExportOptions()).bundle(*records, exportedAt);
    QCOMPARE(QDateTime::fromString(bundle.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs),
             exportedAt);
    QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QVERIFY(!entries.isEmpty());

    QHash<QString, QString> typeOfUrl;
    static const QRegularExpression urn(
        QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    for (const QJsonValue& value : entries) {
        const QString fullUrl = value[QStringLiteral("fullUrl")].toString();
        QVERIFY2(urn.match(fullUrl).hasMatch(), qPrintable(fullUrl));
        QVERIFY(!typeOfUrl.contains(fullUrl));
        const QJsonObject resource = value[QStringLiteral("resource")].toObject();
        QCOMPARE(QStringLiteral("urn:uuid:") + resource.value(QStringLiteral("id")).toString(), fullUrl);
        typeOfUrl.insert(fullUrl, resource.value(QStringLiteral("resourceType")).toString());
    }
    const auto resolves = [&typeOfUrl](const QJsonValue& reference, const QString& type) {
        return typeOfUrl.value(reference[QStringLiteral("reference")].toString()) == type;
    };
    // Every canonical "url|version" a response names is a Questionnaire in the bundle.
    QSet<QString> questionnaires;
    for (const QJsonValue& value : entries) {
        const QJsonObject resource = value[QStringLiteral("resource")].toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == QLatin1String("Questionnaire"))
            questionnaires.insert(resource.value(QStringLiteral("url")).toString() + QLatin1Char('|') +
                                  resource.value(QStringLiteral("version")).toString());
    }
    const QHash<QString, QString> verifiedLoinc{
        {QStringLiteral("72514-3"), QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")},
        {QStringLiteral("1988-5"), QStringLiteral("C reactive protein [Mass/volume] in Serum or Plasma")},
        {QStringLiteral("30522-7"),
         QStringLiteral("C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method")},
        {QStringLiteral("26881-3"), QStringLiteral("Interleukin 6 [Mass/volume] in Serum or Plasma")},
        {QStringLiteral("97909-6"), QStringLiteral("Oswestry disability index score ODI")},
        {QStringLiteral("97908-8"), QStringLiteral("Oswestry Disability Index")},
        {QStringLiteral("3074-2"), QStringLiteral("Tumor necrosis factor.alpha [Mass/volume] in Serum or Plasma")},
        {QStringLiteral("26848-2"), QStringLiteral("Interleukin 10 [Mass/volume] in Serum or Plasma")}};
    QSet<QString> loincUsed;
    const auto checkCodings = [&](const QJsonArray& codings) {
        for (const QJsonValue& coding : codings) {
            if (coding[QStringLiteral("system")].toString() != QLatin1String("http://loinc.org"))
                continue;
            const QString code = coding[QStringLiteral("code")].toString();
            if (!verifiedLoinc.contains(code) || coding[QStringLiteral("display")].toString() != verifiedLoinc[code])
                return false;
            loincUsed.insert(code);
        }
        return true;
    };
    QMap<QString, int> counts;
    int missedEncounters = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject resource = value[QStringLiteral("resource")].toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        ++counts[type];
        if (type == QLatin1String("Patient")) {
            QVERIFY(!resource.value(QStringLiteral("identifier")).toArray().isEmpty());
            QVERIFY(QStringList({QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                 QStringLiteral("unknown")})
                        .contains(resource.value(QStringLiteral("gender")).toString()));
        } else if (type == QLatin1String("Questionnaire")) {
            QVERIFY(!resource.value(QStringLiteral("item")).toArray().isEmpty());
            QVERIFY(checkCodings(resource.value(QStringLiteral("code")).toArray()));
        } else if (type == QLatin1String("EpisodeOfCare")) {
            QVERIFY(resolves(resource.value(QStringLiteral("patient")), QStringLiteral("Patient")));
            QVERIFY(resource.value(QStringLiteral("period"))[QStringLiteral("start")].isString());
        } else if (type == QLatin1String("Encounter")) {
            QVERIFY(resolves(resource.value(QStringLiteral("subject")), QStringLiteral("Patient")));
            QVERIFY(resolves(resource.value(QStringLiteral("episodeOfCare")).toArray().first(),
                             QStringLiteral("EpisodeOfCare")));
            QVERIFY(resource.value(QStringLiteral("class"))[QStringLiteral("code")].isString());
            QString visitStatus;
            for (const QJsonValue& extension : resource.value(QStringLiteral("extension")).toArray()) {
                if (extension[QStringLiteral("url")].toString().endsWith(QLatin1String("/visit-status")))
                    visitStatus = extension[QStringLiteral("valueCode")].toString();
            }
            if (visitStatus == QLatin1String("missed")) {
                QCOMPARE(resource.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
                ++missedEncounters;
            }
        } else if (type == QLatin1String("QuestionnaireResponse")) {
            QVERIFY(QStringList({QStringLiteral("in-progress"), QStringLiteral("completed"), QStringLiteral("amended")})
                        .contains(resource.value(QStringLiteral("status")).toString()));
            QVERIFY(resolves(resource.value(QStringLiteral("subject")), QStringLiteral("Patient")));
            QVERIFY(resolves(resource.value(QStringLiteral("encounter")), QStringLiteral("Encounter")));
            QVERIFY2(questionnaires.contains(resource.value(QStringLiteral("questionnaire")).toString()),
                     qPrintable(resource.value(QStringLiteral("questionnaire")).toString()));
            for (const QJsonValue& item : resource.value(QStringLiteral("item")).toArray()) {
                QVERIFY(!item[QStringLiteral("linkId")].toString().isEmpty());
                for (const QJsonValue& answer : item[QStringLiteral("answer")].toArray())
                    QCOMPARE(answer.toObject().size(), 1); // exactly one value[x]
            }
        } else if (type == QLatin1String("Observation")) {
            QVERIFY(QStringList({QStringLiteral("final"), QStringLiteral("amended")})
                        .contains(resource.value(QStringLiteral("status")).toString()));
            const QJsonArray codings = resource[QStringLiteral("code")][QStringLiteral("coding")].toArray();
            QVERIFY(!codings.isEmpty());
            for (const QJsonValue& coding : codings) {
                QVERIFY(!coding[QStringLiteral("system")].toString().isEmpty());
                QVERIFY(!coding[QStringLiteral("code")].toString().isEmpty());
            }
            QVERIFY2(checkCodings(codings), qPrintable(QJsonDocument(codings).toJson()));
            QVERIFY(resolves(resource.value(QStringLiteral("subject")), QStringLiteral("Patient")));
            QVERIFY(resolves(resource.value(QStringLiteral("encounter")), QStringLiteral("Encounter")));
            QVERIFY(resolves(resource.value(QStringLiteral("derivedFrom")).toArray().first(),
                             QStringLiteral("QuestionnaireResponse")));
            QVERIFY(resource.value(QStringLiteral("valueQuantity"))[QStringLiteral("value")].isDouble());
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected resource ") + type));
        }
    }
    QVERIFY(loincUsed.contains(QStringLiteral("72514-3")));
    QVERIFY(loincUsed.contains(QStringLiteral("97909-6")));
    QVERIFY(loincUsed.contains(QStringLiteral("97908-8")));
    QCOMPARE(counts.value(QStringLiteral("Patient")), 25);
    int courses = 0;
    int visits = 0;
    for (const PatientRecord& record : *records) {
        courses += int(record.courses.size());
        for (const CourseRecord& course : record.courses)
            visits += int(course.visits.size());
    }
    QCOMPARE(counts.value(QStringLiteral("EpisodeOfCare")), courses);
    QCOMPARE(counts.value(QStringLiteral("Encounter")), visits);
    QVERIFY(missedEncounters > 0);
    QCOMPARE(counts.value(QStringLiteral("Questionnaire")), int(questionnaires.size()));
    QVERIFY(counts.value(QStringLiteral("Questionnaire")) >= 4);
    QVERIFY(counts.value(QStringLiteral("QuestionnaireResponse")) > 25);
    QVERIFY(counts.value(QStringLiteral("Observation")) > counts.value(QStringLiteral("QuestionnaireResponse")));
}

void TestExchange::formulaLikeTextIsNeutralized()
{
    // The round trip above shows import takes the apostrophe off again; here: no text cell of any file starts a
    // formula, and numbers stay numbers.
    const Result<ExportIdentity> identity = ExportIdentity::load(*m_source);
    const Result<QList<PatientRecord>> records = PatientRecordReader(*m_source).read(QString(), true);
    QVERIFY(identity && records);
    const CsvExport csv(m_library, *identity, ExportOptions());
    const auto [wide, dictionary] = csv.wide(*records);
    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
    int neutralized = 0;
    for (const QByteArray& file :
         {csv.answers(*records), csv.scores(*records), wide, dictionary, csv.audit(*records)}) {
        const Result<QList<CsvRecord>> rows = CsvReader::parse(file);
        QVERIFY(rows.ok());
        for (const CsvRecord& row : *rows) {
            for (const QString& field : row.fields) {
                QVERIFY2(!formula.match(field).hasMatch(),
                         qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(field)));
                neutralized += field.startsWith(QLatin1String("'=HYPERLINK")) || field == QLatin1String("'@SUM(1+1)") ||
                                       field.startsWith(QLatin1String("'+cmd")) || field == QLatin1String("'-2+3")
                                   ? 1
                                   : 0;
            }
        }
    }
    QVERIFY(neutralized > 10);
}

void TestExchange::nonFiniteValuesAreNeverWritten()
{
    // CRP 1.7e308 mg/dL is a finite answer whose value in mg/L (x 10) overflows.
    auto db = openDatabase(m_targets->location(QStringLiteral("overflow.db")));
    QVERIFY(db);
    storeSampleCourse(*db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM assessments WHERE instrument_id = 'markers'")));
    QVERIFY(query.next());
    const int markerAssessments = query.value(0).toInt();
    QVERIFY(markerAssessments > 1);
    QVERIFY(query.exec(QStringLiteral("SELECT id, answers FROM assessments WHERE instrument_id = 'markers'")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    std::optional<AnswerSet> answers = AnswerSet::fromJsonText(query.value(1).toString());
    QVERIFY(answers);
    answers->set(QStringLiteral("crp"), ItemAnswer{1.7e308, QStringLiteral("mg/dL"), Censoring::None});
    query.finish();
    QSqlQuery update(db->connection());
    update.prepare(QStringLiteral("UPDATE assessments SET answers = ? WHERE id = ?"));
    update.addBindValue(answers->toJsonText());
    update.addBindValue(id);
    QVERIFY(update.exec());

    const Exported files = exportAll(*db);
    for (const QByteArray& file : {files.answers, files.scores, files.wide}) {
        QVERIFY(!file.contains("null"));
        QVERIFY(!file.contains("inf"));
        QVERIFY(!file.contains("nan"));
    }
    const Result<QList<CsvRecord>> scores = CsvReader::parse(files.scores);
    QVERIFY(scores.ok());
    const qsizetype measure = scores->first().fields.indexOf(QStringLiteral("measure"));
    const qsizetype value = scores->first().fields.indexOf(QStringLiteral("value"));
    // The stored value is outside CRP's plausible range, so that visit's markers are not scored and have no rows;
    // every other visit's CRP still has its row, with a number.
    int crpRows = 0;
    for (const CsvRecord& row : *scores) {
        if (row.fields[measure] == QLatin1String("crp")) {
            ++crpRows;
            QVERIFY(!row.fields[value].isEmpty());
        }
    }
    QCOMPARE(crpRows, markerAssessments - 1);

    const QByteArray json = fhir(*db, ExportOptions());
    QVERIFY(!json.contains("null"));
    QVERIFY(json.contains("\"resourceType\": \"Observation\""));
}

void TestExchange::deidentifiedExportsHoldNoFreeTextOrDates()
{
    auto db = openDatabase(m_targets->location(QStringLiteral("freetext.db")));
    QVERIFY(db);
    const StoredSample stored = storeSampleCourse(*db);
    const Patient patient = *PatientRepository(*db).findByChartNumber(QStringLiteral("C000001"));
    const QString name = patient.givenName + QLatin1Char(' ') + patient.familyName;
    // The patient's name in every free-text field.
    CourseRepository courses(*db);
    Course course = *courses.find(stored.courseId);
    course.treatmentLabel = name;
    course.notes = name;
    course.clinician = name;
    QVERIFY(courses.update(course, QStringLiteral("test")).ok());
    QList<QString> dates{isoDate(patient.birthDate), isoDate(course.startDate), isoDate(course.endDate)};
    const QList<Visit> visits = *courses.visits(stored.courseId);
    for (Visit visit : visits) {
        visit.note = name;
        if (visit.kind == VisitKind::FollowUp || visit.kind == VisitKind::Extra)
            visit.label = name;
        QVERIFY(courses.updateVisit(visit, QStringLiteral("test")).ok());
        dates << isoDate(visit.scheduledDate) << isoDate(visit.actualDate);
    }
    const QList<ClinicalEvent> events = *ClinicalEventRepository(*db).forPatient(stored.patientId);
    for (ClinicalEvent event : events) {
        event.note = name;
        QVERIFY(ClinicalEventRepository(*db).update(event, QStringLiteral("test")).ok());
        dates << isoDate(event.date);
    }
    dates.removeAll(QString());
    QVERIFY(dates.size() > 10);

    const Result<ExportIdentity> identity = ExportIdentity::load(*db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(*db).read(QString(), true);
    QVERIFY(identity && records);
    // Exported on a day that is none of the patient's.
    const QDateTime exportedAt(QDate(2027, 12, 24), QTime(9, 0), Qt::UTC);
    const auto outputs = [&](const ExportOptions& options) {
        const CsvExport csv(m_library, *identity, options);
        const auto [wide, dictionary] = csv.wide(*records);
        return QList<QByteArray>{
            csv.answers(*records), csv.scores(*records), wide, dictionary,
            QJsonDocument(FhirExport(m_library, *identity, options).bundle(*records, exportedAt)).toJson()};
    };
    ExportOptions deidentified;
    deidentified.deidentified = true;
    const QStringList names{name, patient.givenName, patient.familyName, patient.chartNumber};
    for (const QByteArray& file : outputs(deidentified)) {
        QVERIFY(!file.isEmpty());
        for (const QString& text : names)
            QVERIFY2(!file.contains(text.toUtf8()),
                     qPrintable(text + QStringLiteral(" in\n") + QString::fromUtf8(file)));
        for (const QString& date : dates)
            QVERIFY2(!file.contains(date.toUtf8()),
                     qPrintable(date + QStringLiteral(" in\n") + QString::fromUtf8(file)));
    }
    // The age stands in for the birth date in the FHIR bundle too.
    QVERIFY(outputs(deidentified).last().contains("/age\""));
    // Asked for, the free text is there (and the dates still are not).
    deidentified.includeFreeText = true;
    const QList<QByteArray> withText = outputs(deidentified);
    QVERIFY(withText[0].contains(name.toUtf8()));
    QVERIFY(withText[4].contains(name.toUtf8()));
    for (const QByteArray& file : withText) {
        for (const QString& date : dates)
            QVERIFY(!file.contains(date.toUtf8()));
    }
}

void TestExchange::deidentifiedFhirIdsAreUnlinkable()
{
    ExportOptions deidentified;
    deidentified.deidentified = true;
    const auto idsOf = [](const QByteArray& json) {
        QSet<QString> ids;
        for (const QJsonValue& entry : QJsonDocument::fromJson(json)[QStringLiteral("entry")].toArray()) {
            ids.insert(entry[QStringLiteral("fullUrl")].toString());
            ids.insert(entry[QStringLiteral("resource")][QStringLiteral("id")].toString());
        }
        return ids;
    };
    const QSet<QString> identified = idsOf(fhir(*m_source, ExportOptions()));
    const QSet<QString> first = idsOf(fhir(*m_source, deidentified));
    const QSet<QString> second = idsOf(fhir(*m_source, deidentified));
    QVERIFY(identified.size() > 100);
    QCOMPARE(first.size(), identified.size());
    QVERIFY(!identified.intersects(first));
    QVERIFY(!first.intersects(second));
    QCOMPARE(idsOf(fhir(*m_source, ExportOptions())), identified); // identified ids stay stable
}

void TestExchange::wideFileCarriesCensoringAndVisitDays()
{
    auto db = openDatabase(m_targets->location(QStringLiteral("censored.db")));
    QVERIFY(db);
    storeSampleCourse(*db);
    for (const bool deidentified : {false, true}) {
        const Exported files = exportAll(*db, deidentified);
        const Result<QList<CsvRecord>> rows = CsvReader::parse(files.wide);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const QStringList header = rows->at(0).fields;
        const QStringList values = rows->at(1).fields;
        const auto cell = [&](const QString& column) {
            return values.value(header.indexOf(column));
        };
        // The sample's baseline IL-6 is "< 0.5": 0.5 beside "below", not a measurement of 0.5.
        QCOMPARE(cell(QStringLiteral("markers_il6_b")), QStringLiteral("0.5"));
        QCOMPARE(cell(QStringLiteral("markers_il6_b_censored")), QStringLiteral("below"));
        QCOMPARE(cell(QStringLiteral("markers_crp_b_censored")), QString());
        if (deidentified) {
            QCOMPARE(cell(QStringLiteral("day_b")), QStringLiteral("0"));
            QVERIFY(!header.contains(QStringLiteral("date_b")));
        } else {
            QCOMPARE(cell(QStringLiteral("date_b")), isoDate(kSampleStart));
        }
        // The dictionary describes every column, the leading ones too.
        const Result<QList<CsvRecord>> dictionary = CsvReader::parse(files.dictionary);
        QVERIFY(dictionary.ok());
        QStringList described;
        for (const CsvRecord& row : dictionary->mid(1)) {
            described.append(row.fields.first());
            QVERIFY2(!row.fields[4].isEmpty(), qPrintable(row.fields.first()));
        }
        QCOMPARE(described, header);
    }
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
