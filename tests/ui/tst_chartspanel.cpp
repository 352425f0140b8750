// The clinician's progress panel on a real database: the start-vs-now summary first, a tab of charts per
// instrument built when opened, rows that open their chart, charts that follow the palette and export.
#include "ChartView.h"
#include "CourseOutcomesLoader.h"
#include "ProgressPanel.h"
#include "SampleDatabase.h"
#include "StartVsNowModel.h"
#include "StartVsNowSummary.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void summaryFirst();
    void verdictsColouredByDirection();
    void chartsBuiltWhenTheirTabOpens();
    void rowOpensItsChart();
    void patientWithoutCourse();
    void courseOfAnotherPatientRefused();
    void chartFollowsPalette();
    void chartHoverAndExport();
    void showToPatient();
    void chartsGrowWithinTheirLimits_data();
    void chartsGrowWithinTheirLimits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoredSample m_sample;
    qint64 m_otherPatient = 0;
    std::unique_ptr<ProgressPanel> m_panel;
};

void TestChartsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("panel.db")));
    QVERIFY(m_db);
    m_sample = storeSampleCourse(*m_db);
    Result<qint64> other = PatientRepository(*m_db).create(
        samplePatient(QStringLiteral("C000002"), QStringLiteral("Otherperson"), QStringLiteral("Olaf")));
    QVERIFY(other.ok());
    m_otherPatient = *other;
}

void TestChartsPanel::init()
{
    m_panel = std::make_unique<ProgressPanel>(*m_db, bundledLibrary());
    m_panel->resize(1366, 768);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const Status shown = m_panel->setCourse(m_sample.patientId);
    QVERIFY2(shown.ok(), shown.ok() ? "" : qPrintable(shown.error().message));
}

void TestChartsPanel::cleanup()
{
    m_panel.reset();
}

void TestChartsPanel::summaryFirst()
{
    QTabWidget* tabs = m_panel->tabs();
    QCOMPARE(tabs->currentWidget(), m_panel->summary());
    QCOMPARE(tabs->count(), 1 + 5); // the summary, then NRS, QVAS, ODI, RAND-36, markers
    QCOMPARE(tabs->tabText(1), QStringLiteral("NRS"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("RAND-36"));
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("startVsNowTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), int(m_panel->outcomes()->series().size()));
    const QModelIndex odi = table->model()->index(2, StartVsNowModel::MeasureColumn);
    QCOMPARE(odi.data().toString(), QStringLiteral("Oswestry Disability Index"));
    QCOMPARE(odi.siblingAtColumn(StartVsNowModel::StartColumn).data().toString(), QStringLiteral("40 %"));
    QCOMPARE(odi.siblingAtColumn(StartVsNowModel::NowColumn).data().toString(), QStringLiteral("18 %"));
    QCOMPARE(odi.siblingAtColumn(StartVsNowModel::VerdictColumn).data().toString(),
             QStringLiteral("meaningful improvement"));
    QCOMPARE(odi.siblingAtColumn(StartVsNowModel::InstrumentColumn).data().toString(), QStringLiteral("ODI"));
    // Only the first row of an instrument names it.
    const int pf = 3;
    QCOMPARE(table->model()->index(pf, StartVsNowModel::InstrumentColumn).data().toString(), QStringLiteral("RAND-36"));
    QCOMPARE(table->model()->index(pf + 1, StartVsNowModel::InstrumentColumn).data().toString(), QString());
}

void TestChartsPanel::verdictsColouredByDirection()
{
    StartVsNowModel* model = m_panel->summary()->model();
    const ChartPalette palette = ChartPalette::fromPalette(m_panel->summary()->palette());
    QColor improved, worsened;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex verdict = model->index(row, StartVsNowModel::VerdictColumn);
        const QColor colour = verdict.data(Qt::ForegroundRole).value<QColor>();
        const QString words = verdict.data().toString();
        if (words == QLatin1String("meaningful improvement"))
            improved = colour;
        if (words == QLatin1String("meaningful worsening"))
            worsened = colour;
        // "No meaningful change" and "about the same" are never coloured as a gain or a loss.
        if (words == QLatin1String("no meaningful change") || words == QLatin1String("about the same"))
            QVERIFY(colour != palette.improved && colour != palette.worsened);
    }
    QCOMPARE(improved, palette.improved);
    QVERIFY(improved != palette.unchanged);
    if (worsened.isValid())
        QCOMPARE(worsened, palette.worsened);
}

void TestChartsPanel::chartsBuiltWhenTheirTabOpens()
{
    QVERIFY(!m_panel->chart(QStringLiteral("odi/total")));
    QVERIFY(!m_panel->chart(QStringLiteral("nrs/score")));
    m_panel->tabs()->setCurrentIndex(3);
    ChartView* odi = m_panel->chart(QStringLiteral("odi/total"));
    QVERIFY(odi);
    QVERIFY(QTest::qWaitForWindowExposed(odi));
    QVERIFY(odi->hasChart());
    QVERIFY(odi->graphCount() > 0);
    QVERIFY(!m_panel->chart(QStringLiteral("nrs/score"))); // other tabs still wait
    QVERIFY(odi->accessibleName().contains(QStringLiteral("Oswestry Disability Index")));
}

void TestChartsPanel::rowOpensItsChart()
{
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("startVsNowTable"));
    table->setFocus();
    const int markerRow = int(m_panel->outcomes()->series().size()) - 1;
    table->setCurrentIndex(table->model()->index(markerRow, StartVsNowModel::MeasureColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_panel->tabs()->tabText(m_panel->tabs()->currentIndex()), QStringLiteral("Markers"));
    ChartView* chart = m_panel->chart(QStringLiteral("markers/il6"));
    QVERIFY(chart);
    QTRY_VERIFY(chart->isVisible());
    QVERIFY(m_panel->showChart(QStringLiteral("rand36/profile")));
    QVERIFY(m_panel->chart(QStringLiteral("rand36/profile"))->isVisible());
    QVERIFY(!m_panel->showChart(QStringLiteral("rmdq/total")));
}

void TestChartsPanel::patientWithoutCourse()
{
    const Status shown = m_panel->setCourse(m_otherPatient);
    QVERIFY(!shown.ok());
    QCOMPARE(m_panel->tabs()->count(), 1);
    QVERIFY(!m_panel->outcomes());
    auto* heading = m_panel->findChild<QLabel*>(QStringLiteral("startVsNowHeading"));
    QVERIFY(heading->text().contains(QStringLiteral("no course of care yet")));
    QCOMPARE(m_panel->summary()->model()->rowCount(), 0);
}

void TestChartsPanel::courseOfAnotherPatientRefused()
{
    const Status shown = m_panel->setCourse(m_otherPatient, m_sample.courseId);
    QVERIFY(!shown.ok());
    QCOMPARE(shown.error().kind, ErrorKind::Invalid);
    QVERIFY(!m_panel->outcomes());
}

void TestChartsPanel::chartFollowsPalette()
{
    QVERIFY(m_panel->showChart(QStringLiteral("odi/total")));
    ChartView* chart = m_panel->chart(QStringLiteral("odi/total"));
    QPalette dark = chart->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, Qt::white);
    chart->setPalette(dark);
    chart->replot();
    QVERIFY(QColor(chart->toPixmap().toImage().pixel(3, 3)).lightnessF() < 0.3);
    QCOMPARE(chart->axisRects().first()->axis(QCPAxis::atLeft)->tickLabelColor(), QColor(Qt::white));
}

