// Crash and concurrency safety with real processes on one file: a writer that opens the database as the desktop
// program does keeps its locks while other processes open and close the file; a writer killed at random moments
// while others read loses nothing it reported as committed and leaves a sound file; two writers both finish.
#include "Database.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace outcome;
using namespace outcome::test;

namespace {

QString writerPath()
{
    return QStringLiteral(OT_BINARY_DIR "/tests/crash_writer");
}

QString cliPath()
{
    return QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli");
}

QString sqlitePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// sqlite3 as a user runs it on a file in use: waiting up to five seconds for a lock, like every program here.
QStringList sqliteArguments(const QString& path, const QString& statement)
{
    return {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), path, statement};
}

// The file's identity, or 0 when there is none: a log removed and made again gets a new one.
quint64 inode(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? quint64(status.st_ino) : 0;
}

// Other programs reading the same file, one after another, for as long as the loop lives: the command-line tool
// and sqlite3 in turn. Every run must end well.
class ReaderLoop : public QObject
{
public:
    explicit ReaderLoop(const QString& path)
        : m_path(path)
    {
        QObject::connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || exitCode != 0)
                m_failures.append(QString::fromLocal8Bit(m_process.readAllStandardError()));
            ++m_runs;
            if (m_running)
                next();
        });
        next();
    }
    ~ReaderLoop() override
    {
        m_running = false;
        m_process.waitForFinished(30000);
    }
    int runs() const { return m_runs; }
    const QStringList& failures() const { return m_failures; }

private:
    void next()
    {
        if (m_runs % 2 == 0)
            m_process.start(cliPath(), {QStringLiteral("patients"), QStringLiteral("--db"), m_path});
        else
            m_process.start(sqlitePath(), sqliteArguments(m_path, QStringLiteral("SELECT COUNT(*) FROM assessments")));
    }

    QString m_path;
    QProcess m_process;
    bool m_running = true;
    int m_runs = 0;
    QStringList m_failures;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopWriterKeepsItsLocksWhileOthersOpenTheFile();
    void killedWriterLosesNothingCommitted();
    void twoWritersOnOneFile();

private:
    static QList<qint64> idsPrinted(const QByteArray& output);
    static QSet<qint64> storedIds(Database& db);
    static QSet<qint64> idsSeenBySqlite(const QString& path);
    static qint64 readId(QProcess& writer);
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(!sqlitePath().isEmpty(), "these tests need the sqlite3 program (Debian package sqlite3)");
}

QList<qint64> TestCrashSafety::idsPrinted(const QByteArray& output)
{
    QList<qint64> ids;
    // Only complete lines count: the kill may cut the last one short.
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        ids.append(lines[i].toLongLong());
    return ids;
}

