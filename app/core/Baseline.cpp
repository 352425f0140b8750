// Choosing the baseline of a series of dated values.
#include "Baseline.h"

namespace outcome {

std::optional<Baseline> Baseline::choose(const QList<DatedValue>& series)
{
    // Earliest wins within each kind; an entry from the baseline visit beats any other.
    const auto better = [](const DatedValue& candidate, const DatedValue& best) {
        if (candidate.fromBaselineVisit != best.fromBaselineVisit)
            return candidate.fromBaselineVisit;
        return candidate.date < best.date;
    };
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (series[i].value && (chosen < 0 || better(series[i], series[chosen])))
            chosen = i;
    }
    if (chosen < 0)
        return std::nullopt;
    const DatedValue& entry = series[chosen];
    return Baseline{*entry.value, entry.date, !entry.fromBaselineVisit, chosen};
}

} // namespace outcome
