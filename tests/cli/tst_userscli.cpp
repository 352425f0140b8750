// Accounts through the command-line tool, as scripts use it: `users`, --user with the password on standard input,
// exit code 4 for a refused sign-in or role, and nothing read or written for a refused command. On an SQLite file
// and on a PostgreSQL server: the accounts live in the database either way.
#include "CliRunner.h"
#include "Database.h"
#include "PostgresDialect.h"
#include "SealedFile.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {
const QByteArray kAdmin = "admin-pass-1";
const QByteArray kClinician = "clinic-pass-2";
const QByteArray kFrontDesk = "front-pass-3";

int countOf(const QString& path, const QString& sql)
{
    std::unique_ptr<Database> db = openDatabase(path, OpenOptions::asItIs());
    QSqlQuery query(db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestUsersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void firstAccountIsAnAdministrator();
    void everyPatientCommandNeedsSignIn_data();
    void everyPatientCommandNeedsSignIn();
    void frontDeskReadsNoScoreByAnyCommand_data();
    void frontDeskReadsNoScoreByAnyCommand();
    void wrongPasswordChangesNoData();
    void auditRowsNameTheAccount();
    void passwordFirstThenOtherSecrets();
    void managingAccounts();
    void idleLockMaximum();
    void withoutAccountsNobodySignsIn();

private:
    QStringList with(const QStringList& arguments) const;
    // A file beside the tests' databases, named for the engine, for what one engine's run writes.
    QString outFile(const QString& name) const;
    QTemporaryDir m_dir;
    // One clinic per engine: the tests build on each other (the first makes the accounts the others sign in with).
    EngineDatabases m_clinics;
    ScratchDatabase* m_scratch = nullptr;
    QString m_engine;
    QString m_db;
};

QStringList TestUsersCli::with(const QStringList& arguments) const
{
    QStringList all = arguments;
    all.insert(1, QStringLiteral("--db"));
    all.insert(2, m_db);
    return all;
}

QString TestUsersCli::outFile(const QString& name) const
{
    return m_dir.filePath(m_engine + QLatin1Char('-') + name);
}

void TestUsersCli::initTestCase_data()
{
    addEngineRows();
}

void TestUsersCli::initTestCase()
{
    QVERIFY(makeEngineDatabases(m_clinics, [](ScratchDatabase& scratch) {
        const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), scratch.location(),
                                   QStringLiteral("--patients"), QStringLiteral("12"), QStringLiteral("--seed"),
                                   QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-06-15")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }));
}

void TestUsersCli::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_engine = engine;
    m_scratch = m_clinics.at(engine).get();
    OT_REQUIRE_ENGINE(*m_scratch);
    m_db = m_scratch->location();
}

void TestUsersCli::firstAccountIsAnAdministrator()
{
    CliRun run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                                       QStringLiteral("ben"), QStringLiteral("--role"), QStringLiteral("clinician")}),
                                 kClinician + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("first account must be an administrator"), run.err.constData());
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("ana"), QStringLiteral("--role"), QStringLiteral("nurse")}),
                          kAdmin + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--role"));
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("ana"), QStringLiteral("--role"), QStringLiteral("administrator")}),
                          kAdmin + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // From now on the administrator makes the others: their own password first, the new one after it.
    for (const auto& [name, role, password] :
         {std::tuple{QStringLiteral("ben"), QStringLiteral("clinician"), kClinician},
          std::tuple{QStringLiteral("cy"), QStringLiteral("front-desk"), kFrontDesk}}) {
        const QStringList add = with({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                      QStringLiteral("--role"), role});
        run = runCliWithInput(add, password + '\n');
        QCOMPARE(run.exitCode, 4);
        run = runCliWithInput(add + QStringList{QStringLiteral("--user"), QStringLiteral("ana")},
                              kAdmin + '\n' + password + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray accounts = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("front-desk"));
    QVERIFY(!run.out.contains("argon2"));
}

