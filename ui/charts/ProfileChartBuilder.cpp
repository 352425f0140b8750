// Building the profile chart: horizontal bars (long scale names read on the left), the summaries below against
// the norm, a legend naming the two visits.
#include "ProfileChartBuilder.h"

#include "ChartFrame.h"
#include "ChartToolTip.h"
#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ProfileChartBuilder)
};

const QString kScalesGroup = QStringLiteral("scales");
constexpr double kBarWidth = 0.36;
constexpr double kBarOffset = 0.19;
// Bars longer than this share of the axis carry their number inside.
constexpr double kInsideFrom = 0.9;
// How much of the background a number's veil lets through, of 255: lines under it fade to a trace.
constexpr int kVeilAlpha = 225;
// Scale names longer than this break onto two lines beside their bars.
constexpr qsizetype kNameWrap = 26;

// A panel of categories down the left, values 0–100 along the bottom; the first category on top.
QCPAxisRect* addPanel(QCustomPlot& plot, int row, const QList<const MeasureSeries*>& measures, const ChartStyle& style)
{
    auto* rect = new QCPAxisRect(&plot);
    rect->setLayer(QStringLiteral("background"));
    plot.plotLayout()->addElement(row, 0, rect);
    QCPAxis* categories = rect->axis(QCPAxis::atLeft);
    QCPAxis* values = rect->axis(QCPAxis::atBottom);
    ChartFrame::styleAxis(categories, style);
    ChartFrame::styleAxis(values, style);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < measures.size(); ++i)
        ticker->addTick(double(i + 1), ChartFrame::wrap(measures[i]->measure().name, kNameWrap));
    categories->setTicker(ticker);
    categories->setRange(0.45, measures.size() + 0.55);
    categories->setRangeReversed(true);
    categories->grid()->setVisible(false);
    categories->setTickLength(0, 0);
    values->setRange(0, 100);
    return rect;
}

const SeriesPoint* pointOf(const MeasureSeries& series, bool latest)
{
    if (latest)
        return series.latest();
    return series.baseline() ? &series.points()[series.baseline()->index] : nullptr;
}

QColor veil(const ChartStyle& style)
{
    QColor veil = style.palette.background;
    veil.setAlpha(kVeilAlpha);
    return veil;
}

QCPBars* addBars(QCustomPlot& plot, QCPAxisRect* rect, const QList<const MeasureSeries*>& measures, bool latest,
                 const QColor& fill, const ChartStyle& style)
{
    QCPAxis* categories = rect->axis(QCPAxis::atLeft);
    QCPAxis* values = rect->axis(QCPAxis::atBottom);
    auto* bars = new QCPBars(categories, values);
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(style.palette.series, 1));
    bars->setBrush(fill);
    bars->setSelectable(QCP::stNone);
    QStringList toolTips;
    const double offset = latest ? kBarOffset : -kBarOffset;
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const MeasureSeries& series = *measures[i];
        const SeriesPoint* point = pointOf(series, latest);
        if (!point)
            continue;
        const double key = double(i + 1) + offset;
        bars->addData(key, *point->value);
        toolTips.append(
            Tr::tr("%1, %2: %3")
                .arg(series.measure().name, point->visitTitle, OutcomeText::value(series.measure(), *point->value)));
        // A number that would not fit after its bar goes inside its end.
        const bool inside = *point->value > values->range().upper * kInsideFrom;
        auto* label = new QCPItemText(&plot);
        label->setLayer(ChartFrame::kLabelsLayer);
        label->setClipAxisRect(rect);
        label->setSelectable(false);
        label->position->setAxisRect(rect);
        label->position->setAxes(values, categories);
        label->position->setCoords(*point->value, key);
        label->setPositionAlignment((inside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        label->setPadding(inside ? QMargins(0, 0, 4, 0) : QMargins(4, 0, 0, 0));
        label->setFont(style.labelFont());
        label->setColor(inside && latest ? style.palette.background : style.palette.text);
        // Beyond the bar a veil keeps the number readable where the norm's line or the grid passes under it.
        if (!inside)
            label->setBrush(veil(style));
        label->setText(OutcomeText::number(series.measure(), *point->value));
    }
    ChartToolTip::setForPoints(bars, toolTips);
    return bars;
}

// "baseline: 02/03/2026" (or "first recorded: Session 1, ...") and "latest: 3 months, 12/06/2026".
QString visitName(const QList<const MeasureSeries*>& measures, bool latest, const ChartStyle& style)
{
    for (const MeasureSeries* series : measures) {
        const SeriesPoint* point = pointOf(*series, latest);
        if (!point)
            continue;
        const QString date = QLocale().toString(point->date, QLocale::ShortFormat);
        if (!style.showDates)
            return latest ? Tr::tr("latest: %1").arg(point->visitTitle)
                          : Tr::tr("%1: %2").arg(series->baseline()->firstRecorded ? Tr::tr("first recorded")
                                                                                   : Tr::tr("baseline"),
                                                 point->visitTitle);
        if (latest)
            return Tr::tr("latest: %1, %2").arg(point->visitTitle, date);
        return series->baseline()->firstRecorded ? Tr::tr("first recorded: %1, %2").arg(point->visitTitle, date)
                                                 : Tr::tr("baseline: %1").arg(date);
    }
    return latest ? Tr::tr("latest: none yet") : Tr::tr("baseline");
}

