// The command-line contract: demo determinism, `patients` output, and exit codes for every kind of failure, on an
// SQLite file and on a PostgreSQL server (the same --db option takes either).
#include "CliRunner.h"
#include "Clock.h"
#include "PatientSearch.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void usageErrors_data();
    void usageErrors();
    void demoIsDeterministic();
    void patientsJson();
    void patientsTableAndSearch();
    void refusedDatabases_data();
    void refusedDatabases();
    void demoRefusesPopulatedFile();
    void scoreContract_data();
    void scoreContract();
    void scoreErrors_data();
    void scoreErrors();
    void instrumentsLists();

private:
    QString dump(const QString& path);
    // What a refused database must still be afterwards: a file's bytes, a server database's tables and version.
    QByteArray fingerprint(const QString& location);
    QTemporaryDir m_dir;
    // One demo clinic per engine, made once; the tests read it (and make other databases beside it).
    EngineDatabases m_clinics;
    ScratchDatabase* m_scratch = nullptr;
    QString m_demo;
    // `patients` reckons course phases from the system calendar in its own process: the demo clinic is made for
    // the same day, so the phases are a mix whatever the date.
    const QDate m_demoDay = Clock::today();
};

void TestCli::initTestCase_data()
{
    addEngineRows();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeEngineDatabases(m_clinics, [this](ScratchDatabase& scratch) {
        const CliRun run =
            runCli({QStringLiteral("demo"), QStringLiteral("--db"), scratch.location(QStringLiteral("demo.db")),
                    QStringLiteral("--patients"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5"),
                    QStringLiteral("--today"), m_demoDay.toString(Qt::ISODate)});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }));
}

void TestCli::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_scratch = m_clinics.at(engine).get();
    OT_REQUIRE_ENGINE(*m_scratch);
    m_demo = m_scratch->location(QStringLiteral("demo.db"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("patients"), QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("patients not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--patients"), QStringLiteral("many")}
        << QStringLiteral("--patients: \"many\" is not allowed (a whole number 1-1000000)");
    QTest::newRow("bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.db"),
                                             QStringLiteral("--today"), QStringLiteral("31/12/2026")}
                              << QStringLiteral("--today: \"31/12/2026\" is not a date (YYYY-MM-DD)");
    QTest::newRow("demo without --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db is required");
    QTest::newRow("missing database") << QStringList{QStringLiteral("patients"), QStringLiteral("--db"),
                                                     QStringLiteral("/nonexistent/clinic.db")}
                                      << QStringLiteral("There is no database at /nonexistent/clinic.db");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
}

QString TestCli::dump(const QString& path)
{
    auto db = openDatabase(path);
    if (!db)
        return {};
    QStringList lines;
    for (const char* table : {"patients", "patient_search_terms", "course_templates", "courses", "visits",
                              "assessments", "audit_log", "clinical_events"}) {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        int rows = 0;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            lines << QLatin1String(table) + QLatin1Char('|') + values.join(QLatin1Char('|'));
            ++rows;
        }
        if (rows == 0 && QByteArray(table) != "clinical_events")
            lines << QStringLiteral("EMPTY %1").arg(QLatin1String(table));
    }
    return lines.join(QLatin1Char('\n'));
}

void TestCli::demoIsDeterministic()
{
    const QString again = m_scratch->location(QStringLiteral("again.db"));
    const QString other = m_scratch->location(QStringLiteral("other.db"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), again, QStringLiteral("--patients"),
                     QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"),
                     m_demoDay.toString(Qt::ISODate)})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), other, QStringLiteral("--patients"),
                     QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("6"), QStringLiteral("--today"),
                     m_demoDay.toString(Qt::ISODate)})
                 .exitCode,
             0);
    const QString first = dump(m_demo);
    QVERIFY(!first.contains(QStringLiteral("EMPTY")));
    QCOMPARE(dump(again), first);
    QVERIFY(dump(other) != first);
}

void TestCli::patientsJson()
{
    const CliRun run = runCli({QStringLiteral("patients"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray patients = document.array();
    QCOMPARE(patients.size(), 60);
    QSet<QString> phases;
    for (const QJsonValue& value : patients) {
        const QJsonObject patient = value.toObject();
        QVERIFY(patient.value(QStringLiteral("chart")).toString().startsWith(QLatin1Char('C')));
        QVERIFY(!patient.value(QStringLiteral("name")).toString().isEmpty());
        const QDate born = QDate::fromString(patient.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        QVERIFY(born.isValid());
        // Ages 20-80 on the demo's day.
        QVERIFY(born <= m_demoDay.addYears(-20) && born > m_demoDay.addYears(-81));
        phases.insert(patient.value(QStringLiteral("course_status")).toString());
    }
    // Courses over nine months: some mid-course, some in follow-up, some finished.
    QVERIFY2(phases.contains(QStringLiteral("in_sessions")) || phases.contains(QStringLiteral("follow_up")),
             qPrintable(QStringList(phases.values()).join(QLatin1Char(','))));
    QVERIFY(phases.contains(QStringLiteral("finished")));
}

void TestCli::patientsTableAndSearch()
{
    auto db = openDatabase(m_demo);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT chart_number, family_name FROM patients ORDER BY id LIMIT 1")) &&
            query.next());
    const QString chart = query.value(0).toString();
    const QString family = query.value(1).toString();
    db.reset();

    const CliRun byChart = runCli({QStringLiteral("patients"), QStringLiteral("--db"), m_demo,
                                   QStringLiteral("--search"), chart, QStringLiteral("--json")});
    QCOMPARE(byChart.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(byChart.out).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value(QStringLiteral("chart")).toString(), chart);

    const CliRun table = runCli({QStringLiteral("patients"), QStringLiteral("--db"), m_demo, QStringLiteral("--search"),
                                 family.left(3).toLower()});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Chart")));
    const QString prefix = PatientSearch::fold(family.left(3));
    for (const QString& line : lines.mid(1))
        QVERIFY2(PatientSearch::fold(line).contains(prefix), qPrintable(line));
}

void TestCli::refusedDatabases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("newer version") << QStringLiteral("newer");
    QTest::newRow("not ours") << QStringLiteral("text");
}

QByteArray TestCli::fingerprint(const QString& location)
{
    if (!m_scratch->isServer())
        return fileBytes(location);
    // Read with the driver directly: opening it as a clinic database is what is refused.
    QByteArray seen;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(PostgresDialect::kDriver), QStringLiteral("fingerprint"));
        if (!PostgresDialect::applyAddress(db, location) || !db.open())
            return {};
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                  "ORDER BY 1"));
        while (query.next())
            seen += query.value(0).toByteArray() + '\n';
        if (query.exec(QStringLiteral("SELECT version FROM outcome_schema")))
            while (query.next())
                seen += "version " + query.value(0).toByteArray() + '\n';
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
    return seen;
}

