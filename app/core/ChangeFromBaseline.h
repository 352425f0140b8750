// What a later value means against the baseline: change, percent change, bands, meaningful and reliable change.
// Charts, the patient view, the PDF and clinic statistics all read it from here.
#pragma once

#include "MeasureDefinition.h"

#include <QList>

#include <optional>

namespace outcome {

enum class ChangeVerdict
{
    MeaningfullyImproved, // better by at least the headline threshold
    Improved,             // better, but short of the threshold (or the measure has none)
    Unchanged,
    Worsened,
    MeaningfullyWorsened,
    NotRated // the measure has no better direction: change is shown, never judged
};

// Which way a verdict went, meaningfully or not: for colours, signs and words that only tell the direction.
inline bool isImprovement(ChangeVerdict verdict)
{
    return verdict == ChangeVerdict::MeaningfullyImproved || verdict == ChangeVerdict::Improved;
}

inline bool isWorsening(ChangeVerdict verdict)
{
    return verdict == ChangeVerdict::MeaningfullyWorsened || verdict == ChangeVerdict::Worsened;
}

// One meaningful-change threshold checked against the change, in the direction the change went.
struct ThresholdCheck
{
    ChangeUnit unit = ChangeUnit::Points;
    double threshold = 0;
    bool headline = false;
    std::optional<bool> reached; // empty for a percent threshold when the baseline is 0
};

struct ChangeFromBaseline
{
    double baseline = 0;
    double value = 0;
    double change = 0;                   // value - baseline, in the measure's unit
    std::optional<double> percentChange; // of the baseline; empty when the baseline is 0
    std::optional<Band> baselineBand;
    std::optional<Band> valueBand;
    ChangeVerdict verdict = ChangeVerdict::Unchanged;
    QList<ThresholdCheck> thresholds; // headline first; empty when the measure has no meaningful change defined
    std::optional<double> reliableChangeIndex; // only where the definition gives an SD and a test-retest reliability

    bool isMeaningfulImprovement() const { return verdict == ChangeVerdict::MeaningfullyImproved; }
    bool isReliableChange() const;

    static ChangeFromBaseline compute(const MeasureDefinition& measure, double baseline, double value);
};

} // namespace outcome
