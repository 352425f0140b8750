// The clinician's words for values, changes and verdicts: one wording for charts, tables, reports and the CLI.
#pragma once

#include "AnswerSet.h"
#include "ChangeFromBaseline.h"
#include "MeasureDefinition.h"
#include "MeasureSeries.h"

#include <QString>

namespace outcome {

class OutcomeText
{
public:
    // "42", "3.4", "< 0.5": the measure's decimals, in the user's locale, without the unit.
    static QString number(const MeasureDefinition& measure, double value, Censoring censoring = Censoring::None);
    // "42 %", "7", "< 0.5 mg/L": a value as a reader expects it ("points" go without a unit).
    static QString value(const MeasureDefinition& measure, double value, Censoring censoring = Censoring::None);
    // "−22", "+3.4", "0": a signed amount with a true minus sign.
    static QString signedNumber(double value, int decimals);
    // "−22 points", "+1.2 mg/L": a change in the measure's unit (percent-scored measures change in points).
    static QString change(const MeasureDefinition& measure, double change);
    // "−52 %".
    static QString percent(double percent);
    // "meaningfully improved", "improved", "unchanged", "worsened", "meaningfully worsened", "not rated".
    static QString verdictName(ChangeVerdict verdict);
    // "meaningful improvement", "improved, short of meaningful", "improved" (no threshold defined): for titles;
    // empty when the measure is not rated.
    static QString verdictPhrase(const ChangeFromBaseline& change);
    // "lower is better", "higher is better"; empty when neither way is better.
    static QString directionWords(Direction direction);
    // "↓ lower is better" beside an axis.
    static QString directionWithArrow(Direction direction);
    // The threshold a change was checked against and whether it was reached: "10 points: yes".
    static QString thresholdCheck(const ThresholdCheck& check);

    // "ODI" where the measure has a short name, else its name: for crowded titles.
    static QString shortName(const MeasureDefinition& measure);
    // "42 % → 20 % (−22 points, −52 %, meaningful improvement)"; "42 % at baseline, no later value yet".
    static QString resultLine(const MeasureSeries& series);
    // The result line after the measure's short name: "ODI 42 % → 20 % (...)".
    static QString resultTitle(const MeasureSeries& series);
    // "baseline 42 %", or "first recorded 42 %" when no baseline visit has a value.
    static QString baselineLabel(const MeasureSeries& series);
    // "meaningful improvement (−10 points)"; empty without a threshold.
    static QString thresholdLabel(const MeasureSeries& series);
    // "< 10 mg/L", "≤ 3 mg/L", "2.0–8.0 pg/mL"; empty when the definition gives none.
    static QString referenceRange(const MeasureDefinition& measure);
    // "7 August 2026" in the user's locale: the long date without the weekday, for titles and sentences.
    static QString longDate(const QDate& date);
    // What the y axis counts: "score (%)", "points", "mg/L".
    static QString axisUnit(const MeasureDefinition& measure);
};

} // namespace outcome