void TestCli::refusedDatabases()
{
    QFETCH(QString, kind);
    const QString location = m_scratch->location(kind + QStringLiteral(".db"));
    if (kind == QLatin1String("newer")) {
        auto db = openDatabase(location);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(m_scratch->isServer() ? QStringLiteral("UPDATE outcome_schema SET version = 999")
                                                 : QStringLiteral("PRAGMA user_version = 999")));
    } else if (m_scratch->isServer()) {
        // A database that holds another program's tables.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(PostgresDialect::kDriver), QStringLiteral("other"));
        QVERIFY(PostgresDialect::applyAddress(db, location));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (number INTEGER, total NUMERIC)")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("chart,name\nC1,Someone\n" + QByteArray(200, ' '));
    }
    const QByteArray before = fingerprint(location);
    QVERIFY(!before.isEmpty());
    const CliRun run = runCli({QStringLiteral("patients"), QStringLiteral("--db"), location});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(fingerprint(location), before);
}

void TestCli::demoRefusesPopulatedFile()
{
    const CliRun run = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--patients"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already holds 60 patients"), run.err.constData());
}

void TestCli::scoreContract_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    // 3+2+4+1+0+2+1+5 = 18 over 8 answered sections: 18 / 40 = 45 %, severe (40 < 45 <= 60).
    QTest::newRow("odi two missing")
        << QStringList{QStringLiteral("odi"), QStringLiteral("--answers"), QStringLiteral("3,2,,4,1,0,2,1,,5")}
        << QStringLiteral(
               R"({"answered":8,"band":"severe","instrument":"odi","score":45,"valid":true,"version":"2.1a"})");
    QTest::newRow("odi three missing")
        << QStringList{QStringLiteral("odi"), QStringLiteral("--answers"), QStringLiteral(",,,1,1,1,1,1,1,1")}
        << QStringLiteral(R"({"answered":7,"band":null,"instrument":"odi","reason":"3 of 10 sections unanswered; )"
                          R"(the ODI allows at most 2","score":null,"valid":false,"version":"2.1a"})");
    // (7 + 5 + 9) / 3 x 10 = 70; the "best" item is recorded but not scored.
    QTest::newRow("qvas")
        << QStringList{QStringLiteral("qvas"), QStringLiteral("--answers"), QStringLiteral("7,5,9,2")}
        << QStringLiteral(R"({"answered":3,"band":"high","instrument":"qvas","score":70,"valid":true,"version":"1"})");
}

void TestCli::scoreContract()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    arguments.prepend(QStringLiteral("score"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object(), QJsonDocument::fromJson(expected.toUtf8()).object());
}

void TestCli::scoreErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("out of range") << QStringList{QStringLiteral("odi"), QStringLiteral("--answers"),
                                                 QStringLiteral("3,2,,4,1,7,2,1,,5")}
                                  << QStringLiteral("item 6: 7 is not an allowed answer (0-5)");
    QTest::newRow("wrong count") << QStringList{QStringLiteral("odi"), QStringLiteral("--answers"),
                                                QStringLiteral("3,2,1")}
                                 << QStringLiteral("odi takes 10 answers, got 3");
    QTest::newRow("not a number") << QStringList{QStringLiteral("nrs"), QStringLiteral("--answers"),
                                                 QStringLiteral("x")}
                                  << QStringLiteral("item 1: \"x\" is not a number");
    QTest::newRow("unknown instrument") << QStringList{QStringLiteral("sf99"), QStringLiteral("--answers"),
                                                       QStringLiteral("1")}
                                        << QStringLiteral("unknown instrument \"sf99\"");
    QTest::newRow("no answers") << QStringList{QStringLiteral("odi")} << QStringLiteral("--answers is required");
}

void TestCli::scoreErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.prepend(QStringLiteral("score"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCli::instrumentsLists()
{
    const CliRun run = runCli({QStringLiteral("instruments"), QStringLiteral("--json"), QStringLiteral("--instruments"),
                               m_dir.filePath(QStringLiteral("no-such-folder"))});
    QCOMPARE(run.exitCode, 0);
    QStringList ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array())
        ids << value.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("markers"), QStringLiteral("nrs"), QStringLiteral("odi"),
                               QStringLiteral("qvas"), QStringLiteral("rand36"), QStringLiteral("rmdq")}));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
