// Crash and concurrency safety with real processes: a writer killed at random moments loses nothing it reported as
// committed and leaves a sound file; two writers on one file both finish with every save present.
#include "Database.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();
    void twoWritersOnOneFile();

private:
    static QString writerPath() { return QStringLiteral(OT_BINARY_DIR "/tests/crash_writer"); }
    static QList<qint64> idsPrinted(const QByteArray& output);
    static QSet<qint64> storedIds(Database& db);
};

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

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QList<qint64> committed;
    QRandomGenerator random(20260615);
    constexpr int kRuns = 25;
    for (int run = 0; run < kRuns; ++run) {
        QProcess writer;
        writer.start(writerPath(), {path, QStringLiteral("CRASH"), QStringLiteral("100000")});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QTest::qWait(int(random.bounded(30, 400)));
        writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(writer.waitForFinished());
        const QByteArray output = writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                 writer.readAllStandardError().constData());
        committed += idsPrinted(output);
    }
    QVERIFY2(committed.size() > kRuns, "the writer should have committed saves before most kills");

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
    first.start(writerPath(), {path, QStringLiteral("FIRST"), QStringLiteral("150")});
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
