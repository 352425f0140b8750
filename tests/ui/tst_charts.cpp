// Every chart kind built from a real course offscreen: the data points, gaps, lines, bands and markers it holds
// (read from the QCustomPlot objects), that it draws something, its hover texts, and its files.
#include "ChartExport.h"
#include "ChartFrame.h"
#include "ChartToolTip.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "QCustomPlotHeader.h"
#include "SampleDatabase.h"

#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace outcome;
using namespace outcome::test;

Q_DECLARE_METATYPE(outcome::ChartMedium)

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChartOfTheCourse();
    void chartKinds_data();
    void chartKinds();
    void gapBreaksTheLine();
    void linesBandsAndWords();
    void eventsOnEveryTimeChart();
    void profileBars();
    void hoverTexts();
    void patientStyleInPlainWords();
    void closingVisitDrawnOnce_data();
    void closingVisitDrawnOnce();
    void markerNamesNeverOverlap_data();
    void markerNamesNeverOverlap();
    void summaryAgainstThePopulationAverage_data();
    void summaryAgainstThePopulationAverage();
    void numbersReadableOverLines();
    void darkPalette();
    void exports_data();
    void exports();

private:
    void build(QCustomPlot& plot, const QString& key, const ChartStyle& style);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const CourseOutcomes> m_outcomes;
};

namespace {

const QSize kSize(760, 340);

QList<QCPGraph*> graphsOf(QCustomPlot& plot)
{
    QList<QCPGraph*> graphs;
    for (int i = 0; i < plot.graphCount(); ++i)
        graphs.append(plot.graph(i));
    return graphs;
}

// Distinct days holding a value in the graphs of this name, across panels (the closing visit is in both).
int pointCount(QCustomPlot& plot, const QString& name)
{
    std::set<double> days;
    for (QCPGraph* graph : graphsOf(plot)) {
        if (graph->name() != name)
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            if (!std::isnan(it->value))
                days.insert(it->key);
        }
    }
    return int(days.size());
}

// The words of the plot's text items; a label broken onto two lines reads as one.
QStringList itemTexts(QCustomPlot& plot)
{
    QStringList texts;
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
            texts.append(text->text().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    return texts;
}

QStringList titleTexts(QCustomPlot& plot)
{
    QStringList texts;
    for (const QCPTextElement* element : plot.findChildren<QCPTextElement*>())
        texts.append(element->text());
    return texts;
}

template <typename Item> int itemCount(QCustomPlot& plot)
{
    int count = 0;
    for (int i = 0; i < plot.itemCount(); ++i)
        count += qobject_cast<Item*>(plot.item(i)) ? 1 : 0;
    return count;
}

// Not blank: a share of the picture differs from its background (an empty plot scores 0).
double inkShare(const QImage& image)
{
    const QRgb background = image.pixel(1, 1);
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixel(x, y) != background ? 1 : 0;
    }
    return double(inked) / (double(image.width() / 2) * double(image.height() / 2));
}

ChartStyle styleFor(ChartMedium medium)
{
    switch (medium) {
    case ChartMedium::Print:
        return ChartStyle::print();
    case ChartMedium::Patient:
        return ChartStyle::patient(QPalette(), QFont());
    case ChartMedium::Screen:
        break;
    }
    return ChartStyle::screen(QPalette(), QFont());
}

void addMediaRows()
{
    QTest::addColumn<ChartMedium>("medium");
    QTest::newRow("print") << ChartMedium::Print;
    QTest::newRow("screen") << ChartMedium::Screen;
    QTest::newRow("patient") << ChartMedium::Patient;
}

// Built and drawn at a size, laid out at that size as a chart view lays it out.
void buildAt(QCustomPlot& plot, const CourseOutcomes& outcomes, const QString& key, ChartStyle style, const QSize& size)
{
    style.size = size;
    QVERIFY(CourseCharts::build(plot, outcomes, key, style));
    plot.setViewport(QRect(QPoint(0, 0), size)); // a hidden widget's resize does not reach the plot's layout
    plot.replot();
}

QRectF pixelRect(const QCPItemText* text)
{
    return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
}

// The lines across a panel (baseline, threshold, population average), as their value on the y axis.
QList<std::pair<QCPAxisRect*, double>> horizontalLines(QCustomPlot& plot)
{
    QList<std::pair<QCPAxisRect*, double>> lines;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* line = qobject_cast<QCPItemStraightLine*>(plot.item(i));
        if (line && line->point1->typeY() == QCPItemPosition::ptPlotCoords &&
            line->point1->coords().y() == line->point2->coords().y())
            lines.append({line->point1->axisRect(), line->point1->coords().y()});
    }
    return lines;
}

} // namespace

void TestCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("charts.db")));
    QVERIFY(m_db);
    const StoredSample sample = storeSampleCourse(*m_db);
    Result<LoadedCourse> loaded = CourseOutcomesLoader(*m_db, bundledLibrary()).load(sample.patientId);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_outcomes = loaded->outcomes;
}

void TestCharts::build(QCustomPlot& plot, const QString& key, const ChartStyle& style)
{
    QVERIFY(CourseCharts::build(plot, *m_outcomes, key, style));
    plot.resize(CourseCharts::naturalSize(key, style));
    plot.replot();
}

void TestCharts::everyChartOfTheCourse()
{
    const QStringList keys = CourseCharts::keys(*m_outcomes);
    QCOMPARE(keys.first(), QStringLiteral("nrs/score"));
    QVERIFY(keys.contains(QStringLiteral("rand36/profile")));
    QCOMPARE(keys.indexOf(QStringLiteral("rand36/profile")) + 1, keys.indexOf(QStringLiteral("rand36/pf")));
    QVERIFY(keys.contains(QStringLiteral("markers/il6")));
    QCustomPlot plot;
    ChartFrame::reset(plot, ChartStyle::print());
    QCOMPARE(inkShare(ChartExport::image(plot, kSize, 1)), 0.0); // what "not blank" is measured against
    QVERIFY(!CourseCharts::build(plot, *m_outcomes, QStringLiteral("rmdq/total"), ChartStyle::print()));
    QVERIFY(!CourseCharts::build(plot, *m_outcomes, QStringLiteral("markers/profile"), ChartStyle::print()));
}

void TestCharts::chartKinds_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("censored");
    QTest::addColumn<int>("outOfRange");
    QTest::addColumn<double>("axisMax");
    QTest::newRow("NRS, sessions with a missed one") << QStringLiteral("nrs/score") << 7 << 0 << 0 << 10.0;
    QTest::newRow("QVAS, baseline not entered") << QStringLiteral("qvas/score") << 2 << 0 << 0 << 100.0;
    QTest::newRow("ODI, late follow-up") << QStringLiteral("odi/total") << 3 << 0 << 0 << 100.0;
    QTest::newRow("RAND-36 scale") << QStringLiteral("rand36/pf") << 2 << 0 << 0 << 100.0;
    QTest::newRow("RAND-36 summary") << QStringLiteral("rand36/pcs") << 2 << 0 << 0 << 100.0;
    QTest::newRow("marker out of range") << QStringLiteral("markers/crp") << 3 << 0 << 1 << 15.0;
    QTest::newRow("marker below detection") << QStringLiteral("markers/il6") << 1 << 2 << 0 << 6.0;
}

void TestCharts::chartKinds()
{
    QFETCH(QString, key);
    QFETCH(int, values);
    QFETCH(int, censored);
    QFETCH(int, outOfRange);
    QFETCH(double, axisMax);
    QCustomPlot plot;
    build(plot, key, ChartStyle::print());
    QCOMPARE(pointCount(plot, QStringLiteral("values")), values);
    QCOMPARE(pointCount(plot, QStringLiteral("censored")), censored);
    QCOMPARE(pointCount(plot, QStringLiteral("out of range")), outOfRange);
    QCOMPARE(plot.axisRectCount(), 2); // the course and its follow-up
    // The whole scale, with no more than a sliver beyond its ends.
    for (QCPAxisRect* rect : plot.axisRects()) {
        const QCPRange range = rect->axis(QCPAxis::atLeft)->range();
        QVERIFY(range.lower <= 0 && range.lower > -0.05 * axisMax);
        QVERIFY(range.upper >= axisMax && range.upper < 1.05 * axisMax);
    }
    // Every value carries its number.
    QVERIFY(itemTexts(plot).size() >= values + censored);
    const QImage image = ChartExport::image(plot, kSize, 1);
    QCOMPARE(image.size(), kSize);
    QVERIFY2(inkShare(image) > 0.015, qPrintable(QString::number(inkShare(image))));
}

void TestCharts::gapBreaksTheLine()
{
    // Session 6 was missed: the line has one break, and the values are never joined across it.
    QCustomPlot plot;
    build(plot, QStringLiteral("nrs/score"), ChartStyle::print());
    int breaks = 0;
    for (QCPGraph* graph : graphsOf(plot)) {
        if (graph->name() != QLatin1String("values line"))
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            breaks += std::isnan(it->value) ? 1 : 0;
    }
    QCOMPARE(breaks, 1);
    QVERIFY(itemTexts(plot).contains(QStringLiteral("S6 missed")));
}

