// Bands and reference ranges of a measure, including values reported beyond a limit of detection.
#include "MeasureDefinition.h"

#include <algorithm>

namespace outcome {

bool Band::admits(double value) const
{
    return !upper || (upper->inclusive ? value <= upper->value : value < upper->value);
}

RangeFlag ReferenceRange::flag(double value) const
{
    if (lower && (lower->inclusive ? value < lower->value : value <= lower->value))
        return RangeFlag::Low;
    if (upper && (upper->inclusive ? value > upper->value : value >= upper->value))
        return RangeFlag::High;
    return RangeFlag::None;
}

RangeFlag ReferenceRange::flag(double limit, Censoring censoring) const
{
    switch (censoring) {
    case Censoring::BelowLimit:
        // Every value under the limit is below the range only if the limit itself is at or under its lower end.
        return lower && limit <= lower->value ? RangeFlag::Low : RangeFlag::None;
    case Censoring::AboveLimit:
        return upper && limit >= upper->value ? RangeFlag::High : RangeFlag::None;
    case Censoring::None:
        break;
    }
    return flag(limit);
}

const Band* MeasureDefinition::bandFor(double value) const
{
    const auto it = std::find_if(bands.begin(), bands.end(), [value](const Band& band) { return band.admits(value); });
    return it == bands.end() ? nullptr : &*it;
}

const Band* MeasureDefinition::bandFor(double limit, Censoring censoring) const
{
    if (bands.isEmpty())
        return nullptr;
    switch (censoring) {
    case Censoring::BelowLimit: {
        const std::optional<Limit>& firstUpper = bands.first().upper;
        return !firstUpper || limit <= firstUpper->value ? &bands.first() : nullptr;
    }
    case Censoring::AboveLimit: {
        if (bands.size() == 1)
            return &bands.last();
        const std::optional<Limit>& previousUpper = bands[bands.size() - 2].upper;
        return previousUpper && limit >= previousUpper->value ? &bands.last() : nullptr;
    }
    case Censoring::None:
        break;
    }
    return bandFor(limit);
}

} // namespace outcome
