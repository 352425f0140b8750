// The clinician's words for values, changes and verdicts: one wording for charts, tables, reports and the CLI.
#pragma once

#include "AnswerSet.h"
#include "ChangeFromBaseline.h"
#include "ExpectedCourse.h"
#include "MeasureDefinition.h"
#include "MeasureSeries.h"

#include <QString>

namespace outcome {

class OutcomeText
{
public:
    // `value` rounded to `decimals` as a person rounds the decimal number: half away from zero, on the value as
    // entered or computed (2.15 → 2.2, −0.55 → −0.6), never on its binary approximation (which shows 2.15 as 2.1).
    // For display only: everything is computed from unrounded values.
    static double rounded(double value, int decimals);
    // The rounded value as text in the user's locale: "2.2".
    static QString decimal(double value, int decimals);

    // "42", "3.4", "< 0.5": the measure's decimals, in the user's locale, without the unit.
    static QString number(const MeasureDefinition& measure, double value, Censoring censoring = Censoring::None);
    // "42 %", "7", "< 0.5 mg/L": a value as a reader expects it ("points" go without a unit); an answer reported in
    // words gives its words.
    static QString value(const MeasureDefinition& measure, double value, Censoring censoring = Censoring::None);
    // A value at a visit with its range mark when it lies outside the reference range: "8.4 pg/mL ▲".
    static QString markedValue(const MeasureDefinition& measure, const SeriesPoint& point);
    // "−22", "+3.4", "0": a signed amount with a true minus sign.
    static QString signedNumber(double value, int decimals);
    // "−22 points", "+1.2 mg/L": a change in the measure's unit (percent-scored measures change in points).
    static QString change(const MeasureDefinition& measure, double change);
    // An amount of the measure as written in `digits`, with its unit: "1 point", "10 points", "2.5 mg/L".
    static QString amountOf(const MeasureDefinition& measure, double amount, const QString& digits);
    // "−52 %".
    static QString percent(double percent);
    // "−52 %", or "—" where the baseline is 0 and there is no percent change.
    static QString percentOrDash(const std::optional<double>& percent);
    // The one vocabulary of change: "meaningful improvement", "meaningful worsening", "no meaningful change"
    // (measures with a threshold); "higher", "lower", "about the same" (measures without one); empty when the
    // change is not rated (blood markers, answers, measures with no better direction).
    static QString verdictName(const ChangeFromBaseline& change);
    // A blood marker against its reference range: "in range", "above range", "below range"; "no reference range"
    // where the definition gives none (IL-1 beta: the clinic enters its lab's), never "in range".
    static QString rangeName(const MeasureDefinition& measure, RangeFlag flag);
    // The mark beside a value outside its reference range, readable as text: "▲" above, "▼" below; empty inside.
    static QString rangeMark(RangeFlag flag);
    // The legend of the marks: "▲ above the reference range · ▼ below it".
    static QString rangeLegend();
    // Which way a value went past a limit of detection: "fell below the limit of detection", "rose above the
    // limit of detection", "cannot tell: beyond the limit of detection".
    static QString censoredMove(CensoredMove move);
    // "lower is better", "higher is better"; empty when neither way is better.
    static QString directionWords(Direction direction);
    // "↓ lower is better" beside an axis.
    static QString directionWithArrow(Direction direction);
    // The threshold a change was checked against, in the direction the change went, and whether it was reached:
    // "better by 10 points: yes", "worse by 30 %: no", "10 points: no" when nothing changed.
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
    // "Patients who started like this: 34 courses (baseline within 10 points of 36 %); median and middle half":
    // the expected course's key, stating its rule and n.
    static QString expectedCourseKey(const MeasureDefinition& measure, const ExpectedCourse& expected);
    // "1 month: median 24 %, middle half 18 % to 30 % (31 courses)".
    static QString expectedVisit(const MeasureDefinition& measure, const ExpectedVisit& visit);
    // The visit an expected course is told at in words: that of the patient's latest value (after the baseline)
    // where similar courses have one, else their last visit. Null when it has none.
    static const ExpectedVisit* expectedVisitToTell(const MeasureSeries& series, const ExpectedCourse& expected);
    // "ODI: patients who started like this (34 courses, baseline within 10 points of 36 %): at 1 month median
    // 24 %, middle half 18 % to 30 %." Empty where the expected course is not shown.
    static QString expectedCourseSummary(const MeasureSeries& series, const ExpectedCourse& expected);
    // The average of the population a norm-based summary is scored against (50); none for other measures.
    static std::optional<double> populationAverage(const MeasureDefinition& measure);
    // "population average 50" beside that average's line; empty for other measures.
    static QString populationAverageLabel(const MeasureDefinition& measure);
    // "< 10 mg/L", "≤ 3 mg/L", "2.0–8.0 pg/mL"; empty when the definition gives none.
    static QString referenceRange(const MeasureDefinition& measure);
    // "7 August 2026" in the user's locale: the long date without the weekday, for titles and sentences.
    static QString longDate(const QDate& date);
    // What the y axis counts: "score (%)", "points", "mg/L".
    static QString axisUnit(const MeasureDefinition& measure);
};

} // namespace outcome
