// Change from baseline, read in the measure's direction against its meaningful-change thresholds.
#include "ChangeFromBaseline.h"

#include <cmath>

namespace outcome {

namespace {

// Values are compared unrounded; this only absorbs binary rounding (46.67 - 36.67 must count as 10 points).
constexpr double kTolerance = 1e-9;
// |RCI| above this is reliable change at the 95 % level (Jacobson & Truax 1991).
constexpr double kReliableChangeLimit = 1.96;

std::optional<bool> reaches(std::optional<double> amount, double threshold)
{
    if (!amount)
        return std::nullopt;
    return std::abs(*amount) >= threshold - kTolerance;
}

} // namespace

bool ChangeFromBaseline::isReliableChange() const
{
    return reliableChangeIndex && std::abs(*reliableChangeIndex) > kReliableChangeLimit;
}

ChangeFromBaseline ChangeFromBaseline::compute(const MeasureDefinition& measure, double baseline, double value)
{
    ChangeFromBaseline result;
    result.baseline = baseline;
    result.value = value;
    result.change = value - baseline;
    if (baseline != 0)
        result.percentChange = result.change * 100 / baseline;
    if (const Band* band = measure.bandFor(baseline))
        result.baselineBand = *band;
    if (const Band* band = measure.bandFor(value))
        result.valueBand = *band;
    if (const std::optional<Reliability>& reliability = measure.reliability) {
        result.reliableChangeIndex =
            result.change / (std::sqrt(2.0) * reliability->sd * std::sqrt(1 - reliability->testRetest));
    }

    const bool unchanged = std::abs(result.change) < kTolerance;
    if (measure.direction != Direction::Neutral && !unchanged)
        result.sense = (measure.direction == Direction::HigherIsBetter) == (result.change > 0) ? ChangeSense::Better
                                                                                               : ChangeSense::Worse;
    if (measure.direction == Direction::Neutral || measure.answerOnly || measure.isLabValue()) {
        result.verdict = ChangeVerdict::NotRated;
        return result;
    }
    const bool better = result.sense == ChangeSense::Better;
    if (const std::optional<MeaningfulChange>& mcid = measure.meaningfulChange) {
        bool meaningful = false;
        const auto add = [&](ChangeUnit unit, std::optional<double> threshold, std::optional<double> amount) {
            if (!threshold)
                return;
            ThresholdCheck check{unit, *threshold, unit == mcid->headline,
                                 unchanged ? false : reaches(amount, *threshold), result.sense};
            if (check.headline) {
                meaningful = check.reached.value_or(false);
                result.thresholds.prepend(check);
            } else {
                result.thresholds.append(check);
            }
        };
        add(ChangeUnit::Points, mcid->points, result.change);
        add(ChangeUnit::Percent, mcid->percent, result.percentChange);
        result.verdict = !meaningful ? ChangeVerdict::NoMeaningfulChange
                         : better    ? ChangeVerdict::MeaningfullyImproved
                                     : ChangeVerdict::MeaningfullyWorsened;
        return result;
    }
    const double small = measure.smallChange.value_or(0);
    if (unchanged || std::abs(result.change) < small - kTolerance)
        result.verdict = ChangeVerdict::AboutTheSame;
    else
        result.verdict = better ? ChangeVerdict::Better : ChangeVerdict::Worse;
    return result;
}

} // namespace outcome
