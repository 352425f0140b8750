// Choosing a chart's builder by its key.
#include "CourseCharts.h"

#include "MarkerChartBuilder.h"
#include "MeasureChartBuilder.h"
#include "ProfileChartBuilder.h"

namespace outcome {

namespace {
// A profile has a row per scale: it gets this much more height than a chart over time.
constexpr double kProfileHeight = 1.6;
} // namespace

QStringList CourseCharts::keys(const CourseOutcomes& outcomes)
{
    QStringList keys;
    for (const QString& instrumentId : outcomes.instrumentIds())
        keys.append(keysOf(outcomes, instrumentId));
    return keys;
}

QStringList CourseCharts::keysOf(const CourseOutcomes& outcomes, const QString& instrumentId)
{
    QStringList keys;
    if (ProfileChartBuilder::applies(outcomes, instrumentId))
        keys.append(ProfileChartBuilder::key(instrumentId));
    for (const MeasureSeries* series : outcomes.seriesOf(instrumentId))
        keys.append(series->key());
    return keys;
}

double CourseCharts::heightFactor(const QString& key)
{
    return key == ProfileChartBuilder::key(key.section(QLatin1Char('/'), 0, 0)) ? kProfileHeight : 1;
}

QSize CourseCharts::naturalSize(const QString& key, const ChartStyle& style)
{
    return {style.size.width(), int(style.size.height() * heightFactor(key))};
}

bool CourseCharts::build(QCustomPlot& plot, const CourseOutcomes& outcomes, const QString& key, const ChartStyle& style,
                         const ExpectedCourse* expected)
{
    const QString instrumentId = key.section(QLatin1Char('/'), 0, 0);
    if (key == ProfileChartBuilder::key(instrumentId)) {
        if (!ProfileChartBuilder::applies(outcomes, instrumentId))
            return false;
        ProfileChartBuilder::build(plot, outcomes, instrumentId, style);
        return true;
    }
    const MeasureSeries* series = outcomes.find(key);
    if (!series)
        return false;
    if (series->isLabValue())
        MarkerChartBuilder::build(plot, outcomes, *series, style);
    else
        MeasureChartBuilder::build(plot, outcomes, *series, style, expected);
    return true;
}

} // namespace outcome
