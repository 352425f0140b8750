// Building one measure's series: points and gaps, baseline, latest change, threshold, bands and y range.
#include "MeasureSeries.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::MeasureSeries)
};

// Open-ended lab values get this much headroom above the highest value or reference limit.
constexpr double kHeadroom = 1.2;

// The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is at least `value`:
// an axis end a reader can read, without wasting half the height.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// The headline threshold, or the other one when the definition gives only that; percent thresholds scale the
// baseline (30 % of 42 is 12.6 points).
std::optional<ImprovementThreshold> thresholdFor(const MeasureDefinition& measure, double baseline)
{
    const std::optional<MeaningfulChange>& mcid = measure.meaningfulChange;
    if (!mcid || measure.direction == Direction::Neutral)
        return std::nullopt;
    const double better = measure.direction == Direction::HigherIsWorse ? -1 : 1;
    if (mcid->percent && (mcid->headline == ChangeUnit::Percent || !mcid->points)) {
        const double amount = better * *mcid->percent;
        return ImprovementThreshold{baseline * (1 + amount / 100), ChangeUnit::Percent, amount};
    }
    if (mcid->points) {
        const double amount = better * *mcid->points;
        return ImprovementThreshold{baseline + amount, ChangeUnit::Points, amount};
    }
    return std::nullopt;
}

} // namespace

int MeasureSeries::valueCount() const
{
    return int(std::count_if(m_points.cbegin(), m_points.cend(), [](const SeriesPoint& p) { return !p.isGap(); }));
}

MeasureSeries MeasureSeries::build(const CourseTimeline& timeline, const InstrumentDefinition& instrument,
                                   const MeasureDefinition& measure, const QList<VisitScore>& scores)
{
    MeasureSeries series;
    series.m_instrument = &instrument;
    series.m_measure = &measure;

    QHash<qint64, const MeasureScore*> scoreOfVisit;
    for (const VisitScore& entry : scores)
        scoreOfVisit.insert(entry.visit->id, &entry.score);

    QList<DatedValue> dated;
    for (const Visit& visit : timeline.visits()) {
        if (visit.status == VisitStatus::Cancelled)
            continue;
        SeriesPoint point;
        point.visitId = visit.id;
        point.visitKind = visit.kind;
        point.visitTitle = visit.title();
        point.date = visit.effectiveDate();
        point.day = timeline.dayOf(point.date);
        const bool planned = visit.plannedInstruments.contains(instrument.id);
        const bool optional = visit.optionalInstruments.contains(instrument.id);
        if (const MeasureScore* score = scoreOfVisit.value(visit.id)) {
            point.value = score->value;
            point.censoring = score->censoring;
            point.rangeFlag = score->rangeFlag;
            point.gapReason = score->reason;
        } else if (visit.status == VisitStatus::Missed && (planned || optional)) {
            point.gapReason = Tr::tr("%1 missed").arg(visit.title());
        } else if (visit.status == VisitStatus::Done && planned) {
            point.gapReason = Tr::tr("not recorded at %1").arg(visit.title());
        } else {
            continue; // not planned here, or not yet due: the line simply runs past it
        }
        series.m_points.append(point);
        dated.append({point.date, point.value, visit.kind == VisitKind::Baseline});
    }

    series.m_baseline = Baseline::choose(dated);
    for (qsizetype i = series.m_points.size() - 1; i >= 0; --i) {
        if (!series.m_points[i].isGap() && (!series.m_baseline || i != series.m_baseline->index)) {
            series.m_latestIndex = i;
            break;
        }
    }

    series.m_axisMin = measure.min;
    if (measure.max) {
        series.m_axisMax = *measure.max;
    } else {
        double top = measure.referenceRange.upper ? measure.referenceRange.upper->value : 0;
        for (const SeriesPoint& point : std::as_const(series.m_points))
            top = std::max(top, point.value.value_or(0));
        series.m_axisMax = niceCeiling((top - measure.min) * kHeadroom) + measure.min;
    }

    if (series.m_baseline) {
        if (const SeriesPoint* last = series.latest()) {
            const bool censored = last->censoring != Censoring::None ||
                                  series.m_points[series.m_baseline->index].censoring != Censoring::None;
            if (censored) {
                series.m_changeUnmeasurable = true;
                series.m_censoredMove = moveBetween(series.m_points[series.m_baseline->index], *last);
            } else
                series.m_change = ChangeFromBaseline::compute(measure, series.m_baseline->value, *last->value);
        }
        const std::optional<ImprovementThreshold> threshold = thresholdFor(measure, series.m_baseline->value);
        if (threshold && threshold->value >= series.m_axisMin && threshold->value <= series.m_axisMax)
            series.m_improvementThreshold = threshold;
    }

    double lower = series.m_axisMin;
    const qsizetype bandCount = measure.bands.size();
    for (qsizetype i = 0; i < bandCount; ++i) {
        const Band& band = measure.bands[i];
        const double upper = std::clamp(band.upper ? band.upper->value : series.m_axisMax, lower, series.m_axisMax);
        const int severity = int(measure.direction == Direction::HigherIsBetter ? bandCount - 1 - i : i);
        series.m_bands.append({band, lower, upper, severity});
        lower = upper;
    }
    return series;
}

// A censored value says only on which side of its limit it lies: "< 0.5" is somewhere below 0.5.
CensoredMove MeasureSeries::moveBetween(const SeriesPoint& from, const SeriesPoint& to)
{
    const double a = *from.value;
    const double b = *to.value;
    const bool toLower = to.censoring == Censoring::BelowLimit || from.censoring == Censoring::AboveLimit;
    const bool toHigher = to.censoring == Censoring::AboveLimit || from.censoring == Censoring::BelowLimit;
    // Both beyond the same kind of limit: either could be the larger.
    if (from.censoring != Censoring::None && from.censoring == to.censoring)
        return CensoredMove::CannotTell;
    if (toLower && b <= a)
        return CensoredMove::Fell;
    if (toHigher && b >= a)
        return CensoredMove::Rose;
    return CensoredMove::CannotTell;
}

} // namespace outcome
