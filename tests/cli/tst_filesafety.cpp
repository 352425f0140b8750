// The database file under the command-line tool, as a user meets it: empty and non-database files refused and left
// untouched, an import that creates nothing unless it succeeds, a read-only folder read but not written, restores
// and backups killed at random moments, and files of patient data readable by their owner only.
#include "CliRunner.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace outcome;
using namespace outcome::test;

namespace {

const QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QFile::Permissions othersOf(const QString& path)
{
    return QFileInfo(path).permissions() & kOthers;
}

QStringList partialsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files);
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notADatabaseIsRefusedUntouched_data();
    void notADatabaseIsRefusedUntouched();
    void importCreatesNothingUnlessItSucceeds();
    void readOnlyFolderIsReadNotWritten();
    void killedRestoreAlwaysLeavesACompleteDatabase();
    void killedBackupLeavesNothingBehind();
    void patientFilesAreTheOwnersAlone();

private:
    QString demo(const QString& name, int patients, int seed);
    static int patientCount(const QString& path);

    QTemporaryDir m_dir;
    QString m_sqlite;
};

void TestFileSafety::initTestCase()
{
    m_sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite.isEmpty(), "these tests need the sqlite3 program (Debian package sqlite3)");
}

QString TestFileSafety::demo(const QString& name, int patients, int seed)
{
    const QString path = m_dir.filePath(name);
    const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--patients"),
                               QString::number(patients), QStringLiteral("--seed"), QString::number(seed),
                               QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return path;
}

// The patients another program (sqlite3) finds in the file, or -1 when it cannot read it.
int TestFileSafety::patientCount(const QString& path)
{
    QProcess sqlite;
    sqlite.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                 {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), path,
                  QStringLiteral("SELECT COUNT(*) FROM patients")});
    if (!sqlite.waitForFinished(30000) || sqlite.exitCode() != 0)
        return -1;
    bool ok = false;
    const int count = sqlite.readAllStandardOutput().trimmed().toInt(&ok);
    return ok ? count : -1;
}

void TestFileSafety::notADatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("command");
    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString text = m_dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Patients seen today\n").repeated(10));
    }
    for (const QString& command :
         {QStringLiteral("check"), QStringLiteral("patients"), QStringLiteral("export"), QStringLiteral("backup")}) {
        QTest::addRow("empty file, %s", qPrintable(command)) << empty << command;
        QTest::addRow("text file, %s", qPrintable(command)) << text << command;
        QTest::addRow("/dev/null, %s", qPrintable(command)) << QStringLiteral("/dev/null") << command;
        QTest::addRow("/dev/zero, %s", qPrintable(command)) << QStringLiteral("/dev/zero") << command;
    }
}

void TestFileSafety::notADatabaseIsRefusedUntouched()
{
    QFETCH(QString, path);
    QFETCH(QString, command);
    const QByteArray before = QFileInfo(path).isFile() ? fileBytes(path) : QByteArray();
    QStringList arguments{command, QStringLiteral("--db"), path};
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--out")
                  << m_dir.filePath(QStringLiteral("export"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not") && run.err.contains(path.toUtf8()), run.err.constData());
    QVERIFY2(!run.err.contains("-1 patients") && !run.out.contains("sound"), run.out.constData());
    if (QFileInfo(path).isFile()) {
        QCOMPARE(fileBytes(path), before);
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QVERIFY(!QFile::exists(path + suffix));
    }
}

void TestFileSafety::importCreatesNothingUnlessItSucceeds()
{
    const QString source = demo(QStringLiteral("import-source.db"), 8, 5);
    const QString csv = m_dir.filePath(QStringLiteral("import-csv"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), csv})
                 .exitCode,
             0);
    const QString answers = QDir(csv).filePath(QStringLiteral("answers.csv"));
    const QString target = m_dir.filePath(QStringLiteral("new-clinic/clinic.db"));
    const auto nothingThere = [&]() {
        return !QFile::exists(target) && partialsIn(QFileInfo(target).absolutePath()).isEmpty();
    };

    // --check writes nothing, not even a new database.
    CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--file"), answers,
                         QStringLiteral("--check")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("nothing was written"));
    QVERIFY(nothingThere());

    // A file with a bad line: exit 2, and no empty database left behind.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(answers) +
                   "Z1,Last,Line,1980-01-01,female,2026-01-05,standard-8x4,1,active,,Care,1,baseline,0,,2026-01-05,"
                   "2026-01-05,done,,nrs,1,0,pain,11,,\r\n");
    }
    run = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--file"), bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(nothingThere());

    // A good file creates the database, whole, for its owner only.
    run = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--file"), answers});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(patientCount(target), 8);
    QCOMPARE(othersOf(target), QFile::Permissions());
    QVERIFY(partialsIn(QFileInfo(target).absolutePath()).isEmpty());
}