void TestCharts::linesBandsAndWords()
{
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), ChartStyle::print());
    QStringList lineWords;
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* line = qobject_cast<QCPItemStraightLine*>(plot.item(i)))
            lineWords.append(ChartToolTip::of(line));
    }
    QCOMPARE(lineWords.count(QStringLiteral("baseline 40 %")), 2); // across both panels
    QCOMPARE(lineWords.count(u"meaningful improvement (−10 points)"_qs), 2);
    const QStringList texts = itemTexts(plot);
    QVERIFY(texts.contains(QStringLiteral("baseline 40 %")));
    QVERIFY(texts.contains(u"meaningful improvement (−10 points)"_qs));
    QCOMPARE(itemCount<QCPItemRect>(plot), 5 * 2); // five severity bands behind both panels
    QCPAxis* side = plot.axisRects().last()->axis(QCPAxis::atRight);
    QVERIFY(side->visible());
    QCOMPARE(side->ticker().dynamicCast<QCPAxisTickerText>()->ticks().size(), 5);
    QVERIFY(plot.axisRects().first()->axis(QCPAxis::atLeft)->label().contains(QStringLiteral("lower is better")));
    QVERIFY(titleTexts(plot).contains(QStringLiteral("Oswestry Disability Index")));
    QVERIFY(titleTexts(plot).contains(u"40 % → 18 % (−22 points, −55 %, meaningful improvement)"_qs));
}

void TestCharts::eventsOnEveryTimeChart()
{
    for (const QString& key : CourseCharts::keys(*m_outcomes)) {
        if (key.endsWith(QLatin1String("/profile")))
            continue;
        QCustomPlot plot;
        build(plot, key, ChartStyle::print());
        const QStringList texts = itemTexts(plot);
        QVERIFY2(texts.count(QStringLiteral("flare-up")) == 1, qPrintable(key));
        QVERIFY2(texts.count(QStringLiteral("S6 missed")) == 1, qPrintable(key));
    }
}

void TestCharts::profileBars()
{
    QCustomPlot plot;
    build(plot, QStringLiteral("rand36/profile"), ChartStyle::print());
    QList<QCPBars*> bars;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        if (auto* bar = qobject_cast<QCPBars*>(plot.plottable(i)))
            bars.append(bar);
    }
    QCOMPARE(bars.size(), 4); // baseline and latest, for the scales and for the summaries
    QCOMPARE(bars[0]->dataCount(), 8);
    QCOMPARE(bars[1]->dataCount(), 8);
    QCOMPARE(bars[2]->dataCount(), 2);
    QCOMPARE(bars[3]->dataCount(), 2);
    QVERIFY(bars[0]->name().startsWith(QStringLiteral("baseline")));
    QVERIFY(bars[1]->name().startsWith(QStringLiteral("latest: 3 months")));
    QVERIFY(itemTexts(plot).size() >= 20);
    QVERIFY(inkShare(ChartExport::image(
                plot, CourseCharts::naturalSize(QStringLiteral("rand36/profile"), ChartStyle::print()), 1)) > 0.1);
}

void TestCharts::hoverTexts()
{
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), ChartStyle::print());
    QCPGraph* dots = nullptr;
    for (QCPGraph* graph : graphsOf(plot)) {
        if (graph->name() == QLatin1String("values"))
            dots = dots ? dots : graph;
    }
    QVERIFY(dots);
    const QPointF baseline = dots->coordsToPixels(0, 40);
    const QString text = ChartToolTip::at(plot, baseline + QPointF(2, 1));
    QVERIFY2(text.startsWith(QStringLiteral("Baseline, ")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral(": 40 % (Moderate disability)")), qPrintable(text));
    QCOMPARE(ChartToolTip::at(plot, baseline + QPointF(0, -60)), QString());
    // The flare-up's line tells its note.
    const QPointF flare = dots->coordsToPixels(12, 90);
    QVERIFY(ChartToolTip::at(plot, flare).contains(QStringLiteral("Lifted a heavy box at work.")));
}

