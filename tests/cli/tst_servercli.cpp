// The command-line tool on a clinic's PostgreSQL server, against the same commands on an SQLite file: the same demo
// clinic on both engines, `migrate` from a file to the server (checked, refused into a database that holds records),
// `check`, and `backup`/`restore` through pg_dump and pg_restore.
#include "CliRunner.h"
#include "DatabaseCopy.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {

const QString kDemoDay = QStringLiteral("2026-12-04");

QStringList demoArguments(const QString& db)
{
    return {QStringLiteral("demo"),       QStringLiteral("--db"),    db,
            QStringLiteral("--patients"), QStringLiteral("40"),      QStringLiteral("--seed"),
            QStringLiteral("11"),         QStringLiteral("--today"), kDemoDay};
}

// Every file of a folder, by name.
QMap<QString, QByteArray> folderContents(const QString& path)
{
    QMap<QString, QByteArray> contents;
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files))
        contents.insert(name, fileBytes(dir.filePath(name)));
    return contents;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoIsTheSameOnBothEngines();
    void migrateMovesEverything();
    void migrateRefusals();
    void checkOnServer();
    void backupAndRestoreOnServer();
    void serverAddressErrors();
    void passwordComesFromTheEnvironment();

private:
    std::unique_ptr<ScratchDatabase> m_files;
    std::unique_ptr<ScratchDatabase> m_server;
    QTemporaryDir m_dir;
};

void TestServerCli::init()
{
    m_files = std::make_unique<ScratchDatabase>(QString::fromLatin1(sqliteEngine()));
    m_server = std::make_unique<ScratchDatabase>(QString::fromLatin1(postgresEngine()));
    OT_REQUIRE_ENGINE(*m_server);
}

void TestServerCli::cleanup()
{
    m_server.reset();
    m_files.reset();
}

void TestServerCli::demoIsTheSameOnBothEngines()
{
    const QString file = m_files->location();
    const QString server = m_server->location();
    for (const QString& db : {file, server}) {
        const CliRun made = runCli(demoArguments(db));
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    const CliRun fromFile =
        runCli({QStringLiteral("patients"), QStringLiteral("--db"), file, QStringLiteral("--json")});
    const CliRun fromServer =
        runCli({QStringLiteral("patients"), QStringLiteral("--db"), server, QStringLiteral("--json")});
    QCOMPARE(fromServer.exitCode, 0);
    QVERIFY(fromFile.out.size() > 1000);
    QCOMPARE(fromServer.out, fromFile.out);

    const CliRun searched = runCli({QStringLiteral("patients"), QStringLiteral("--db"), server,
                                    QStringLiteral("--search"), QStringLiteral("an"), QStringLiteral("--json")});
    const CliRun searchedFile = runCli({QStringLiteral("patients"), QStringLiteral("--db"), file,
                                        QStringLiteral("--search"), QStringLiteral("an"), QStringLiteral("--json")});
    QCOMPARE(searched.exitCode, 0);
    QCOMPARE(searched.out, searchedFile.out);

    QMap<QString, QByteArray> exports[2];
    for (int engine = 0; engine < 2; ++engine) {
        const QString out = m_dir.filePath(QStringLiteral("csv%1").arg(engine));
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("--db"), engine ? server : file,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        exports[engine] = folderContents(out);
    }
    QVERIFY(exports[0].size() >= 3);
    QCOMPARE(exports[1].keys(), exports[0].keys());
    for (const QString& name : exports[0].keys())
        QVERIFY2(exports[1].value(name) == exports[0].value(name), qPrintable(name));
}

void TestServerCli::migrateMovesEverything()
{
    const QString file = m_files->location();
    QCOMPARE(runCli(demoArguments(file)).exitCode, 0);
    const QString server = m_server->location();
    const CliRun moved =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY2(moved.out.contains("counts and checksums agree"), moved.out.constData());
    QVERIFY2(moved.err.contains("audit_log:"), moved.err.constData());
    // Standard error holds one line per table and nothing else (no warning from Qt or the driver).
    for (const QByteArray& line : moved.err.trimmed().split('\n'))
        QVERIFY2(line.contains(" rows, checksum ") && line.endsWith(" on both sides"), line.constData());

    std::unique_ptr<Database> source = openDatabase(file);
    std::unique_ptr<Database> target = openDatabase(server);
    QVERIFY(source && target);
    const QList<TableFigures> before = *DatabaseCopy::figures(*source);
    QCOMPARE(*DatabaseCopy::figures(*target), before);
    qint64 rows = 0;
    for (const TableFigures& table : before)
        rows += table.rows;
    QVERIFY(rows > 1000);
    // The same answers on both: what `patients` prints is the same.
    QCOMPARE(runCli({QStringLiteral("patients"), QStringLiteral("--db"), server, QStringLiteral("--json")}).out,
             runCli({QStringLiteral("patients"), QStringLiteral("--db"), file, QStringLiteral("--json")}).out);
    // Kept scores are not moved but kept again on the server: the same as the file's, row for row.
    const auto keptScores = [](Database& db) {
        QStringList kept;
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT assessment_id, assessment_version, assessment_updated_at, scored_with,"
                                      " scores FROM assessment_scores ORDER BY assessment_id"))) {
            while (query.next())
                kept << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toString()}
                            .join(QLatin1Char(' '));
        }
        return kept;
    };
    const QStringList fileScores = keptScores(*source);
    QVERIFY(fileScores.size() > 100);
    QCOMPARE(keptScores(*target), fileScores);

    // New rows on the server continue after the copied ids.
    qint64 largest = 0;
    QSqlQuery query(source->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT MAX(id) FROM patients")) && query.next());
    largest = query.value(0).toLongLong();
    query.finish();
    const Result<qint64> added = PatientRepository(*target).create(samplePatient(QStringLiteral("NEW-1")));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(*added, largest + 1);

    // Into a database that holds records: refused, and nothing there changes.
    target.reset();
    const CliRun again =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("already holds records"), again.err.constData());
    target = openDatabase(server);
    QCOMPARE(DatabaseCopy::figures(*target)->first().rows, before.first().rows + 1);
}

