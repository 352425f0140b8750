// CSV export and import on real databases (round trip, all or nothing, no duplicates, de-identification) and the
// structure of the FHIR R4 bundle.
#include "CourseRepository.h"
#include "CsvExport.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "DemoClinic.h"
#include "FhirExport.h"
#include "FixedClock.h"
#include "PatientRecordReader.h"
#include "PatientRepository.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

// The demo clinic's day, and the day its records are exported on.
const QDate kToday(2026, 6, 15);

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripGivesIdenticalFiles();
    void importRestoresWhatTheTemplateDefines();
    void importingTwiceAddsNothing();
    void badLastLineImportsNothing();
    void conflictingAnswersAreRefused();
    void deidentifiedFilesHoldNoIdentity();
    void fhirBundleStructure();

private:
    struct Exported
    {
        QByteArray answers;
        QByteArray scores;
        QByteArray wide;
        QByteArray dictionary;
    };
    Exported exportAll(Database& db, bool deidentified = false);
    static QString tableCounts(Database& db);

    const FixedClock m_clock{kToday};
    int m_patientsWithAnswers = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source;
    InstrumentLibrary m_library = InstrumentLibrary::load(QStringLiteral("/nonexistent"));
};

void TestExchange::initTestCase()
{
    m_source = openDatabase(m_dir.filePath(QStringLiteral("source.db")));
    QVERIFY(m_source);
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
    // The item-level file carries patients with answers; one without any has nothing to carry.
    const Result<QList<PatientRecord>> records = PatientRecordReader(*m_source).read();
    QVERIFY(records.ok());
    for (const PatientRecord& record : *records) {
        const bool answered = std::any_of(record.courses.cbegin(), record.courses.cend(),
                                          [](const CourseRecord& course) { return !course.assessments.isEmpty(); });
        m_patientsWithAnswers += answered ? 1 : 0;
    }
    QVERIFY(m_patientsWithAnswers > 20);
}

