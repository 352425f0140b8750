// The desktop program's own command line: opening a patient on a page, and the ready report the benchmark reads.
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome::test;

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownPageIsRefused();
    void opensPatientAndReportsReady();
    void unknownPatientIsNamedButTheWindowOpens();

private:
    // Starts the program and returns the "ready" line, or an empty string with what it printed to stderr.
    QByteArray startAndReadReady(const QStringList& arguments, QByteArray* errors);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestGuiStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("startup.db"));
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--patients"),
                                QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(demo.exitCode, 0);
}

QByteArray TestGuiStartup::startAndReadReady(const QStringList& arguments, QByteArray* errors)
{
    QProcess process;
    process.start(QStringLiteral(OT_BINARY_DIR "/outcome-tracker"),
                  arguments + QStringList{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("gui.ini")),
                                          QStringLiteral("--report-startup")});
    QByteArray line;
    if (process.waitForStarted(10000)) {
        // Waits for the first line or the end of the program, whichever comes first.
        (void)QTest::qWaitFor([&process]() { return process.canReadLine() || process.state() == QProcess::NotRunning; },
                              30000);
        line = process.readLine().trimmed();
    }
    process.kill();
    process.waitForFinished(5000);
    *errors = process.readAllStandardError();
    return line;
}

void TestGuiStartup::unknownPageIsRefused()
{
    QProcess process;
    process.start(QStringLiteral(OT_BINARY_DIR "/outcome-tracker"),
                  {QStringLiteral("--db"), m_db, QStringLiteral("--settings"),
                   m_dir.filePath(QStringLiteral("gui.ini")), QStringLiteral("--patient"), QStringLiteral("C000001"),
                   QStringLiteral("--page"), QStringLiteral("charts")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.contains("--page") && errors.contains("charts") && errors.contains("progress"), errors.constData());
}

void TestGuiStartup::opensPatientAndReportsReady()
{
    QByteArray errors;
    const QByteArray ready =
        startAndReadReady({QStringLiteral("--db"), m_db, QStringLiteral("--patient"), QStringLiteral("C000001"),
                           QStringLiteral("--page"), QStringLiteral("progress")},
                          &errors);
    QVERIFY2(ready.startsWith("ready "), QByteArray(ready + errors).constData());
    bool isNumber = false;
    // "ready MS" and then each start-up stage as NAME=MS.
    const QList<QByteArray> fields = ready.trimmed().split(' ');
    QVERIFY(fields.value(1).toInt(&isNumber) > 0 && isNumber);
    QVERIFY2(fields.size() > 2 && fields.last().startsWith("first_paint="), ready.constData());
    QVERIFY2(!errors.contains("--patient"), errors.constData());
}

void TestGuiStartup::unknownPatientIsNamedButTheWindowOpens()
{
    QByteArray errors;
    const QByteArray ready = startAndReadReady(
        {QStringLiteral("--db"), m_db, QStringLiteral("--patient"), QStringLiteral("X-404")}, &errors);
    QVERIFY2(ready.startsWith("ready "), QByteArray(ready + errors).constData());
    QVERIFY2(errors.contains("--patient") && errors.contains("X-404"), errors.constData());
}

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