void TestServerCli::migrateRefusals()
{
    const QString file = m_files->location();
    QCOMPARE(runCli(demoArguments(file)).exitCode, 0);
    const CliRun noTarget = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file});
    QCOMPARE(noTarget.exitCode, 2);
    QVERIFY2(noTarget.err.contains("--to"), noTarget.err.constData());
    const CliRun noSource =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_files->location(QStringLiteral("missing.db")),
                QStringLiteral("--to"), m_server->location()});
    QCOMPARE(noSource.exitCode, 2);
    QVERIFY2(noSource.err.contains("missing.db"), noSource.err.constData());
    // A password never travels on the command line.
    QString withPassword = m_server->location();
    withPassword.replace(QStringLiteral("outcome_admin@"), QStringLiteral("outcome_admin:secret@"));
    const CliRun password =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), withPassword});
    QCOMPARE(password.exitCode, 2);
    QVERIFY2(password.err.contains("PGPASSWORD"), password.err.constData());
    QVERIFY2(!password.err.contains("secret"), password.err.constData());
}

void TestServerCli::checkOnServer()
{
    const QString server = m_server->location();
    QCOMPARE(runCli(demoArguments(server)).exitCode, 0);
    const CliRun sound = runCli(
        {QStringLiteral("check"), QStringLiteral("--db"), server, QStringLiteral("--full"), QStringLiteral("--json")});
    QVERIFY2(sound.exitCode == 0, sound.err.constData());
    QVERIFY2(sound.out.contains("\"ok\": true"), sound.out.constData());
    QVERIFY2(sound.out.contains("\"patients\": 40"), sound.out.constData());

    // A guard of the audit trail switched off is found.
    {
        std::unique_ptr<Database> db = openDatabase(server);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")));
    }
    const CliRun unguarded = runCli({QStringLiteral("check"), QStringLiteral("--db"), server});
    QCOMPARE(unguarded.exitCode, 3);
    QVERIFY2(unguarded.err.contains("audit_log_no_update"), unguarded.err.constData());
}

