// Import and check as a user meets them on the command line, and messages that name the file or option and the
// cause: --keep-existing, check --full finding answers on visits that did not take place, --db naming a folder, a
// read-only database (a file, or a server account that may only read), a file that cannot be written. The suite
// runs on an SQLite file and on a PostgreSQL server.
#include "AnswersFile.h"
#include "CliRunner.h"
#include "PrivateFile.h"
#include "SampleDatabase.h"
#include "TestEngines.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void keepExisting();
    void checkFullFindsAnswersOnVisitsNotHeld();
    void dbNamingAFolderNamesTheOption();
    void readOnlyDatabaseIsNamed();
    void unwritableFileNamesTheCause();

private:
    QString sampleDatabase(const QString& name);
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    InstrumentLibrary m_library = InstrumentLibrary::load(QStringLiteral("/nonexistent"));
};

void TestImportCli::initTestCase_data()
{
    addEngineRows();
}

void TestImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportCli::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
}

void TestImportCli::cleanup()
{
    m_scratch.reset();
}

QString TestImportCli::sampleDatabase(const QString& name)
{
    const QString path = m_scratch->location(name);
    auto db = openDatabase(path);
    if (!db)
        qFatal("cannot create %s", qPrintable(path));
    storeSampleCourse(*db);
    return path;
}

void TestImportCli::keepExisting()
{
    const QString path = sampleDatabase(QStringLiteral("keep.db"));
    QByteArray bytes;
    {
        auto db = openDatabase(path);
        AnswersFile file(exportedAnswers(*db, m_library));
        for (int row = 0; row < file.rows(); ++row)
            file.set(row, QStringLiteral("given_name"), QStringLiteral("Jayne"));
        bytes = file.bytes();
    }
    const QString csv = m_dir.filePath(QStringLiteral("keep.csv"));
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();

    CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--file"), csv});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("nothing was imported") &&
                 run.err.contains("(given_name): chart number C000001 has \"Jane\" in this database, the file "
                                  "\"Jayne\""),
             run.err.constData());
    run = runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--file"), csv,
                  QStringLiteral("--keep-existing")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("The database's values were kept for: C000001 (given_name)"), run.out.constData());
    auto db = openDatabase(path);
    QCOMPARE(PatientRepository(*db).findByChartNumber(QStringLiteral("C000001"))->givenName, QStringLiteral("Jane"));
}

void TestImportCli::checkFullFindsAnswersOnVisitsNotHeld()
{
    const QString path = sampleDatabase(QStringLiteral("not-held.db"));
    CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--full")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // What an import used to let in: the answers of session 2 on a visit marked missed.
    {
        auto db = openDatabase(path);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE visits SET status = 'missed', actual_date = NULL "
                                          "WHERE kind = 'session' AND session_number = 2")));
    }
    run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, "the quick check looks at the file, not the records");
    run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--full")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("answers on visits that did not take place") &&
                 run.err.contains("C000001, course starting 2026-03-02, visit 3 (missed, no date): nrs"),
             run.err.constData());
    run = runCli(
        {QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--full"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().toString().startsWith(QStringLiteral("answers on a visit that did not take place: ")));
}

void TestImportCli::dbNamingAFolderNamesTheOption()
{
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    for (const char* command : {"patients", "import", "check", "export"}) {
        const CliRun run = runCli({QString::fromLatin1(command), QStringLiteral("--db"), folder});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QByteArray("--db: " + folder.toUtf8() + " is a folder; name a database file")),
                 run.err.constData());
    }
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestImportCli::readOnlyDatabaseIsNamed()
{
    const QString location = m_scratch->location(QStringLiteral("read-only.db"));
    auto db = openDatabase(location);
    QVERIFY(db);
    if (!m_scratch->isServer()) {
        // SQLite refuses every write of a connection in query-only mode as it refuses a read-only file.
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA query_only = ON")));
        const Result<qint64> created = PatientRepository(*db).create(samplePatient());
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(QStringLiteral("the database %1 is read-only").arg(db->path())),
                 qPrintable(created.error().message));
        return;
    }
    // A clinic's reporting account: it may read every table and change none.
    const QString role = QStringLiteral("ot_reader_%1").arg(QCoreApplication::applicationPid());
    QSqlQuery admin(db->connection());
    QVERIFY(admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)));
    QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    QVERIFY(admin.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
    db.reset();
    {
        QString asReader = location;
        asReader.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(role));
        auto reader = openDatabase(asReader);
        QVERIFY(reader);
        const Result<qint64> created = PatientRepository(*reader).create(samplePatient());
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(QStringLiteral("the account may only read %1").arg(asReader)),
                 qPrintable(created.error().message));
        QCOMPARE(PatientRepository(*reader).count(true).value(), 0);
    }
    db = openDatabase(location);
    QVERIFY(db);
    QSqlQuery(db->connection()).exec(QStringLiteral("DROP OWNED BY %1").arg(role));
    QSqlQuery(db->connection()).exec(QStringLiteral("DROP ROLE %1").arg(role));
}

void TestImportCli::unwritableFileNamesTheCause()
{
    const QString folder = m_dir.filePath(QStringLiteral("out-folder"));
    QVERIFY(QDir().mkpath(folder));
    Status written = PrivateFile::write(folder, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message,
             QStringLiteral("Could not write %1: %1 is a folder; name a file in it").arg(folder));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/export.json"));
    written = PrivateFile::write(missing, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, QStringLiteral("Could not write %1: the folder %2 does not exist")
                                          .arg(missing, m_dir.filePath(QStringLiteral("no-such-folder"))));
    QVERIFY(PrivateFile::write(QDir(folder).filePath(QStringLiteral("fine.json")), "{}").ok());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
