// The scores derived from one AnswerSet: per measure a value, or the plain-words reason there is none.
#pragma once

#include "AnswerSet.h"
#include "MeasureDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace outcome {

struct MeasureScore
{
    QString measureId;
    std::optional<double> value; // unrounded; for a censored lab value, the limit ("< 0.5" keeps 0.5 here)
    QString reason;              // why there is no value: "3 of 10 sections unanswered; the ODI allows at most 2"
    std::optional<Band> band;
    int answered = 0; // items with an answer (summaries: component measures with a score)
    int expected = 0; // items the rule reads (summaries: component measures)
    Censoring censoring = Censoring::None;
    RangeFlag rangeFlag = RangeFlag::None; // outside the reference range; the value itself is never altered
    QString unit;
    std::optional<double> enteredValue; // lab values: as reported, before unit conversion
    QString enteredUnit;

    bool isValid() const { return value.has_value(); }
    bool isOutOfRange() const { return rangeFlag != RangeFlag::None; }
};

struct ScoreResult
{
    QString instrumentId;
    QString instrumentVersion;
    QList<MeasureScore> measures; // in the definition's order, internal measures included

    const MeasureScore* find(const QString& measureId) const;
    std::optional<double> value(const QString& measureId) const;
};

} // namespace outcome
