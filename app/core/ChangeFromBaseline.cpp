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

    if (measure.direction == Direction::Neutral) {
        result.verdict = ChangeVerdict::NotRated;
        return result;
    }
    const bool unchanged = std::abs(result.change) < kTolerance;
    const bool better = (measure.direction == Direction::HigherIsBetter) == (result.change > 0);
    bool meaningful = false;
    if (const std::optional<MeaningfulChange>& mcid = measure.meaningfulChange) {
        const auto add = [&](ChangeUnit unit, std::optional<double> threshold, std::optional<double> amount) {
            if (!threshold)
                return;
            ThresholdCheck check{unit, *threshold, unit == mcid->headline,
                                 unchanged ? false : reaches(amount, *threshold)};
            if (check.headline) {
                meaningful = check.reached.value_or(false);
                result.thresholds.prepend(check);
            } else {
                result.thresholds.append(check);
            }
        };
        add(ChangeUnit::Points, mcid->points, result.change);
        add(ChangeUnit::Percent, mcid->percent, result.percentChange);
    }
    if (unchanged)
        result.verdict = ChangeVerdict::Unchanged;
    else if (better)
        result.verdict = meaningful ? ChangeVerdict::MeaningfullyImproved : ChangeVerdict::Improved;
    else
        result.verdict = meaningful ? ChangeVerdict::MeaningfullyWorsened : ChangeVerdict::Worsened;
    return result;
}

} // namespace outcome
