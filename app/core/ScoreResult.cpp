// Look-ups into a score result.
#include "ScoreResult.h"

#include <algorithm>

namespace outcome {

const MeasureScore* ScoreResult::find(const QString& measureId) const
{
    const auto it = std::find_if(measures.begin(), measures.end(),
                                 [&measureId](const MeasureScore& score) { return score.measureId == measureId; });
    return it == measures.end() ? nullptr : &*it;
}

std::optional<double> ScoreResult::value(const QString& measureId) const
{
    const MeasureScore* score = find(measureId);
    return score ? score->value : std::nullopt;
}

} // namespace outcome
