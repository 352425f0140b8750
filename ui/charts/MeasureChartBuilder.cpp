// Building a measure's chart from its series.
#include "MeasureChartBuilder.h"

#include "ChartFrame.h"
#include "CourseTimeAxes.h"
#include "OutcomeText.h"
#include "PatientSentences.h"
#include "SeriesPoints.h"

namespace outcome {

namespace {
// Band names longer than this break onto two lines beside the chart.
constexpr qsizetype kBandNameWrap = 18;
} // namespace

void MeasureChartBuilder::build(QCustomPlot& plot, const CourseOutcomes& outcomes, const MeasureSeries& series,
                                const ChartStyle& style, const ExpectedCourse* expected)
{
    const MeasureDefinition& measure = series.measure();
    const ChartPalette& palette = style.palette;
    const bool plain = style.plainLanguage;
    const std::optional<ChangeFromBaseline>& change = series.change();
    CourseTimeAxes axes(plot, outcomes.timeline(), style, plain ? PatientSentences::heading(series) : measure.name,
                        plain ? PatientSentences::scale(series) : OutcomeText::resultLine(series),
                        plain ? palette.text
                              : palette.verdictColor(change ? std::optional(change->verdict) : std::nullopt));
    axes.setValueAxis(series.axisMin(), series.axisMax(),
                      plain ? OutcomeText::directionWithArrow(measure.direction)
                            : OutcomeText::axisUnit(measure) + QLatin1Char('\n') +
                                  OutcomeText::directionWithArrow(measure.direction));

    QList<std::pair<double, QString>> bandNames;
    for (const BandSpan& span : series.bands()) {
        if (span.upper > span.lower)
            axes.addBand(span.lower, span.upper, palette.bandFill(span.severity, int(series.bands().size())));
        bandNames.append({(span.lower + span.upper) / 2,
                          ChartFrame::wrap(plain ? span.band.patientText() : span.band.label, kBandNameWrap)});
    }
    if (!bandNames.isEmpty())
        axes.setSideLabels(bandNames);

    const bool showExpected = expected && expected->isShown() && !expected->visits().isEmpty();
    const QPen expectedPen(palette.expectedLine, style.referenceLineWidth * 1.5, Qt::DashLine);
    if (showExpected) {
        axes.addKey(plain ? PatientSentences::expectedCourseKey(*expected)
                          : OutcomeText::expectedCourseKey(measure, *expected),
                    expectedPen, palette.expectedFill);
    }
    axes.addTimelineMarkers();
    if (showExpected) {
        QList<double> days, medians, lows, highs;
        QStringList toolTips;
        for (const ExpectedVisit& visit : expected->visits()) {
            days.append(visit.day);
            medians.append(visit.median);
            lows.append(visit.q1);
            highs.append(visit.q3);
            toolTips.append(OutcomeText::expectedVisit(measure, visit));
        }
        axes.addSpread(QStringLiteral("expected"), days, lows, highs, palette.expectedFill);
        axes.addCurve(QStringLiteral("expected median"), days, medians, toolTips, expectedPen,
                      QCPScatterStyle(QCPScatterStyle::ssNone));
    }
    const std::optional<Baseline>& baseline = series.baseline();
    const SeriesPoints points(series, style);
    const QCPScatterStyle dot(QCPScatterStyle::ssDisc, palette.series, palette.series, style.pointSize);
    axes.addCurve(QStringLiteral("values"), points.days, points.values, points.toolTips,
                  QPen(palette.series, style.lineWidth), dot);
    for (qsizetype i = 0; i < points.days.size(); ++i) {
        if (!series.points()[i].isGap())
            axes.addValueLabel(points.days[i], points.values[i], points.labels[i], palette.series);
    }
    // The values usually run between the baseline and the threshold, so each line's words go on its far side.
    const bool higherIsBetter = measure.direction == Direction::HigherIsBetter;
    if (baseline) {
        axes.addReferenceLine(baseline->value, QPen(palette.baseline, style.referenceLineWidth, Qt::DashLine),
                              plain ? PatientSentences::baselineLabel(series) : OutcomeText::baselineLabel(series),
                              palette.baseline, !higherIsBetter);
    }
    if (const std::optional<ImprovementThreshold>& threshold = series.improvementThreshold()) {
        axes.addReferenceLine(threshold->value, QPen(palette.threshold, style.referenceLineWidth, Qt::DotLine),
                              plain ? PatientSentences::thresholdLabel(series) : OutcomeText::thresholdLabel(series),
                              palette.threshold, higherIsBetter);
    }
    // A norm-based summary is read against the population it is scored on (its subtitle says so).
    if (const std::optional<double> average = OutcomeText::populationAverage(measure)) {
        axes.addReferenceLine(*average, QPen(palette.mutedText, style.referenceLineWidth, Qt::DashDotDotLine),
                              plain ? PatientSentences::populationAverageLabel(series)
                                    : OutcomeText::populationAverageLabel(measure),
                              palette.mutedText, true);
    }
}

} // namespace outcome