void TestChartsPanel::chartHoverAndExport()
{
    QVERIFY(m_panel->showChart(QStringLiteral("nrs/score")));
    ChartView* chart = m_panel->chart(QStringLiteral("nrs/score"));
    QTRY_VERIFY(chart->isVisible());
    chart->replot();
    QCPGraph* dots = nullptr;
    for (int i = 0; i < chart->graphCount() && !dots; ++i)
        dots = chart->graph(i)->name() == QLatin1String("values") ? chart->graph(i) : nullptr;
    QVERIFY(dots);
    const QPoint last = dots->coordsToPixels(dots->data()->at(dots->dataCount() - 1)->key,
                                             dots->data()->at(dots->dataCount() - 1)->value)
                            .toPoint();
    QVERIFY(chart->toolTipAt(last).startsWith(QStringLiteral("Session 8, ")));
    const QString path = m_dir.filePath(QStringLiteral("nrs.pdf"));
    QVERIFY(chart->exportTo(path).ok());
    QVERIFY(fileBytes(path).startsWith("%PDF"));
    QVERIFY(!chart->actions().isEmpty());
    QCOMPARE(chart->actions().first()->shortcut(), QKeySequence(QKeySequence::Copy));
    chart->copyToClipboard();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    QCOMPARE(copied.width(), 2 * ChartStyle::print().size.width());
}

void TestChartsPanel::showToPatient()
{
    QSignalSpy requested(m_panel.get(), &ProgressPanel::patientViewRequested);
    auto* button = m_panel->findChild<QPushButton*>(QStringLiteral("showToPatientButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_sample.patientId);
    QCOMPARE(requested.first().at(1).toLongLong(), m_sample.courseId);
}

void TestChartsPanel::chartsGrowWithinTheirLimits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x600") << QSize(1024, 600);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestChartsPanel::chartsGrowWithinTheirLimits()
{
    QFETCH(QSize, size);
    m_panel->resize(size);
    QTabWidget* tabs = m_panel->tabs();
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        auto* area = qobject_cast<QScrollArea*>(tabs->widget(tab));
        QVERIFY(area);
        QTRY_VERIFY(area->widget() && area->widget()->isVisible());
        QCoreApplication::processEvents();
        const QList<ChartView*> charts = area->widget()->findChildren<ChartView*>();
        QVERIFY(!charts.isEmpty());
        for (const ChartView* chart : charts) {
            const QString name = chart->objectName();
            QVERIFY2(chart->width() >= chart->minimumSizeHint().width(), qPrintable(name));
            QVERIFY2(chart->height() >= chart->minimumSizeHint().height(), qPrintable(name));
            QVERIFY2(chart->height() >= chart->sizeHint().height(), qPrintable(name)); // scrolls, never squeezes
            QVERIFY2(chart->height() <= chart->maximumHeight(), qPrintable(name));
        }
        // A lone chart fills most of the room there is instead of leaving half the panel blank.
        if (charts.size() == 1)
            QVERIFY2(charts.first()->height() >= 0.8 * area->viewport()->height(),
                     qPrintable(QStringLiteral("%1: %2 of %3")
                                    .arg(tabs->tabText(tab))
                                    .arg(charts.first()->height())
                                    .arg(area->viewport()->height())));
    }
}

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