TestExchange::Exported TestExchange::exportAll(Database& db, bool deidentified)
{
    const Result<ExportIdentity> identity = ExportIdentity::load(db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(db).read();
    if (!identity || !records)
        qFatal("export failed");
    const CsvExport csv(m_library, *identity, deidentified);
    const auto [wide, dictionary] = csv.wide(*records);
    return {csv.answers(*records), csv.scores(*records), wide, dictionary};
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
    auto target = openDatabase(m_dir.filePath(QStringLiteral("roundtrip.db")));
    QVERIFY(target);
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(first.answers, QStringLiteral("test"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->patientsAdded, m_patientsWithAnswers);
    const Exported second = exportAll(*target);
    QCOMPARE(second.answers, first.answers);
    QCOMPARE(second.scores, first.scores);
    QCOMPARE(second.wide, first.wide);
    QCOMPARE(second.dictionary, first.dictionary);
    // Import, export, import again into another empty file: still the same.
    auto third = openDatabase(m_dir.filePath(QStringLiteral("third.db")));
    QVERIFY(CsvImport(*third, m_library).run(second.answers, QStringLiteral("test")).ok());
    QCOMPARE(exportAll(*third).answers, first.answers);
}

void TestExchange::importRestoresWhatTheTemplateDefines()
{
    // The file carries a visit's position and name, not what the template says of it: which visit closes the
    // course and what is planned there come back from the template.
    auto target = openDatabase(m_dir.filePath(QStringLiteral("template.db")));
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
    auto target = openDatabase(m_dir.filePath(QStringLiteral("twice.db")));
    QVERIFY(CsvImport(*target, m_library).run(answers, QStringLiteral("first")).ok());
    const QString before = tableCounts(*target);
    const Result<ImportSummary> again = CsvImport(*target, m_library).run(answers, QStringLiteral("second"));
    QVERIFY(again.ok());
    QCOMPARE(again->patientsAdded + again->coursesAdded + again->visitsAdded + again->assessmentsAdded, 0);
    QCOMPARE(again->patientsFound, m_patientsWithAnswers);
    QCOMPARE(tableCounts(*target), before);
}

void TestExchange::badLastLineImportsNothing()
{
    QByteArray answers = exportAll(*m_source).answers;
    auto target = openDatabase(m_dir.filePath(QStringLiteral("bad.db")));
    QVERIFY(target);
    const QString before = tableCounts(*target);
    // A new patient's ODI answer of 7 (allowed 0-5) on the very last line.
    const int lines = int(answers.count('\n'));
    answers += "Z999,New,Patient,1980-01-01,female,2026-01-05,standard-8x4,1,active,,Care,1,baseline,0,,2026-01-05,"
               "2026-01-05,done,,odi,2.1a,0,1,7,,\r\n";
    const Result<ImportSummary> imported = CsvImport(*target, m_library).run(answers, QStringLiteral("test"));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, ErrorKind::Invalid);
    const QString expected = QStringLiteral("line %1, column 24 (value): ").arg(lines + 1);
    QVERIFY2(imported.error().message.startsWith(expected), qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(QStringLiteral("0-5")), qPrintable(imported.error().message));
    QCOMPARE(tableCounts(*target), before);
}

void TestExchange::conflictingAnswersAreRefused()
{
    const QByteArray answers = exportAll(*m_source).answers;
    auto target = openDatabase(m_dir.filePath(QStringLiteral("conflict.db")));
    QVERIFY(CsvImport(*target, m_library).run(answers, QStringLiteral("first")).ok());
    const QString before = tableCounts(*target);
    // The same file with one ODI answer changed: the import never overwrites what is stored.
    QList<CsvRecord> records = *CsvReader::parse(answers);
    CsvWriter changed(records.takeFirst().fields);
    bool edited = false;
    for (CsvRecord& record : records) {
        if (!edited && record.fields[19] == QLatin1String("odi")) {
            record.fields[23] = record.fields[23] == QLatin1String("0") ? QStringLiteral("1") : QStringLiteral("0");
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
    const QJsonObject bundle = FhirExport(m_library, *identity, false).bundle(*records, exportedAt);
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
    const QSet<QString> verifiedLoinc{QStringLiteral("72514-3"), QStringLiteral("1988-5"), QStringLiteral("30522-7"),
                                      QStringLiteral("26881-3")};
    QMap<QString, int> counts;
    bool nrsHasLoinc = false;
    for (const QJsonValue& value : entries) {
        const QJsonObject resource = value[QStringLiteral("resource")].toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        ++counts[type];
        if (type == QLatin1String("Patient")) {
            QVERIFY(!resource.value(QStringLiteral("identifier")).toArray().isEmpty());
            QVERIFY(QStringList({QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                 QStringLiteral("unknown")})
                        .contains(resource.value(QStringLiteral("gender")).toString()));
        } else if (type == QLatin1String("QuestionnaireResponse")) {
            QVERIFY(QStringList({QStringLiteral("in-progress"), QStringLiteral("completed"), QStringLiteral("amended")})
                        .contains(resource.value(QStringLiteral("status")).toString()));
            QVERIFY(resolves(resource.value(QStringLiteral("subject")), QStringLiteral("Patient")));
            QVERIFY(resource.value(QStringLiteral("questionnaire")).toString().startsWith(QStringLiteral("https://")));
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
                if (coding[QStringLiteral("system")].toString() == QLatin1String("http://loinc.org")) {
                    QVERIFY2(verifiedLoinc.contains(coding[QStringLiteral("code")].toString()),
                             qPrintable(coding[QStringLiteral("code")].toString()));
                    nrsHasLoinc |= coding[QStringLiteral("code")].toString() == QLatin1String("72514-3");
                }
            }
            QVERIFY(resolves(resource.value(QStringLiteral("subject")), QStringLiteral("Patient")));
            QVERIFY(resolves(resource.value(QStringLiteral("derivedFrom")).toArray().first(),
                             QStringLiteral("QuestionnaireResponse")));
            QVERIFY(resource.value(QStringLiteral("valueQuantity"))[QStringLiteral("value")].isDouble());
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected resource ") + type));
        }
    }
    QVERIFY(nrsHasLoinc);
    QCOMPARE(counts.value(QStringLiteral("Patient")), 25);
    QVERIFY(counts.value(QStringLiteral("QuestionnaireResponse")) > 25);
    QVERIFY(counts.value(QStringLiteral("Observation")) > counts.value(QStringLiteral("QuestionnaireResponse")));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
