// One measure over a course, ready to chart and interpret: values at their actual visit days with gaps where a
// planned value is missing, the baseline, the meaningful-improvement threshold, severity bands and the y range.
#pragma once

#include "Baseline.h"
#include "ChangeFromBaseline.h"
#include "CourseTimeline.h"
#include "InstrumentDefinition.h"
#include "ScoreResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace outcome {

// A value at a visit, or a gap: the visit was missed, or took place without a score for this measure.
struct SeriesPoint
{
    qint64 visitId = 0;
    VisitKind visitKind = VisitKind::Session;
    QString visitTitle; // "Session 4"
    QDate date;
    int day = 0; // since the course start
    std::optional<double> value;
    Censoring censoring = Censoring::None;
    RangeFlag rangeFlag = RangeFlag::None;
    QString gapReason; // why there is no value, in words

    bool isGap() const { return !value.has_value(); }
};

// A severity band as an interval of the y axis; severity 0 is the best band.
struct BandSpan
{
    Band band;
    double lower = 0;
    double upper = 0;
    int severity = 0;
};

// Where a meaningful improvement begins: the baseline moved by the headline threshold in the better direction.
struct ImprovementThreshold
{
    double value = 0;
    ChangeUnit unit = ChangeUnit::Points;
    double amount = 0; // signed, in `unit`: -10 points, -30 %
};

// One score of one visit, as CourseOutcomes hands it to a series.
struct VisitScore
{
    const Visit* visit = nullptr;
    MeasureScore score;
};

// Which way a value went when the baseline or the latest value lies beyond a limit of detection.
enum class CensoredMove
{
    Fell,
    Rose,
    CannotTell
};

class MeasureSeries
{
public:
    // `instrument` and `measure` must outlive the series (they live in the InstrumentLibrary).
    static MeasureSeries build(const CourseTimeline& timeline, const InstrumentDefinition& instrument,
                               const MeasureDefinition& measure, const QList<VisitScore>& scores);

    // "odi/total": the key panels, the CLI and the report name a chart by.
    QString key() const { return m_instrument->id + QLatin1Char('/') + m_measure->id; }
    const InstrumentDefinition& instrument() const { return *m_instrument; }
    const MeasureDefinition& measure() const { return *m_measure; }
    bool isLabValue() const { return m_measure->isLabValue(); }

    const QList<SeriesPoint>& points() const { return m_points; }
    int valueCount() const;
    const std::optional<Baseline>& baseline() const { return m_baseline; }
    // The latest value other than the baseline; null until there is one.
    const SeriesPoint* latest() const { return m_latestIndex < 0 ? nullptr : &m_points[m_latestIndex]; }
    // Baseline to latest; empty until there are two values, or when either lies beyond a limit of detection.
    const std::optional<ChangeFromBaseline>& change() const { return m_change; }
    // There are two values but one is censored ("< 0.5"): no change in numbers can honestly be given.
    bool changeUnmeasurable() const { return m_changeUnmeasurable; }
    // Where one value is censored, which way the value went when that is certain (0.6 → "< 0.5" fell;
    // "< 0.5" → 0.8 rose; "< 0.5" → "< 1.0" cannot tell); empty when no value is censored.
    std::optional<CensoredMove> censoredMove() const { return m_censoredMove; }
    // The same for any two values, at least one of them censored.
    static CensoredMove moveBetween(const SeriesPoint& from, const SeriesPoint& to);
    // The value a meaningful improvement must reach; empty when the measure has none or it lies outside the range.
    const std::optional<ImprovementThreshold>& improvementThreshold() const { return m_improvementThreshold; }
    const QList<BandSpan>& bands() const { return m_bands; }
    // The y range charts always show: the instrument's full range, or for open-ended lab values one that holds
    // every value and the reference range.
    double axisMin() const { return m_axisMin; }
    double axisMax() const { return m_axisMax; }

private:
    const InstrumentDefinition* m_instrument = nullptr;
    const MeasureDefinition* m_measure = nullptr;
    QList<SeriesPoint> m_points;
    std::optional<Baseline> m_baseline;
    qsizetype m_latestIndex = -1;
    std::optional<ChangeFromBaseline> m_change;
    bool m_changeUnmeasurable = false;
    std::optional<CensoredMove> m_censoredMove;
    std::optional<ImprovementThreshold> m_improvementThreshold;
    QList<BandSpan> m_bands;
    double m_axisMin = 0;
    double m_axisMax = 100;
};

} // namespace outcome