void TestServerCli::backupAndRestoreOnServer()
{
    const QString server = m_server->location();
    QCOMPARE(runCli(demoArguments(server)).exitCode, 0);
    const QByteArray listed =
        runCli({QStringLiteral("patients"), QStringLiteral("--db"), server, QStringLiteral("--json")}).out;

    const CliRun noTarget = runCli({QStringLiteral("backup"), QStringLiteral("--db"), server});
    QCOMPARE(noTarget.exitCode, 2);
    QVERIFY2(noTarget.err.contains("--to FILE is required"), noTarget.err.constData());
    const QString dump = m_dir.filePath(QStringLiteral("clinic.dump"));
    const CliRun backup =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), server, QStringLiteral("--to"), dump});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(fileBytes(dump).startsWith("PGDMP"));
    // Never over an existing file.
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), server, QStringLiteral("--to"), dump}).exitCode,
             2);

    // A change after the backup, then the restore takes the server back to the backup.
    {
        std::unique_ptr<Database> db = openDatabase(server);
        QVERIFY(PatientRepository(*db).create(samplePatient(QStringLiteral("AFTER-1"))).ok());
    }
    const CliRun asked =
        runCli({QStringLiteral("restore"), QStringLiteral("--db"), server, QStringLiteral("--from"), dump});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.out.contains("41 patients"), asked.out.constData());
    const CliRun notDump = runCli({QStringLiteral("restore"), QStringLiteral("--db"), server, QStringLiteral("--from"),
                                   m_files->location(), QStringLiteral("--yes")});
    QCOMPARE(notDump.exitCode, 2);
    const CliRun restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), server, QStringLiteral("--from"),
                                    dump, QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QCOMPARE(runCli({QStringLiteral("patients"), QStringLiteral("--db"), server, QStringLiteral("--json")}).out,
             listed);
    // What the server held before the restore is kept beside the backup.
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("*-replaced-*.dump")});
    QCOMPARE(kept.size(), 1);
    // The restored database still guards its audit trail.
    QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--db"), server}).exitCode, 0);
}

void TestServerCli::serverAddressErrors()
{
    // No such database on the server: a clear refusal naming it, exit 1.
    QString missing = m_server->location();
    missing.truncate(missing.lastIndexOf(QLatin1Char('/')) + 1);
    missing += QStringLiteral("no_such_clinic");
    const CliRun absent = runCli({QStringLiteral("patients"), QStringLiteral("--db"), missing});
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.err.contains("no_such_clinic"), absent.err.constData());
    // An empty database is not filled by a command that only reads.
    const CliRun empty = runCli({QStringLiteral("patients"), QStringLiteral("--db"), m_server->location()});
    QCOMPARE(empty.exitCode, 3);
    QVERIFY2(empty.err.contains("holds no data yet"), empty.err.constData());
    const CliRun unknown = runCli(
        {QStringLiteral("patients"), QStringLiteral("--db"), m_server->location() + QStringLiteral("?colour=blue")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("sslmode"), unknown.err.constData());
}

void TestServerCli::passwordComesFromTheEnvironment()
{
    const QString admin = m_server->location();
    QCOMPARE(runCli(demoArguments(admin)).exitCode, 0);
    // The tests' server asks this account (and only this one) for its password.
    QString address = admin;
    address.replace(QStringLiteral("outcome_admin@"), QStringLiteral("outcome_password@"));
    QProcessEnvironment without = QProcessEnvironment::systemEnvironment();
    without.remove(QStringLiteral("PGPASSWORD"));
    without.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
    const CliRun refused = runCli({QStringLiteral("patients"), QStringLiteral("--db"), address}, 120000, without);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("password"), refused.err.constData());

    QProcessEnvironment with = without;
    with.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("test password"));
    const CliRun listed = runCli({QStringLiteral("patients"), QStringLiteral("--db"), address}, 120000, with);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    // pg_dump hears the same password from the same place.
    const QString dump = m_dir.filePath(QStringLiteral("with-password.dump"));
    const CliRun backup =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), address, QStringLiteral("--to"), dump}, 120000, with);
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(fileBytes(dump).startsWith("PGDMP"));

    // ~/.pgpass works as well (here a file named by PGPASSFILE, private to its owner as libpq requires).
    const Result<ServerAddress> parts = PostgresDialect::parseAddress(address);
    QVERIFY(parts);
    QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(QStringLiteral("%1:%2:*:outcome_password:test password\n").arg(parts->host).arg(parts->port).toUtf8());
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QProcessEnvironment passFile = without;
    passFile.insert(QStringLiteral("PGPASSFILE"), pgpass.fileName());
    const CliRun fromFile = runCli({QStringLiteral("patients"), QStringLiteral("--db"), address}, 120000, passFile);
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    QCOMPARE(fromFile.out, listed.out);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
