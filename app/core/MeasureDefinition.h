// One scored value an instrument produces, with everything needed to show and interpret it.
#pragma once

#include "AnswerSet.h"
#include "EnumCode.h"
#include "ScoringRule.h"

#include <QList>
#include <QString>

#include <optional>

namespace outcome {

enum class Direction
{
    HigherIsWorse,
    HigherIsBetter,
    Neutral // neither way is better (IL-10): change is shown, never judged
};

inline constexpr auto kDirectionCodes = std::to_array<EnumCode<Direction>>({
    {Direction::HigherIsWorse, "higher_is_worse"},
    {Direction::HigherIsBetter, "higher_is_better"},
    {Direction::Neutral, "neutral"},
});

// One end of an interval: "up to 20" includes 20, "below 50" does not.
struct Limit
{
    double value = 0;
    bool inclusive = true;
    bool operator==(const Limit& other) const = default;
};

// A severity band; bands are ordered upwards and a value belongs to the first whose upper limit admits it.
struct Band
{
    QString id;                 // "minimal", "bed_bound"
    QString label;              // clinician's words: "Crippling back pain"
    QString patientLabel;       // plain words for the patient view ("very severe"); empty: the label serves
    std::optional<Limit> upper; // empty on the last band

    const QString& patientText() const { return patientLabel.isEmpty() ? label : patientLabel; }
    bool admits(double value) const;
    bool operator==(const Band& other) const = default;
};

enum class RangeFlag
{
    None,
    Low,
    High
};

inline constexpr auto kRangeFlagCodes = std::to_array<EnumCode<RangeFlag>>({
    {RangeFlag::None, "none"},
    {RangeFlag::Low, "low"},
    {RangeFlag::High, "high"},
});

// A lab's reference range; either end may be open.
struct ReferenceRange
{
    std::optional<Limit> lower;
    std::optional<Limit> upper;

    bool isSet() const { return lower || upper; }
    RangeFlag flag(double value) const;
    // A censored value ("< 0.5") is flagged only when every value beyond its limit would be.
    RangeFlag flag(double limit, Censoring censoring) const;
    bool operator==(const ReferenceRange& other) const = default;
};

enum class ChangeUnit
{
    Points,
    Percent // of the baseline value
};

inline constexpr auto kChangeUnitCodes = std::to_array<EnumCode<ChangeUnit>>({
    {ChangeUnit::Points, "points"},
    {ChangeUnit::Percent, "percent"},
});

// The minimal clinically important change; the headline threshold decides, the other is reported beside it.
struct MeaningfulChange
{
    std::optional<double> points;
    std::optional<double> percent;
    ChangeUnit headline = ChangeUnit::Points;
    QString source;
};

// What the reliable change index needs (Jacobson & Truax 1991).
struct Reliability
{
    double sd = 0;
    double testRetest = 0;
    QString source;
};

// A code for exchange (FHIR Coding): LOINC only where verified, otherwise the project's own code system.
struct Coding
{
    QString system;
    QString code;
    QString display;
    bool operator==(const Coding& other) const = default;
};

struct MeasureDefinition
{
    QString id;        // "total", "pf", "crp"
    QString name;      // "Physical functioning"
    QString shortName; // "PF"
    QString unit;      // "%", "points", "mg/L"
    QString group;     // measures sharing a group are reported together ("scales", "markers")
    QString note;      // shown beside the value in reports: "norm-based (US 1990)"
    Direction direction = Direction::HigherIsWorse;
    double min = 0;
    std::optional<double> max; // open-ended lab values have none
    int decimals = 0;          // for display; values and changes are computed unrounded
    bool internal = false;     // computed for other measures only: never shown, charted or exported
    QList<Band> bands;
    ReferenceRange referenceRange;
    std::optional<MeaningfulChange> meaningfulChange;
    // For a measure without a meaningful-change threshold: a smaller change is "about the same" (5 points for the
    // RAND-36 scales); without it only no change at all is.
    std::optional<double> smallChange;
    // A single answer reported in its own words at each visit (RAND-36 item 2): never a change or a verdict.
    bool answerOnly = false;
    std::optional<Reliability> reliability;
    QList<Coding> codes;
    ScoringRule scoring;

    bool isLabValue() const { return scoring.kind == ScoringKind::LabValue; }
    const Band* bandFor(double value) const;
    // A censored value gets a band only when every value beyond its limit falls in the same band.
    const Band* bandFor(double limit, Censoring censoring) const;
};

} // namespace outcome