QSet<qint64> TestCrashSafety::storedIds(Database& db)
{
    QSet<qint64> ids;
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT id FROM assessments"))) {
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

QSet<qint64> TestCrashSafety::idsSeenBySqlite(const QString& path)
{
    QProcess sqlite;
    sqlite.start(sqlitePath(), sqliteArguments(path, QStringLiteral("SELECT id FROM assessments")));
    sqlite.waitForFinished(30000);
    if (sqlite.exitCode() != 0)
        qWarning("sqlite3: %s", sqlite.readAllStandardError().constData());
    QSet<qint64> ids;
    for (const QByteArray& line : sqlite.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            ids.insert(line.trimmed().toLongLong());
    }
    return ids;
}

qint64 TestCrashSafety::readId(QProcess& writer)
{
    while (!writer.canReadLine()) {
        if (!writer.waitForReadyRead(60000))
            return 0;
    }
    return writer.readLine().trimmed().toLongLong();
}

void TestCrashSafety::desktopWriterKeepsItsLocksWhileOthersOpenTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    QVERIFY(openDatabase(path)); // a current file: the writer opens it at once and checks it in the background
    QProcess writer;
    writer.start(writerPath(), {path, QStringLiteral("DESK"), QStringLiteral("4"), QStringLiteral("--desktop"),
                                QStringLiteral("--step")});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QList<qint64> reported{readId(writer)};
    QVERIFY2(reported.first() > 0, writer.readAllStandardError().constData());
    const quint64 wal = inode(path + QStringLiteral("-wal"));
    const quint64 shm = inode(path + QStringLiteral("-shm"));
    QVERIFY(wal != 0 && shm != 0);

    for (int save = 1; save < 4; ++save) {
        // Other programs open and close the file: the tool, sqlite3, and a second writer that saves and quits.
        const QList<QStringList> others{{cliPath(), QStringLiteral("patients"), QStringLiteral("--db"), path},
                                        QStringList{sqlitePath()} +
                                            sqliteArguments(path, QStringLiteral("SELECT COUNT(*) FROM patients")),
                                        {writerPath(), path, QStringLiteral("OTHER"), QStringLiteral("1")}};
        for (const QStringList& other : others) {
            QProcess process;
            process.start(other.first(), other.mid(1));
            QVERIFY(process.waitForFinished(60000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QVERIFY2(inode(path + QStringLiteral("-wal")) == wal,
                     qPrintable(QStringLiteral("the log was removed under the writer after %1").arg(other.first())));
            QCOMPARE(inode(path + QStringLiteral("-shm")), shm);
        }
        writer.write("next\n");
        reported.append(readId(writer));
        QVERIFY2(reported.last() > 0, writer.readAllStandardError().constData());
        // Another process sees every save the writer reported, at once.
        const QSet<qint64> seen = idsSeenBySqlite(path);
        for (qint64 id : reported)
            QVERIFY2(seen.contains(id), qPrintable(QStringLiteral("sqlite3 does not see save %1").arg(id)));
    }

    writer.kill(); // SIGKILL: no destructor, no checkpoint
    QVERIFY(writer.waitForFinished());
    auto db = openDatabase(path);
    QVERIFY(db);
    const QSet<qint64> stored = storedIds(*db);
    for (qint64 id : reported)
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("reported save %1 is missing").arg(id)));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'assessments'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), stored.size());
}

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QVERIFY(openDatabase(path));
    QList<qint64> committed;
    QRandomGenerator random(20260615);
    constexpr int kRuns = 60;
    int readerRuns = 0;
    {
        ReaderLoop readers(path);
        for (int run = 0; run < kRuns; ++run) {
            QProcess writer;
            QStringList arguments{path, QStringLiteral("CRASH"), QStringLiteral("100000")};
            if (run % 2 == 0)
                arguments.append(QStringLiteral("--desktop"));
            writer.start(writerPath(), arguments);
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Half the kills fall anywhere from the start (opening, recovering the log, the first save); the other
            // half come after the writer reported a save, however slow the machine, and land among saves.
            if (run % 4 >= 2)
                QVERIFY2(writer.waitForReadyRead(60000), writer.readAllStandardError().constData());
            QTest::qWait(int(random.bounded(30, 400)));
            writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            QVERIFY(writer.waitForFinished());
            const QByteArray output = writer.readAllStandardOutput();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                     writer.readAllStandardError().constData());
            committed += idsPrinted(output);
        }
        readerRuns = readers.runs();
        QVERIFY2(readers.failures().isEmpty(), qPrintable(readers.failures().join(QLatin1Char('\n'))));
    }
    QVERIFY2(committed.size() >= kRuns / 2, "the writer should have committed saves before half the kills");
    QVERIFY2(readerRuns > kRuns / 4, "the other programs should have read the file throughout");
    qInfo("%d kills, %lld saves reported, %d reads by other processes", kRuns, static_cast<long long>(committed.size()),
          readerRuns);

    auto db = openDatabase(path); // quick check on open
    QVERIFY(db);
    Result<QString> check = db->integrityCheck(false);
    QVERIFY(check.ok());
    QCOMPARE(*check, QStringLiteral("ok"));
    const QSet<qint64> stored = storedIds(*db);
    for (qint64 id : committed)
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("committed assessment %1 is missing").arg(id)));
    // Every stored assessment has its audit row: the two were committed together.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM assessments a WHERE NOT EXISTS (SELECT 1 FROM audit_log "
                                      "l WHERE l.table_name = 'assessments' AND l.row_id = a.id)")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestCrashSafety::twoWritersOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    QVERIFY(openDatabase(path)); // created once, so neither writer races to create the schema
    QProcess first;
    QProcess second;
    first.start(writerPath(), {path, QStringLiteral("FIRST"), QStringLiteral("150"), QStringLiteral("--desktop")});
    second.start(writerPath(), {path, QStringLiteral("SECOND"), QStringLiteral("150")});
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    const QList<qint64> ids = idsPrinted(first.readAllStandardOutput()) + idsPrinted(second.readAllStandardOutput());
    QCOMPARE(ids.size(), 300);
    auto db = openDatabase(path);
    QVERIFY(db);
    const QSet<qint64> stored = storedIds(*db);
    QCOMPARE(stored.size(), 300);
    for (qint64 id : ids)
        QVERIFY(stored.contains(id));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
