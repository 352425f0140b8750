// How one measure is computed from the answers: a kind from a small closed set and that kind's parameters.
#pragma once

#include "EnumCode.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace outcome {

enum class ScoringKind
{
    Single,           // the one item's value (NRS)
    Sum,              // sum of the items (RMDQ)
    Mean,             // mean of the answered items times a multiplier (QVAS: mean x 10)
    PercentOfMax,     // sum / sum of the answered items' maxima x 100 (ODI)
    RecodeMean,       // each item recoded through its table, then the mean (RAND-36 scales)
    Sf36Rescore,      // SF-36 precoding, half-scale mean substitution, 0-100 (bodily pain, general health)
    NormBasedSummary, // constant + factor x sum of z x weight over earlier measures (PCS, MCS)
    LabValue          // a lab result in the item's unit, censoring kept, reference range flagged
};

inline constexpr auto kScoringKindCodes = std::to_array<EnumCode<ScoringKind>>({
    {ScoringKind::Single, "single"},
    {ScoringKind::Sum, "sum"},
    {ScoringKind::Mean, "mean"},
    {ScoringKind::PercentOfMax, "percent_of_max"},
    {ScoringKind::RecodeMean, "recode_mean"},
    {ScoringKind::Sf36Rescore, "sf36_rescore"},
    {ScoringKind::NormBasedSummary, "norm_based_summary"},
    {ScoringKind::LabValue, "lab_value"},
});

enum class PrecodeCondition
{
    Always,
    ItemUnanswered, // the condition item has no answer
    ItemEquals      // the condition item's answer equals a code
};

// One candidate precoding table for an item; the first candidate whose condition holds is used.
struct PrecodeChoice
{
    QString table;
    PrecodeCondition condition = PrecodeCondition::Always;
    QString conditionItem;
    int equals = 0;
};

// One scale of a norm-based summary: its population mean and SD and its weight in the summary.
struct SummaryComponent
{
    QString measure;
    double mean = 0;
    double sd = 1;
    double weight = 0;
};

struct ScoringRule
{
    ScoringKind kind = ScoringKind::Single;
    QStringList items;  // the scored items, by id (every kind but NormBasedSummary)
    int maxMissing = 0; // how many of the items may be unanswered and the measure still scored
    bool noScoreWhenMarkedIncomplete = false;

    double multiplier = 1; // Mean

    QHash<QString, QList<PrecodeChoice>> precode; // Sf36Rescore: candidates per item
    double rawMin = 0;                            // Sf36Rescore: the precoded sum that maps to 0
    double rawMax = 0;                            // ... and to 100

    double constant = 50; // NormBasedSummary
    double factor = 10;
    QList<SummaryComponent> components;
};

} // namespace outcome
