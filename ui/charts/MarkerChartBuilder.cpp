// Building a marker's chart: measured values on the line, censored ones apart, flags on out-of-range values.
#include "MarkerChartBuilder.h"

#include "CourseTimeAxes.h"
#include "OutcomeText.h"
#include "SeriesPoints.h"

#include <QCoreApplication>

#include <limits>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::MarkerChartBuilder)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

void MarkerChartBuilder::build(QCustomPlot& plot, const CourseOutcomes& outcomes, const MeasureSeries& series,
                               const ChartStyle& style)
{
    const MeasureDefinition& measure = series.measure();
    const ChartPalette& palette = style.palette;
    const std::optional<ChangeFromBaseline>& change = series.change();
    CourseTimeAxes axes(plot, outcomes.timeline(), style, measure.name, OutcomeText::resultLine(series),
                        palette.verdictColor(change ? std::optional(change->verdict) : std::nullopt));
    axes.setValueAxis(series.axisMin(), series.axisMax(),
                      OutcomeText::axisUnit(measure) + QLatin1Char('\n') +
                          OutcomeText::directionWithArrow(measure.direction));

    const ReferenceRange& range = measure.referenceRange;
    if (range.isSet()) {
        const double lower = range.lower ? range.lower->value : series.axisMin();
        const double upper = range.upper ? range.upper->value : series.axisMax();
        axes.addBand(lower, upper, palette.referenceRange);
        axes.setSideLabels(
            {{(lower + upper) / 2, Tr::tr("reference range\n%1").arg(OutcomeText::referenceRange(measure))}});
    }
    axes.addTimelineMarkers();

    // A censored value is not a measurement: the line breaks there, and the value stands apart at its limit.
    const SeriesPoints points(series, style);
    QList<double> measured = points.values;
    QList<double> censored(points.values.size(), kNaN);
    QList<double> flagged(points.values.size(), kNaN);
    for (qsizetype i = 0; i < points.values.size(); ++i) {
        const SeriesPoint& point = series.points()[i];
        if (point.isGap())
            continue;
        if (point.censoring != Censoring::None) {
            censored[i] = *point.value;
            measured[i] = kNaN;
        }
        if (point.rangeFlag != RangeFlag::None)
            flagged[i] = *point.value;
    }
    const QPen line(palette.series, style.lineWidth);
    axes.addCurve(QStringLiteral("values"), points.days, measured, points.toolTips, line,
                  QCPScatterStyle(QCPScatterStyle::ssDisc, palette.series, palette.series, style.pointSize));
    axes.addCurve(QStringLiteral("censored"), points.days, censored, points.toolTips, QPen(Qt::NoPen),
                  QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(palette.series, style.lineWidth), palette.background,
                                  style.pointSize + 2));
    axes.addCurve(QStringLiteral("out of range"), points.days, flagged, points.toolTips, QPen(Qt::NoPen),
                  QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(palette.worsened, style.lineWidth), Qt::NoBrush,
                                  style.pointSize * 2.2));
    for (qsizetype i = 0; i < points.days.size(); ++i) {
        const SeriesPoint& point = series.points()[i];
        if (point.isGap())
            continue;
        const bool outside = point.rangeFlag != RangeFlag::None;
        const QString label =
            outside ? Tr::tr("%1 %2").arg(points.labels[i],
                                          point.rangeFlag == RangeFlag::High ? Tr::tr("high") : Tr::tr("low"))
                    : points.labels[i];
        axes.addValueLabel(points.days[i], *point.value, label, outside ? palette.worsened : palette.series);
    }
}

} // namespace outcome