void TestCharts::patientStyleInPlainWords()
{
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), ChartStyle::patient(QPalette(), QFont()));
    const QStringList texts = itemTexts(plot);
    QVERIFY(texts.contains(QStringLiteral("at the start: 40 %")));
    QVERIFY(texts.contains(QStringLiteral("a clear improvement")));
    QVERIFY(texts.contains(QStringLiteral("missed session 6")));
    QVERIFY(titleTexts(plot).contains(QStringLiteral("Daily life with your back")));
    const auto ticks =
        plot.axisRects().first()->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
    QCOMPARE(ticks.value(0), QStringLiteral("start"));
    const auto bands = plot.axisRects().last()->axis(QCPAxis::atRight)->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(bands->ticks().values().contains(QStringLiteral("very severe")));
}

void TestCharts::closingVisitDrawnOnce_data()
{
    addMediaRows();
}

void TestCharts::closingVisitDrawnOnce()
{
    // The 1-month visit closes the course: one tick, one point, one number, though the follow-up begins there.
    QFETCH(ChartMedium, medium);
    const ChartStyle style = styleFor(medium);
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), style);
    const int end = m_outcomes->timeline().courseEndDay();
    int ticks = 0;
    QStringList names;
    for (QCPAxisRect* rect : plot.axisRects()) {
        const auto ticker = rect->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>();
        ticks += ticker->ticks().contains(end) ? 1 : 0;
        names.append(ticker->ticks().values());
    }
    QCOMPARE(ticks, 1);
    QCOMPARE(names.count(medium == ChartMedium::Patient ? QStringLiteral("1 month") : QStringLiteral("1 mo")), 1);
    int points = 0;
    for (QCPGraph* graph : graphsOf(plot)) {
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            points += graph->name() == QLatin1String("values") && it->key == end ? 1 : 0;
    }
    QCOMPARE(points, 1);
    int numbers = 0;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        numbers += text && text->color() == style.palette.series && text->position->coords().x() == end ? 1 : 0;
    }
    QCOMPARE(numbers, 1);
}

void TestCharts::markerNamesNeverOverlap_data()
{
    QTest::addColumn<ChartMedium>("medium");
    QTest::addColumn<QSize>("size");
    QTest::newRow("print") << ChartMedium::Print << ChartStyle::print().size;
    QTest::newRow("screen, natural") << ChartMedium::Screen << QSize(760, 340);
    QTest::newRow("screen, smallest") << ChartMedium::Screen << ChartStyle::screen(QPalette(), QFont()).minimumSize;
    QTest::newRow("screen, large") << ChartMedium::Screen << QSize(1880, 850);
    QTest::newRow("patient, natural") << ChartMedium::Patient << QSize(1200, 560);
    QTest::newRow("patient, smallest") << ChartMedium::Patient << ChartStyle::patient(QPalette(), QFont()).minimumSize;
}

void TestCharts::markerNamesNeverOverlap()
{
    // Session 6 and the 1-month visit both missed, eleven days apart, with nothing else between them.
    QFETCH(ChartMedium, medium);
    QFETCH(QSize, size);
    SampleCourse sample = sampleCourse();
    sample.events.clear();
    QList<qint64> dropped;
    for (Visit& visit : sample.visits) {
        if (visit.closesCourse) {
            visit.status = VisitStatus::Missed;
            visit.actualDate = {};
            dropped.append(visit.id);
        }
    }
    sample.assessments.removeIf([&](const Assessment& a) { return dropped.contains(a.visitId); });
    const CourseOutcomes outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
    QCOMPARE(outcomes.timeline().markers().size(), 2);
    for (const QString& key : {QStringLiteral("nrs/score"), QStringLiteral("odi/total")}) {
        QCustomPlot plot;
        buildAt(plot, outcomes, key, styleFor(medium), size);
        QList<QRectF> names;
        for (int i = 0; i < plot.itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot.item(i));
            if (text && text->text().contains(QStringLiteral("missed")))
                names.append(pixelRect(text));
        }
        QCOMPARE(names.size(), 2); // each missed visit named once
        QVERIFY2(!names[0].intersects(names[1]), qPrintable(key));
    }
}

void TestCharts::summaryAgainstThePopulationAverage_data()
{
    addMediaRows();
}