void TestFileSafety::readOnlyFolderIsReadNotWritten()
{
    // Root may write anywhere: the commands then run as the unprivileged user "nobody".
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root)
        QVERIFY2(!setpriv.isEmpty(), "as root this test needs setpriv (Debian package util-linux)");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/clinic.db");
    QVERIFY(QFile::copy(demo(QStringLiteral("readonly-source.db"), 6, 7), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const QFile::Permissions readOnlyFolder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readOnlyFolder));
    QVERIFY(QFile::setPermissions(folder, readOnlyFolder));
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        if (root)
            process.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                               QStringLiteral("--clear-groups"),
                                               QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli")} +
                                       arguments);
        else
            process.start(QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli"), arguments);
        process.waitForFinished(60000);
        return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    };

    CliRun run = cli({QStringLiteral("patients"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 7); // the heading and six patients
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("is sound"));
    run = cli({QStringLiteral("backup"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 1);
    run = cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--file"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("read-only") && run.err.contains(folder.toUtf8()), run.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("clinic.db")});
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestFileSafety::killedRestoreAlwaysLeavesACompleteDatabase()
{
    // Two backups of different sizes, restored in turn over one database; each restore is killed at a random moment
    // while another program keeps reading the file.
    const QString path = demo(QStringLiteral("restored.db"), 30, 11);
    const QStringList backups{demo(QStringLiteral("backup-a.db"), 12, 12), demo(QStringLiteral("backup-b.db"), 30, 11)};
    const QList<int> sizes{12, 30};
    QRandomGenerator random(20261204);
    constexpr int kKills = 30;
    int reads = 0;
    int completed = 0;
    int refused = 0;
    for (int run = 0; run < kKills; ++run) {
        QProcess restore;
        restore.start(QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli"),
                      {QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                       backups[run % 2], QStringLiteral("--yes")});
        QVERIFY(restore.waitForStarted());
        const int killAfter = int(random.bounded(20, 600));
        QElapsedTimer waited;
        waited.start();
        // At every moment some complete database is at the path, the old one or the new one.
        while (waited.elapsed() < killAfter && restore.state() == QProcess::Running) {
            const int count = patientCount(path);
            QVERIFY2(sizes.contains(count), qPrintable(QStringLiteral("another program read %1 patients").arg(count)));
            ++reads;
        }
        restore.kill();
        restore.waitForFinished();
        const bool finished = restore.exitStatus() == QProcess::NormalExit;
        const QByteArray error = restore.readAllStandardError();
        if (finished && restore.exitCode() == 0)
            ++completed;
        // The reader had the file open at the moment the restore wanted it alone: refused, nothing changed.
        if (finished && restore.exitCode() == 1 && error.contains("is in use"))
            ++refused;
        else
            QVERIFY2(!finished || restore.exitCode() == 0, error.constData());
        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(sizes.contains(patientCount(path)));
    }
    qInfo("%d restores: %d killed, %d finished, %d refused while the file was being read; %d reads by another program",
          kKills, kKills - completed - refused, completed, refused, reads);
    QVERIFY2(completed + refused < kKills, "the kills should interrupt some restores");
    // The next restore finishes and takes what the killed ones left behind with it.
    const CliRun last = runCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                                backups[0], QStringLiteral("--yes")});
    QVERIFY2(last.exitCode == 0, last.err.constData());
    QCOMPARE(patientCount(path), 12);
    QCOMPARE(partialsIn(m_dir.path()).filter(QStringLiteral("restored")), QStringList());
}

void TestFileSafety::killedBackupLeavesNothingBehind()
{
    const QString path = demo(QStringLiteral("backed-up.db"), 30, 13);
    const QString folder = m_dir.filePath(QStringLiteral("backed-up-backups"));
    QRandomGenerator random(20261205);
    bool leftSomething = false;
    for (int run = 0; run < 15; ++run) {
        QProcess backup;
        backup.start(
            QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli"),
            {QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--keep"), QStringLiteral("100")});
        QVERIFY(backup.waitForStarted());
        QTest::qWait(int(random.bounded(20, 300)));
        backup.kill();
        backup.waitForFinished();
        leftSomething = leftSomething || !partialsIn(folder).isEmpty();
    }
    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(partialsIn(folder).isEmpty(), qPrintable(partialsIn(folder).join(QLatin1Char(' '))));
    if (!leftSomething)
        qInfo("no kill fell inside a copy this time; the clean-up was not exercised");
}

void TestFileSafety::patientFilesAreTheOwnersAlone()
{
    const QString path = demo(QStringLiteral("private.db"), 5, 17);
    QCOMPARE(othersOf(path), QFile::Permissions());
    // A backup is never more readable than its database, and its folder is the owner's.
    CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString backup = QString::fromUtf8(run.out).trimmed();
    QCOMPARE(othersOf(backup), QFile::Permissions());
    QCOMPARE(othersOf(QFileInfo(backup).absolutePath()), QFile::Permissions());
    // Exports and reports too.
    const QString csv = m_dir.filePath(QStringLiteral("private-csv"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), csv})
                 .exitCode,
             0);
    QCOMPARE(othersOf(csv), QFile::Permissions());
    for (const QString& name : QDir(csv).entryList(QDir::Files))
        QCOMPARE(othersOf(QDir(csv).filePath(name)), QFile::Permissions());
    const QString fhir = m_dir.filePath(QStringLiteral("private.json"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                     QStringLiteral("fhir"), QStringLiteral("--out"), fhir})
                 .exitCode,
             0);
    QCOMPARE(othersOf(fhir), QFile::Permissions());
    const QString pdf = m_dir.filePath(QStringLiteral("private.pdf"));
    run = runCliWithoutDisplay({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--patient"),
                                QStringLiteral("C000001"), QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(othersOf(pdf), QFile::Permissions());
    // An export never replaces a database, whatever its name.
    run = runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                  QStringLiteral("fhir"), QStringLiteral("--out"), backup});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a database"), run.err.constData());
    QCOMPARE(patientCount(backup), 5);

    // A restore keeps the live file's mode; check warns while others can read it.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), backup,
                  QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(othersOf(path), QFile::ReadGroup);
    run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("other accounts on this computer can read"), run.err.constData());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
