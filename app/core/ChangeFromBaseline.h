// What a later value means against the baseline: change, percent change, bands, meaningful and reliable change.
// Charts, the patient view, the PDF and clinic statistics all read it from here.
#pragma once

#include "MeasureDefinition.h"

#include <QList>

#include <optional>

namespace outcome {

// The one vocabulary of change (clinical.md, "Change and interpretation"). A measure with a meaningful-change
// threshold is judged against it; one without is "better", "worse" or "about the same" by its small-change size,
// never "meaningful"; blood markers, answers reported as words and measures with no better direction get no
// verdict (a marker is in or out of its reference range instead).
enum class ChangeVerdict
{
    MeaningfullyImproved, // better by at least the headline threshold
    MeaningfullyWorsened, // worse by at least the headline threshold
    NoMeaningfulChange,   // short of the threshold either way, or no change at all
    Better,               // no threshold: better by at least the small-change size
    Worse,                // no threshold: worse by at least the small-change size
    AboutTheSame,         // no threshold: a change smaller than the small-change size
    NotRated
};

// Which way a verdict went: for colours, signs and words that tell a direction. Only the verdicts that name a
// direction count; "no meaningful change" and "about the same" are neutral whichever way the numbers moved.
inline bool isImprovement(ChangeVerdict verdict)
{
    return verdict == ChangeVerdict::MeaningfullyImproved || verdict == ChangeVerdict::Better;
}

inline bool isWorsening(ChangeVerdict verdict)
{
    return verdict == ChangeVerdict::MeaningfullyWorsened || verdict == ChangeVerdict::Worse;
}

// Which way the numbers moved against the measure's better direction, whatever the verdict.
enum class ChangeSense
{
    None, // no change, or no direction is better
    Better,
    Worse
};

// One meaningful-change threshold checked against the change, in the direction the change went ("worse by 30 %?"
// for a worsening).
struct ThresholdCheck
{
    ChangeUnit unit = ChangeUnit::Points;
    double threshold = 0;
    bool headline = false;
    std::optional<bool> reached; // empty for a percent threshold when the baseline is 0
    ChangeSense sense = ChangeSense::None;
};

struct ChangeFromBaseline
{
    double baseline = 0;
    double value = 0;
    double change = 0;                   // value - baseline, in the measure's unit
    std::optional<double> percentChange; // of the baseline; empty when the baseline is 0
    std::optional<Band> baselineBand;
    std::optional<Band> valueBand;
    ChangeVerdict verdict = ChangeVerdict::NotRated;
    ChangeSense sense = ChangeSense::None;
    QList<ThresholdCheck> thresholds; // headline first; empty when the measure has no meaningful change defined
    std::optional<double> reliableChangeIndex; // only where the definition gives an SD and a test-retest reliability

    bool isMeaningfulImprovement() const { return verdict == ChangeVerdict::MeaningfullyImproved; }
    bool isReliableChange() const;

    static ChangeFromBaseline compute(const MeasureDefinition& measure, double baseline, double value);
};

} // namespace outcome