void TestCharts::summaryAgainstThePopulationAverage()
{
    QFETCH(ChartMedium, medium);
    for (const QString& key : {QStringLiteral("rand36/pcs"), QStringLiteral("rand36/mcs")}) {
        QCustomPlot plot;
        const ChartStyle style = styleFor(medium);
        buildAt(plot, *m_outcomes, key, style, style.size);
        // The subtitle speaks of the average of 50: its line is drawn across both panels, with its words.
        QCOMPARE(horizontalLines(plot).count({plot.axisRects().first(), 50.0}), 1);
        QCOMPARE(horizontalLines(plot).count({plot.axisRects().last(), 50.0}), 1);
        QVERIFY(itemTexts(plot).contains(medium == ChartMedium::Patient ? QStringLiteral("average for adults: 50")
                                                                        : QStringLiteral("population average 50")));
        // Every visit keeps its name: QCustomPlot leaves out one that would cross the chart's edge.
        for (QCPAxisRect* rect : plot.axisRects()) {
            QCPAxis* axis = rect->axis(QCPAxis::atBottom);
            const auto names = axis->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
            const QFontMetricsF metrics(axis->tickLabelFont());
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                const double right = axis->coordToPixel(it.key()) + metrics.horizontalAdvance(it.value()) / 2;
                QVERIFY2(right <= plot.viewport().right(), qPrintable(key + QLatin1Char(' ') + it.value()));
            }
        }
    }
}

void TestCharts::numbersReadableOverLines()
{
    // ODI 22 % at 1 month: its number above the point sits on the meaningful-improvement line at 30 %.
    SampleCourse sample = sampleCourse();
    for (Assessment& assessment : sample.assessments) {
        const auto visit = std::find_if(sample.visits.cbegin(), sample.visits.cend(),
                                        [&](const Visit& v) { return v.id == assessment.visitId; });
        if (visit->closesCourse && assessment.instrumentId == QLatin1String("odi"))
            assessment.answers = answers(bundled(QStringLiteral("odi")), QStringLiteral("2,1,1,1,1,1,1,1,1,1"));
    }
    const CourseOutcomes outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
    const ChartStyle style = ChartStyle::print();
    QCustomPlot plot;
    buildAt(plot, outcomes, QStringLiteral("odi/total"), style, style.size);
    int crossed = 0;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (!text || text->color() != style.palette.series)
            continue;
        const QRectF box = pixelRect(text);
        for (const auto& [rect, value] : horizontalLines(plot)) {
            const double y = rect->axis(QCPAxis::atLeft)->coordToPixel(value);
            if (text->clipAxisRect() != rect || y <= box.top() || y >= box.bottom())
                continue;
            ++crossed;
            QVERIFY2(text->brush().style() == Qt::SolidPattern && text->brush().color().alpha() >= 200,
                     qPrintable(text->text()));
        }
    }
    QCOMPARE(crossed, 1);

    // On the profile the norm's line passes under the summaries' numbers, which keep a veil beyond their bars.
    QCustomPlot profile;
    build(profile, QStringLiteral("rand36/profile"), style);
    QCPItemStraightLine* norm = nullptr;
    for (int i = 0; i < profile.itemCount(); ++i)
        norm = norm ? norm : qobject_cast<QCPItemStraightLine*>(profile.item(i));
    QVERIFY(norm);
    QVERIFY(norm->layer()->index() < profile.layer(ChartFrame::kLabelsLayer)->index());
    for (int i = 0; i < profile.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(profile.item(i));
        if (text && text->clipAxisRect() == norm->clipAxisRect() && text->color() == style.palette.text)
            QVERIFY2(text->brush().style() == Qt::SolidPattern, qPrintable(text->text()));
    }
}

void TestCharts::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, QColor(0xF0, 0xF0, 0xF0));
    const ChartStyle style = ChartStyle::screen(dark, QFont());
    QVERIFY(style.palette.isDark);
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), style);
    const QImage image = ChartExport::image(plot, kSize, 1);
    QVERIFY(QColor(image.pixel(2, 2)).lightnessF() < 0.3);
    QVERIFY(inkShare(image) > 0.015);
    QVERIFY(ChartStyle::print().palette.background == QColor(Qt::white)); // paper stays light
}

void TestCharts::exports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("odi.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("odi.svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("odi.pdf") << QByteArray("%PDF");
}

void TestCharts::exports()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    QCustomPlot plot;
    build(plot, QStringLiteral("odi/total"), ChartStyle::print());
    const QString path = m_dir.filePath(file);
    const Status saved = ChartExport::save(plot, path, ChartStyle::print().size);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.startsWith(magic));
    if (file.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Oswestry Disability Index"));
    }
    if (file.endsWith(QLatin1String(".pdf"))) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Oswestry Disability Index")), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("lower is better")));
    }
    QVERIFY(!ChartExport::save(plot, m_dir.filePath(QStringLiteral("odi.bmp")), kSize).ok());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
