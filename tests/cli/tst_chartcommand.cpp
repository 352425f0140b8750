// `outcome-tracker-cli chart`: one chart or a whole panel of a stored course to PNG, SVG or PDF, without a display,
// and the exit codes for every wrong argument.
#include "CliRunner.h"
#include "SampleDatabase.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestChartCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheCharts();
    void writesEachFormat_data();
    void writesEachFormat();
    void drawsPanels_data();
    void drawsPanels();
    void needsNoDisplay();
    void badArguments_data();
    void badArguments();

private:
    QStringList base() const;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestChartCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("charts.db"));
    auto db = openDatabase(m_db);
    QVERIFY(db);
    storeSampleCourse(*db);
}

QStringList TestChartCommand::base() const
{
    return {QStringLiteral("chart"), QStringLiteral("--db"), m_db, QStringLiteral("--patient"),
            QStringLiteral("C000001")};
}

void TestChartCommand::listsTheCharts()
{
    const CliRun run = runCli(base() << QStringLiteral("--list"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList keys = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(keys.first(), QStringLiteral("nrs/score"));
    QVERIFY(keys.contains(QStringLiteral("odi/total")));
    QVERIFY(keys.contains(QStringLiteral("rand36/profile")));
    QVERIFY(keys.contains(QStringLiteral("markers/il6")));
}

void TestChartCommand::writesEachFormat_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("odi/total") << QStringLiteral("odi.png") << QStringList{}
                         << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("nrs/score") << QStringLiteral("nrs.svg") << QStringList{}
                         << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("rand36/profile") << QStringLiteral("profile.pdf") << QStringList{}
                         << QByteArray("%PDF");
    QTest::newRow("dark screen png") << QStringLiteral("markers/crp") << QStringLiteral("crp.png")
                                     << QStringList{QStringLiteral("--medium"), QStringLiteral("screen"),
                                                    QStringLiteral("--theme"), QStringLiteral("dark")}
                                     << QByteArray("\x89PNG");
    QTest::newRow("patient style, sized") << QStringLiteral("odi/total") << QStringLiteral("large.png")
                                          << QStringList{QStringLiteral("--medium"), QStringLiteral("patient"),
                                                         QStringLiteral("--size"), QStringLiteral("1200x600")}
                                          << QByteArray("\x89PNG");
}

void TestChartCommand::writesEachFormat()
{
    QFETCH(QString, measure);
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    const QString out = m_dir.filePath(file);
    const CliRun run =
        runCli(base() << QStringLiteral("--measure") << measure << QStringLiteral("--out") << out << extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray bytes = fileBytes(out);
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.startsWith(magic));
}

void TestChartCommand::drawsPanels_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("summary") << QStringLiteral("summary") << QStringList{};
    QTest::newRow("progress on a chart") << QStringLiteral("progress")
                                         << QStringList{QStringLiteral("--measure"), QStringLiteral("odi/total")};
    QTest::newRow("patient view, dark") << QStringLiteral("patient")
                                        << QStringList{QStringLiteral("--page"), QStringLiteral("2"),
                                                       QStringLiteral("--theme"), QStringLiteral("dark")};
}

void TestChartCommand::drawsPanels()
{
    QFETCH(QString, view);
    QFETCH(QStringList, extra);
    const QString out = m_dir.filePath(view + QStringLiteral(".png"));
    const CliRun run = runCli(base() << QStringLiteral("--view") << view << QStringLiteral("--out") << out
                                     << QStringLiteral("--size") << QStringLiteral("1366x768") << extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1366, 768));
}

void TestChartCommand::needsNoDisplay()
{
    const QString out = m_dir.filePath(QStringLiteral("headless.pdf"));
    const CliRun run = runCliWithoutDisplay(base() << QStringLiteral("--measure") << QStringLiteral("odi/total")
                                                   << QStringLiteral("--out") << out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(fileBytes(out).startsWith("%PDF"));
}

void TestChartCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QString out = QStringLiteral("--out");
    const QString measure = QStringLiteral("--measure");
    QTest::newRow("no patient") << QStringList{QStringLiteral("chart"), QStringLiteral("--list")} << 2
                                << QStringLiteral("--patient is required");
    QTest::newRow("unknown patient") << QStringList{QStringLiteral("chart"), QStringLiteral("--patient"),
                                                    QStringLiteral("C999999"), QStringLiteral("--list")}
                                     << 2 << QStringLiteral("C999999");
    QTest::newRow("no such chart") << QStringList{measure, QStringLiteral("rmdq/total"), out, QStringLiteral("x.png")}
                                   << 2 << QStringLiteral("no chart \"rmdq/total\" (it has: nrs/score");
    QTest::newRow("unknown format") << QStringList{measure, QStringLiteral("odi/total"), out, QStringLiteral("x.bmp")}
                                    << 2 << QStringLiteral("--out must end in .png, .svg or .pdf");
    QTest::newRow("no output") << QStringList{measure, QStringLiteral("odi/total")} << 2
                               << QStringLiteral("--out is required");
    QTest::newRow("unknown medium") << QStringList{measure,
                                                   QStringLiteral("odi/total"),
                                                   out,
                                                   QStringLiteral("x.png"),
                                                   QStringLiteral("--medium"),
                                                   QStringLiteral("paper")}
                                    << 2 << QStringLiteral("--medium must be screen, print or patient");
    QTest::newRow("tiny size") << QStringList{measure,
                                              QStringLiteral("odi/total"),
                                              out,
                                              QStringLiteral("x.png"),
                                              QStringLiteral("--size"),
                                              QStringLiteral("10x10")}
                               << 2 << QStringLiteral("--size must be WIDTHxHEIGHT");
    QTest::newRow("unknown theme") << QStringList{measure,
                                                  QStringLiteral("odi/total"),
                                                  out,
                                                  QStringLiteral("x.png"),
                                                  QStringLiteral("--theme"),
                                                  QStringLiteral("sepia")}
                                   << 2 << QStringLiteral("--theme must be light or dark");
    QTest::newRow("panel as pdf") << QStringList{QStringLiteral("--view"), QStringLiteral("summary"), out,
                                                 QStringLiteral("x.pdf")}
                                  << 2 << QStringLiteral("--view draws a PNG");
    QTest::newRow("no such page") << QStringList{QStringLiteral("--view"),
                                                 QStringLiteral("patient"),
                                                 QStringLiteral("--page"),
                                                 QStringLiteral("40"),
                                                 out,
                                                 QStringLiteral("x.png")}
                                  << 2 << QStringLiteral("--page");
    QTest::newRow("unknown panel") << QStringList{QStringLiteral("--view"), QStringLiteral("everything"), out,
                                                  QStringLiteral("x.png")}
                                   << 2 << QStringLiteral("--view must be summary, progress or patient");
}

void TestChartCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    const QStringList full = arguments.first() == QLatin1String("chart")
                                 ? QStringList(arguments) << QStringLiteral("--db") << m_db
                                 : base() << arguments;
    const CliRun run = runCli(full);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
}

QTEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
