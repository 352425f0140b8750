// A clinic exported to CSV and imported into an empty database gives the same referral reports, word for word:
// visits without answers (missed, still to come), the visit that closes the course and the clinical events all come
// across. Run as a clinic would, through the command-line program on real files.
#include "CliRunner.h"
#include "PdfText.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome::test;

class TestReportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsReadTheSame_data();
    void reportsReadTheSame();

private:
    void run(const QStringList& arguments);
    QTemporaryDir m_dir;
    QString m_source;
    QString m_copy;
};

void TestReportRoundTrip::run(const QStringList& arguments)
{
    const CliRun result = runCli(arguments, 600000);
    QVERIFY2(result.exitCode == 0,
             qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(result.err)));
}

void TestReportRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("clinic.db"));
    m_copy = m_dir.filePath(QStringLiteral("copy.db"));
    const QString folder = m_dir.filePath(QStringLiteral("export"));
    run({QStringLiteral("demo"), QStringLiteral("--db"), m_source, QStringLiteral("--patients"), QStringLiteral("40"),
         QStringLiteral("--seed"), QStringLiteral("5")});
    if (QTest::currentTestFailed())
        return;
    run({QStringLiteral("export"), QStringLiteral("--db"), m_source, QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), folder});
    if (QTest::currentTestFailed())
        return;
    run({QStringLiteral("import"), QStringLiteral("--db"), m_copy, QStringLiteral("--file"),
         QDir(folder).filePath(QStringLiteral("answers.csv")), QStringLiteral("--events"),
         QDir(folder).filePath(QStringLiteral("events.csv"))});
}

void TestReportRoundTrip::reportsReadTheSame_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("gp") << QStringLiteral("gp");
    QTest::newRow("specialist") << QStringLiteral("specialist");
}

void TestReportRoundTrip::reportsReadTheSame()
{
    QFETCH(QString, preset);
    QStringList folders;
    for (const QString& db : {m_source, m_copy}) {
        folders.append(m_dir.filePath(QFileInfo(db).baseName() + QLatin1Char('-') + preset));
        run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--days"),
             QStringLiteral("36500"), QStringLiteral("--preset"), preset, QStringLiteral("--out-dir"), folders.last()});
        if (QTest::currentTestFailed())
            return;
    }
    const QStringList original = QDir(folders[0]).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    const QStringList copied = QDir(folders[1]).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(original.size(), 40);
    QCOMPARE(copied, original);
    // What makes a course hard to copy is in these reports: missed and overdue visits, and (for the GP) events.
    int withMissed = 0;
    int withEvents = 0;
    for (const QString& name : original) {
        const QString before = pdfText(QDir(folders[0]).filePath(name));
        const QString after = pdfText(QDir(folders[1]).filePath(name));
        QVERIFY(!before.isEmpty());
        QVERIFY2(after == before, qPrintable(name));
        withMissed += before.contains(QLatin1String("missed")) ? 1 : 0;
        withEvents += before.contains(QLatin1String("Events during the course")) ? 1 : 0;
    }
    QVERIFY(withMissed > 0);
    if (preset == QLatin1String("gp"))
        QVERIFY(withEvents > 0);
}

QTEST_GUILESS_MAIN(TestReportRoundTrip)
#include "tst_reportroundtrip.moc"