void TestUsersCli::everyPatientCommandNeedsSignIn_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_dir.filePath(QStringLiteral("unsigned-out"));
    QTest::newRow("patients") << QStringList{QStringLiteral("patients")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--out"), out};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"), out + ".db"};
    QTest::newRow("outcomes") << QStringList{QStringLiteral("outcomes"), QStringLiteral("--measure"),
                                             QStringLiteral("odi/total")};
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--patient"),
                                           QStringLiteral("C000001"), QStringLiteral("--out"), out + ".pdf"};
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--list")};
}

void TestUsersCli::everyPatientCommandNeedsSignIn()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(with(arguments));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("has accounts") && run.err.contains("--user"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unsigned-out"))));
}

void TestUsersCli::frontDeskReadsNoScoreByAnyCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out");
    const QString out = m_dir.filePath(QStringLiteral("front-desk-out"));
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("csv"), QStringLiteral("--out"), out}
                                << out;
    QTest::newRow("export fhir") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                QStringLiteral("fhir"), QStringLiteral("--out"), out + ".json"}
                                 << out + ".json";
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--patient"),
                                           QStringLiteral("C000001"), QStringLiteral("--out"), out + ".pdf"}
                            << out + ".pdf";
    QTest::newRow("chart") << QStringList{QStringLiteral("chart"),
                                          QStringLiteral("--patient"),
                                          QStringLiteral("C000001"),
                                          QStringLiteral("--measure"),
                                          QStringLiteral("odi/total"),
                                          QStringLiteral("--out"),
                                          out + ".png"}
                           << out + ".png";
    QTest::newRow("outcomes") << QStringList{QStringLiteral("outcomes"), QStringLiteral("--measure"),
                                             QStringLiteral("odi/total")}
                              << QString();
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"), out + ".db"}
                            << out + ".db";
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--list")} << QString();
    QTest::newRow("users list") << QStringList{QStringLiteral("users"), QStringLiteral("list")} << QString();
}

