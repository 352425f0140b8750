// Which value of a measure is the baseline: the baseline visit's, else the earliest recorded ("first recorded").
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace outcome {

// One value of a measure in a course; a visit without a score for the measure has no value.
struct DatedValue
{
    QDate date;
    std::optional<double> value;
    bool fromBaselineVisit = false;
};

struct Baseline
{
    double value = 0;
    QDate date;
    bool firstRecorded = false; // no baseline-visit value: the earliest value stands in, and is labelled so
    qsizetype index = -1;       // position in the series it was chosen from

    // Empty when the series has no value at all.
    static std::optional<Baseline> choose(const QList<DatedValue>& series);
};

} // namespace outcome
