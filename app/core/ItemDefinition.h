// One question of an instrument: what the entry form offers and which answers the scoring engine accepts.
#pragma once

#include "AnswerSet.h"
#include "EnumCode.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace outcome {

// How a value is entered; the entry form picks its widget from this.
enum class InputKind
{
    Options, // one of a list of printed statements, each with its code
    YesNo,   // ticked (1) or not (0)
    Integer, // a whole number between min and max
    Decimal, // a number between min and max with a fixed number of decimals
    LabValue // a laboratory result with its unit, possibly reported as "< limit"
};

inline constexpr auto kInputKindCodes = std::to_array<EnumCode<InputKind>>({
    {InputKind::Options, "options"},
    {InputKind::YesNo, "yes_no"},
    {InputKind::Integer, "integer"},
    {InputKind::Decimal, "decimal"},
    {InputKind::LabValue, "lab_value"},
});

struct AnswerOption
{
    int code = 0;  // as printed on the paper form
    QString label; // our own short words
    QString text;  // the licensed wording, only when a clinic holding the licence has pasted it in
    bool operator==(const AnswerOption& other) const = default;
};

// Another unit a lab may report in, and the factor that brings it to the item's unit.
struct UnitConversion
{
    QString unit;
    double factor = 1;
    bool operator==(const UnitConversion& other) const = default;
};

// What a living patient's lab value can be, in the item's unit: beyond it the value is a typing or unit mistake.
struct PlausibleRange
{
    double min = 0;
    double max = 0;
};

struct ItemDefinition
{
    QString id;     // the key of the answer in an AnswerSet
    int number = 0; // position on the form, 1-based; answer lists and messages name items by it
    QString label;  // short label in our own words
    QString text;   // the licensed wording, only when a clinic has pasted it in
    InputKind input = InputKind::Options;
    QList<AnswerOption> options; // Options and YesNo
    double min = 0;              // Integer, Decimal, LabValue
    std::optional<double> max;   // Integer and Decimal always; LabValue usually open-ended
    int decimals = 0;            // Decimal
    QString minLabel;            // the words at the scale's ends ("No pain", "Worst imaginable pain")
    QString maxLabel;
    QString unit;                            // LabValue: the unit scores are reported in
    QList<UnitConversion> conversions;       // LabValue: other units accepted on entry
    std::optional<PlausibleRange> plausible; // LabValue: checked after conversion to `unit`
    QString recode;                          // the instrument table recode_mean uses for this item, if any

    const AnswerOption* option(int code) const;
    // The allowed answers in a few characters, for messages: "0-5", "0-10, one decimal", "0 or more".
    QString allowedAnswers() const;
    // Whether a value is one the paper form allows (for lab values: not negative).
    bool allows(double value) const;
    // The lowest and highest answers the form allows; a lab value has no highest unless the definition sets one.
    std::optional<double> lowestAnswer() const;
    std::optional<double> highestAnswer() const;
    // A value that is not allowed, a lab unit that is not accepted, or a lab value that is not plausible once
    // converted to the item's unit, gives a message naming the item by number.
    Status check(const ItemAnswer& answer) const;
    // The defined spelling of a unit the item accepts (matched regardless of case); empty when not accepted.
    QString acceptedUnit(const QString& unit) const;
    QStringList acceptedUnits() const;
    // The factor that brings a value in an accepted unit to the item's unit; an empty unit means the item's unit.
    double conversionFactor(const QString& unit) const;
};

} // namespace outcome