void TestUsersCli::frontDeskReadsNoScoreByAnyCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    const CliRun run = runCliWithInput(with(arguments) + QStringList{QStringLiteral("--user"), QStringLiteral("cy")},
                                       kFrontDesk + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("\"cy\"") && run.err.contains("Front desk"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    if (!out.isEmpty())
        QVERIFY(!QFileInfo::exists(out));

    // What the front desk is for still works: the register.
    const CliRun register_ = runCliWithInput(
        with({QStringLiteral("patients"), QStringLiteral("--user"), QStringLiteral("cy")}), kFrontDesk + '\n');
    QVERIFY2(register_.exitCode == 0, register_.err.constData());
    QVERIFY(register_.out.contains("C000001"));
}

void TestUsersCli::wrongPasswordChangesNoData()
{
    const int audit = countOf(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString answers = m_dir.filePath(QStringLiteral("wrong-csv"));
    CliRun run =
        runCliWithInput(with({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), answers, QStringLiteral("--user"), QStringLiteral("ben")}),
                        "not-the-password\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Sign-in refused for \"ben\": wrong password"), run.err.constData());
    QVERIFY(!QFileInfo::exists(answers));
    QCOMPARE(countOf(m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(countOf(m_db, QStringLiteral("SELECT failed_attempts FROM accounts WHERE name = 'ben'")), 1);
    // An unknown account is refused the same way.
    run = runCliWithInput(with({QStringLiteral("patients"), QStringLiteral("--user"), QStringLiteral("zoe")}),
                          kAdmin + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("\"zoe\""));
    // The right password clears the count.
    run = runCliWithInput(with({QStringLiteral("patients"), QStringLiteral("--user"), QStringLiteral("ben")}),
                          kClinician + '\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(countOf(m_db, QStringLiteral("SELECT failed_attempts FROM accounts WHERE name = 'ben'")), 0);
}

void TestUsersCli::auditRowsNameTheAccount()
{
    // The clinic's answers exported by a clinician and imported into a second clinic file that has accounts.
    const QString folder = outFile(QStringLiteral("audit-csv"));
    CliRun run =
        runCliWithInput(with({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), folder, QStringLiteral("--user"), QStringLiteral("ben")}),
                        kClinician + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString second = m_scratch->location(QStringLiteral("second.db"));
    run = runCliWithInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), second,
                           QStringLiteral("--name"), QStringLiteral("dee"), QStringLiteral("--role"),
                           QStringLiteral("administrator")},
                          kAdmin + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), second, QStringLiteral("--file"),
                             QDir(folder).filePath(QStringLiteral("answers.csv"))};
    run = runCli(import);
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(countOf(second, QStringLiteral("SELECT count(*) FROM patients")), 0);
    run = runCliWithInput(import + QStringList{QStringLiteral("--user"), QStringLiteral("Dee")}, kAdmin + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(countOf(second, QStringLiteral("SELECT count(*) FROM patients")) > 0);
    QCOMPARE(countOf(second, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name <> 'accounts' AND "
                                            "actor <> 'dee'")),
             0);
    QVERIFY(countOf(second, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'dee'")) > 0);
}

void TestUsersCli::passwordFirstThenOtherSecrets()
{
    const QByteArray passphrase = "a long backup passphrase";
    if (m_scratch->isServer()) {
        // A server's backup is a pg_dump file, which the server's own protections cover: --encrypt is refused, after
        // the sign-in, with what to do instead.
        CliRun run = runCliWithInput(
            with({QStringLiteral("backup"), QStringLiteral("--to"), outFile(QStringLiteral("sealed.dump")),
                  QStringLiteral("--encrypt"), QStringLiteral("--user"), QStringLiteral("ben")}),
            kClinician + '\n' + passphrase + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--encrypt"), run.err.constData());
        QVERIFY(!QFileInfo::exists(outFile(QStringLiteral("sealed.dump"))));
    }
    // backup --encrypt on a file: the account's password, then the backup's passphrase; on a server a dump file.
    const QString backup =
        outFile(m_scratch->isServer() ? QStringLiteral("backup.dump") : QStringLiteral("sealed-backup.otbackup"));
    QStringList backUp = with(
        {QStringLiteral("backup"), QStringLiteral("--to"), backup, QStringLiteral("--user"), QStringLiteral("ben")});
    if (!m_scratch->isServer())
        backUp << QStringLiteral("--encrypt");
    CliRun run = runCliWithInput(backUp, kClinician + '\n' + passphrase + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(m_scratch->isServer() ? PostgresDialect::isDumpFile(backup) : SealedFile::isSealed(backup));

    // Restoring is for an administrator.
    const QStringList restore =
        with({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--yes")});
    run = runCliWithInput(restore + QStringList{QStringLiteral("--user"), QStringLiteral("ben")},
                          kClinician + '\n' + passphrase + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("administration"), run.err.constData());
    run = runCliWithInput(restore + QStringList{QStringLiteral("--user"), QStringLiteral("ana")},
                          kAdmin + '\n' + passphrase + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestUsersCli::managingAccounts()
{
    // A clinician changes their own password, and no one else's.
    CliRun run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("password"), QStringLiteral("--name"),
                                       QStringLiteral("cy"), QStringLiteral("--user"), QStringLiteral("ben")}),
                                 kClinician + "\nnew-pass-for-cy\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("\"ben\""), run.err.constData());
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("password"), QStringLiteral("--name"),
                                QStringLiteral("ben"), QStringLiteral("--user"), QStringLiteral("ben")}),
                          kClinician + "\nbens-new-pass\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCliWithInput(with({QStringLiteral("patients"), QStringLiteral("--user"), QStringLiteral("ben")}),
                          "bens-new-pass\n");
    QCOMPARE(run.exitCode, 0);

    // The administrator disables and enables; a disabled account cannot sign in.
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--name"),
                                QStringLiteral("cy"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCliWithInput(with({QStringLiteral("patients"), QStringLiteral("--user"), QStringLiteral("cy")}),
                          kFrontDesk + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("disabled"));
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("--name"),
                                QStringLiteral("cy"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + '\n');
    QCOMPARE(run.exitCode, 0);
    // The only administrator cannot disable themselves; an unknown name is bad input.
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--name"),
                                QStringLiteral("ana"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + '\n');
    QCOMPARE(run.exitCode, 2);
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--name"),
                                QStringLiteral("nobody"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--name"));
    // A PIN: digits only.
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("pin"), QStringLiteral("--name"),
                                QStringLiteral("ana"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + "\nabcd\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("PIN"));
    run = runCliWithInput(with({QStringLiteral("users"), QStringLiteral("pin"), QStringLiteral("--name"),
                                QStringLiteral("ana"), QStringLiteral("--user"), QStringLiteral("ana")}),
                          kAdmin + "\n4826\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(countOf(m_db, QStringLiteral("SELECT count(*) FROM accounts WHERE pin_hash <> ''")), 1);
}

void TestUsersCli::idleLockMaximum()
{
    const auto idleLock = [this](const QStringList& options, const QString& user, const QByteArray& password) {
        return runCliWithInput(
            with(QStringList{QStringLiteral("users"), QStringLiteral("idle-lock"), QStringLiteral("--user"), user} +
                 options),
            password + '\n');
    };
    // Nothing set: every workstation's own preference.
    CliRun run = idleLock({}, QStringLiteral("ben"), "bens-new-pass");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("No clinic-wide maximum"), run.out.constData());
    // Only an administrator sets it, within 1 to 60 minutes.
    run = idleLock({QStringLiteral("--minutes"), QStringLiteral("3")}, QStringLiteral("ben"), "bens-new-pass");
    QCOMPARE(run.exitCode, 4);
    run = idleLock({QStringLiteral("--minutes"), QStringLiteral("90")}, QStringLiteral("ana"), kAdmin);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--minutes") && run.err.contains("1-60"), run.err.constData());
    run = idleLock({QStringLiteral("--minutes"), QStringLiteral("soon")}, QStringLiteral("ana"), kAdmin);
    QCOMPARE(run.exitCode, 2);
    run = idleLock({QStringLiteral("--minutes"), QStringLiteral("3")}, QStringLiteral("ana"), kAdmin);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Every account reads it; the change is in the audit trail under the administrator.
    run = idleLock({}, QStringLiteral("cy"), kFrontDesk);
    QVERIFY2(run.out.contains("at most 3 minutes"), run.out.constData());
    QCOMPARE(countOf(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND actor = "
                                          "'ana' AND new_values LIKE '%\"idle_lock_max_minutes\":3%'")),
             1);
    run = idleLock({QStringLiteral("--clear")}, QStringLiteral("ana"), kAdmin);
    QCOMPARE(run.exitCode, 0);
    run = idleLock({}, QStringLiteral("cy"), kFrontDesk);
    QVERIFY2(run.out.contains("No clinic-wide maximum"), run.out.constData());
}

void TestUsersCli::withoutAccountsNobodySignsIn()
{
    const QString plain = m_scratch->location(QStringLiteral("plain.db"));
    CliRun run = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), plain, QStringLiteral("--patients"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    run = runCli({QStringLiteral("patients"), QStringLiteral("--db"), plain});
    QCOMPARE(run.exitCode, 0);
    run = runCliWithInput(
        {QStringLiteral("patients"), QStringLiteral("--db"), plain, QStringLiteral("--user"), QStringLiteral("ana")},
        kAdmin + '\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("has no accounts"), run.err.constData());
    run = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), plain});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("no accounts"));
}

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_userscli.moc"