// The legend centred under the panels, between two empty cells that take the spare width.
void addLegend(QCustomPlot& plot, int row, QCPBars* before, QCPBars* after, const ChartStyle& style)
{
    auto* centring = new QCPLayoutGrid;
    plot.plotLayout()->addElement(row, 0, centring);
    auto* legend = new QCPLegend;
    centring->addElement(0, 0, new QCPLayoutElement(&plot));
    centring->addElement(0, 1, legend);
    centring->addElement(0, 2, new QCPLayoutElement(&plot));
    centring->setColumnStretchFactors({1, 0.001, 1});
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(style.palette.background);
    legend->setFont(style.textFont());
    legend->setTextColor(style.palette.text);
    before->addToLegend(legend);
    after->addToLegend(legend);
}

} // namespace

QString ProfileChartBuilder::key(const QString& instrumentId)
{
    return instrumentId + QStringLiteral("/profile");
}

bool ProfileChartBuilder::applies(const CourseOutcomes& outcomes, const QString& instrumentId)
{
    for (const MeasureSeries* series : outcomes.seriesOf(instrumentId)) {
        if (series->measure().group == kScalesGroup)
            return true;
    }
    return false;
}

void ProfileChartBuilder::build(QCustomPlot& plot, const CourseOutcomes& outcomes, const QString& instrumentId,
                                const ChartStyle& style)
{
    const ChartPalette& palette = style.palette;
    QList<const MeasureSeries*> scales;
    QList<const MeasureSeries*> summaries;
    for (const MeasureSeries* series : outcomes.seriesOf(instrumentId)) {
        if (series->measure().group == kScalesGroup)
            scales.append(series);
        else if (series->measure().scoring.kind == ScoringKind::NormBasedSummary)
            summaries.append(series);
    }

    ChartFrame::reset(plot, style);
    const InstrumentDefinition* instrument = scales.isEmpty() ? nullptr : &scales.first()->instrument();
    const QString instrumentName = !instrument                       ? instrumentId
                                   : instrument->shortName.isEmpty() ? instrument->name
                                                                     : instrument->shortName;
    ChartFrame::addTitle(plot, Tr::tr("%1 health profile").arg(instrumentName),
                         Tr::tr("baseline and latest value of each scale; summaries against the population norm"),
                         palette.mutedText, style);
    plot.plotLayout()->setRowSpacing(4);

    QCPAxisRect* scaleRect = addPanel(plot, 1, scales, style);
    scaleRect->axis(QCPAxis::atBottom)->setLabel(Tr::tr("score 0–100, higher is better →"));
    QCPBars* before = addBars(plot, scaleRect, scales, false, palette.earlierSeries, style);
    QCPBars* after = addBars(plot, scaleRect, scales, true, palette.series, style);
    before->setName(visitName(scales, false, style));
    after->setName(visitName(scales, true, style));
    QList<double> stretch{0.001, double(scales.size())};

    if (!summaries.isEmpty()) {
        QCPAxisRect* summaryRect = addPanel(plot, 2, summaries, style);
        summaryRect->axis(QCPAxis::atBottom)->setLabel(Tr::tr("norm-based summary (US 1990), higher is better →"));
        addBars(plot, summaryRect, summaries, false, palette.earlierSeries, style);
        addBars(plot, summaryRect, summaries, true, palette.series, style);
        const MeasureDefinition& summary = summaries.first()->measure();
        const double average = *OutcomeText::populationAverage(summary); // summaries are norm-based
        auto* norm = new QCPItemStraightLine(&plot);
        // Over the bars, under their numbers.
        norm->setLayer(QStringLiteral("main"));
        norm->setClipAxisRect(summaryRect);
        norm->setSelectable(false);
        for (QCPItemPosition* end : {norm->point1, norm->point2}) {
            end->setAxisRect(summaryRect);
            end->setAxes(summaryRect->axis(QCPAxis::atBottom), summaryRect->axis(QCPAxis::atLeft));
        }
        norm->point1->setCoords(average, 0);
        norm->point2->setCoords(average, 1);
        norm->setPen(QPen(palette.baseline, style.referenceLineWidth, Qt::DashLine));
        ChartToolTip::set(norm, Tr::tr("Population average: 50 (US general population, 1990)"));
        ChartFrame::setSideLabels(summaryRect, {{average, OutcomeText::populationAverageLabel(summary)}}, style,
                                  QCPAxis::atTop);
        auto* group = new QCPMarginGroup(&plot);
        scaleRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        summaryRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        stretch.append(double(summaries.size()) + 1);
    }
    addLegend(plot, int(stretch.size()), before, after, style);
    stretch.append(0.001);
    plot.plotLayout()->setRowStretchFactors(stretch);
}

} // namespace outcome
