// Wording of values, changes and verdicts.
#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::OutcomeText)
};

constexpr QChar kMinus(0x2212);

bool isPointsUnit(const QString& unit)
{
    return unit.isEmpty() || unit == QLatin1String("points");
}

} // namespace

double OutcomeText::rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    // Twelve significant digits give back the decimal a value stands for (21.499999999999996 is 21.5) while
    // keeping every digit a measurement or a change of them can carry; std::round rounds half away from zero.
    const double scale = std::pow(10.0, decimals);
    const double scaled = QString::number(value * scale, 'g', 12).toDouble();
    return std::round(scaled) / scale;
}

QString OutcomeText::decimal(double value, int decimals)
{
    const double shown = rounded(value, decimals);
    // No "−0" for a value that rounds to nothing.
    return QLocale().toString(shown == 0 ? 0.0 : shown, 'f', decimals);
}

QString OutcomeText::number(const MeasureDefinition& measure, double value, Censoring censoring)
{
    const QString digits = decimal(value, measure.decimals);
    switch (censoring) {
    case Censoring::BelowLimit:
        return Tr::tr("< %1").arg(digits);
    case Censoring::AboveLimit:
        return Tr::tr("> %1").arg(digits);
    case Censoring::None:
        break;
    }
    return digits;
}

QString OutcomeText::value(const MeasureDefinition& measure, double value, Censoring censoring)
{
    // An answer reported in its own words is its band's label ("Somewhat better now than one year ago").
    if (measure.answerOnly) {
        if (const Band* band = measure.bandFor(value))
            return band->label;
    }
    const QString text = number(measure, value, censoring);
    if (measure.unit == QLatin1String("%"))
        return Tr::tr("%1 %").arg(text);
    if (!isPointsUnit(measure.unit))
        return Tr::tr("%1 %2").arg(text, measure.unit);
    return text;
}

QString OutcomeText::markedValue(const MeasureDefinition& measure, const SeriesPoint& point)
{
    if (!point.value)
        return {};
    const QString text = value(measure, *point.value, point.censoring);
    const QString mark = rangeMark(point.rangeFlag);
    return mark.isEmpty() ? text : Tr::tr("%1 %2").arg(text, mark);
}

QString OutcomeText::signedNumber(double value, int decimals)
{
    const double shown = rounded(value, decimals);
    const QString digits = decimal(std::abs(shown), decimals);
    if (shown < 0)
        return kMinus + digits;
    if (shown > 0)
        return QLatin1Char('+') + digits;
    return digits;
}

QString OutcomeText::change(const MeasureDefinition& measure, double change)
{
    return amountOf(measure, change, signedNumber(change, measure.decimals));
}

QString OutcomeText::amountOf(const MeasureDefinition& measure, double amount, const QString& digits)
{
    if (measure.unit == QLatin1String("%") || isPointsUnit(measure.unit)) {
        const bool one = std::abs(rounded(amount, measure.decimals)) == 1.0;
        return one ? Tr::tr("%1 point").arg(digits) : Tr::tr("%1 points").arg(digits);
    }
    return Tr::tr("%1 %2").arg(digits, measure.unit);
}

QString OutcomeText::percent(double percent)
{
    return Tr::tr("%1 %").arg(signedNumber(percent, 0));
}

QString OutcomeText::percentOrDash(const std::optional<double>& value)
{
    return value ? percent(*value) : Tr::tr("—");
}

QString OutcomeText::verdictName(const ChangeFromBaseline& change)
{
    switch (change.verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("meaningful improvement");
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("meaningful worsening");
    case ChangeVerdict::NoMeaningfulChange:
        return Tr::tr("no meaningful change");
    case ChangeVerdict::Better:
    case ChangeVerdict::Worse:
        return change.change > 0 ? Tr::tr("higher") : Tr::tr("lower");
    case ChangeVerdict::AboutTheSame:
        return Tr::tr("about the same");
    case ChangeVerdict::NotRated:
        break;
    }
    return {};
}

QString OutcomeText::rangeName(const MeasureDefinition& measure, RangeFlag flag)
{
    if (!measure.referenceRange.isSet())
        return Tr::tr("no reference range");
    switch (flag) {
    case RangeFlag::High:
        return Tr::tr("above range");
    case RangeFlag::Low:
        return Tr::tr("below range");
    case RangeFlag::None:
        break;
    }
    return Tr::tr("in range");
}

QString OutcomeText::rangeMark(RangeFlag flag)
{
    switch (flag) {
    case RangeFlag::High:
        return QStringLiteral("▲");
    case RangeFlag::Low:
        return QStringLiteral("▼");
    case RangeFlag::None:
        break;
    }
    return {};
}

QString OutcomeText::rangeLegend()
{
    return Tr::tr("▲ above the reference range · ▼ below the reference range");
}

QString OutcomeText::censoredMove(CensoredMove move)
{
    switch (move) {
    case CensoredMove::Fell:
        return Tr::tr("fell below the limit of detection");
    case CensoredMove::Rose:
        return Tr::tr("rose above the limit of detection");
    case CensoredMove::CannotTell:
        break;
    }
    return Tr::tr("cannot tell: beyond the limit of detection");
}

QString OutcomeText::directionWords(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsWorse:
        return Tr::tr("lower is better");
    case Direction::HigherIsBetter:
        return Tr::tr("higher is better");
    case Direction::Neutral:
        break;
    }
    return {};
}

QString OutcomeText::directionWithArrow(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsWorse:
        return Tr::tr("↓ lower is better");
    case Direction::HigherIsBetter:
        return Tr::tr("↑ higher is better");
    case Direction::Neutral:
        break;
    }
    return Tr::tr("neither direction is better");
}

QString OutcomeText::thresholdCheck(const ThresholdCheck& check)
{
    const QString size = check.unit == ChangeUnit::Percent
                             ? Tr::tr("%1 %").arg(QLocale().toString(check.threshold))
                             : Tr::tr("%1 points").arg(QLocale().toString(check.threshold));
    const QString amount = check.sense == ChangeSense::Better  ? Tr::tr("better by %1").arg(size)
                           : check.sense == ChangeSense::Worse ? Tr::tr("worse by %1").arg(size)
                                                               : size;
    if (!check.reached)
        return Tr::tr("%1: cannot tell (baseline 0)").arg(amount);
    return *check.reached ? Tr::tr("%1: yes").arg(amount) : Tr::tr("%1: no").arg(amount);
}

QString OutcomeText::shortName(const MeasureDefinition& measure)
{
    return measure.shortName.isEmpty() ? measure.name : measure.shortName;
}

QString OutcomeText::resultLine(const MeasureSeries& series)
{
    const MeasureDefinition& measure = series.measure();
    const std::optional<Baseline>& baseline = series.baseline();
    if (!baseline)
        return Tr::tr("no value recorded");
    const QString start = value(measure, baseline->value, series.points()[baseline->index].censoring);
    const std::optional<ChangeFromBaseline>& change = series.change();
    if (series.changeUnmeasurable()) {
        const SeriesPoint& last = *series.latest();
        return Tr::tr("%1 → %2 (%3)")
            .arg(start, value(measure, *last.value, last.censoring),
                 censoredMove(series.censoredMove().value_or(CensoredMove::CannotTell)));
    }
    if (!change) {
        return baseline->firstRecorded ? Tr::tr("%1 first recorded, no later value yet").arg(start)
                                       : Tr::tr("%1 at baseline, no later value yet").arg(start);
    }
    if (measure.answerOnly)
        return Tr::tr("%1 → %2").arg(start, value(measure, change->value));
    QStringList parts{OutcomeText::change(measure, change->change)};
    if (change->percentChange)
        parts.append(percent(*change->percentChange));
    if (const QString verdict = verdictName(*change); !verdict.isEmpty())
        parts.append(verdict);
    else if (series.isLabValue())
        parts.append(rangeName(measure, series.latest()->rangeFlag));
    const QString from = baseline->firstRecorded ? Tr::tr("%1 (first recorded)").arg(start) : start;
    const QString to = value(measure, change->value, series.latest()->censoring);
    return Tr::tr("%1 → %2 (%3)").arg(from, to, parts.join(Tr::tr(", ")));
}

QString OutcomeText::resultTitle(const MeasureSeries& series)
{
    return Tr::tr("%1 %2").arg(shortName(series.measure()), resultLine(series));
}

QString OutcomeText::baselineLabel(const MeasureSeries& series)
{
    const std::optional<Baseline>& baseline = series.baseline();
    if (!baseline)
        return {};
    const QString text = value(series.measure(), baseline->value, series.points()[baseline->index].censoring);
    return baseline->firstRecorded ? Tr::tr("first recorded %1").arg(text) : Tr::tr("baseline %1").arg(text);
}

QString OutcomeText::expectedCourseKey(const MeasureDefinition& measure, const ExpectedCourse& expected)
{
    return Tr::tr("Patients who started like this: %1 courses (baseline within %2 of %3); median and middle half")
        .arg(expected.courseCount())
        .arg(amountOf(measure, expected.distance(), decimal(expected.distance(), measure.decimals)),
             value(measure, expected.baseline()));
}

QString OutcomeText::expectedVisit(const MeasureDefinition& measure, const ExpectedVisit& visit)
{
    return Tr::tr("%1: median %2, middle half %3 to %4 (%5 courses)")
        .arg(visit.visit, value(measure, visit.median), value(measure, visit.q1), value(measure, visit.q3))
        .arg(visit.n);
}

const ExpectedVisit* OutcomeText::expectedVisitToTell(const MeasureSeries& series, const ExpectedCourse& expected)
{
    if (expected.visits().isEmpty())
        return nullptr;
    const ExpectedVisit* at = &expected.visits().last();
    const SeriesPoint* latest = series.latest();
    const SeriesPoint* start = series.baseline() ? &series.points()[series.baseline()->index] : nullptr;
    if (latest && latest != start) {
        for (const ExpectedVisit& visit : expected.visits()) {
            if (visit.visit == latest->visitTitle)
                at = &visit;
        }
    }
    return at;
}

QString OutcomeText::expectedCourseSummary(const MeasureSeries& series, const ExpectedCourse& expected)
{
    const ExpectedVisit* at = expected.isShown() ? expectedVisitToTell(series, expected) : nullptr;
    if (!at)
        return {};
    const MeasureDefinition& measure = series.measure();
    return Tr::tr("%1: patients who started like this (%2 courses, baseline within %3 of %4): at %5 median %6, "
                  "middle half %7 to %8.")
        .arg(measure.name)
        .arg(expected.courseCount())
        .arg(amountOf(measure, expected.distance(), decimal(expected.distance(), measure.decimals)),
             value(measure, expected.baseline()), at->visit, value(measure, at->median), value(measure, at->q1),
             value(measure, at->q3));
}

QString OutcomeText::thresholdLabel(const MeasureSeries& series)
{
    const std::optional<ImprovementThreshold>& threshold = series.improvementThreshold();
    if (!threshold)
        return {};
    const QString amount = threshold->unit == ChangeUnit::Percent ? percent(threshold->amount)
                                                                  : change(series.measure(), threshold->amount);
    return Tr::tr("meaningful improvement (%1)").arg(amount);
}

std::optional<double> OutcomeText::populationAverage(const MeasureDefinition& measure)
{
    // A norm-based summary is its constant plus weighted distances from the norm: the norm's own score.
    if (measure.scoring.kind != ScoringKind::NormBasedSummary)
        return std::nullopt;
    return measure.scoring.constant;
}

QString OutcomeText::populationAverageLabel(const MeasureDefinition& measure)
{
    const std::optional<double> average = populationAverage(measure);
    return average ? Tr::tr("population average %1").arg(QLocale().toString(*average)) : QString();
}

QString OutcomeText::referenceRange(const MeasureDefinition& measure)
{
    const std::optional<Limit>& lower = measure.referenceRange.lower;
    const std::optional<Limit>& upper = measure.referenceRange.upper;
    if (lower && upper)
        return Tr::tr("%1–%2").arg(number(measure, lower->value), value(measure, upper->value));
    if (upper)
        return (upper->inclusive ? Tr::tr("≤ %1") : Tr::tr("< %1")).arg(value(measure, upper->value));
    if (lower)
        return (lower->inclusive ? Tr::tr("≥ %1") : Tr::tr("> %1")).arg(value(measure, lower->value));
    return {};
}

QString OutcomeText::longDate(const QDate& date)
{
    // The weekday adds length and nothing a reader of a course needs.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    const QLocale locale;
    return locale.toString(date, locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}

QString OutcomeText::axisUnit(const MeasureDefinition& measure)
{
    if (measure.unit == QLatin1String("%"))
        return Tr::tr("score (%)");
    if (isPointsUnit(measure.unit))
        return Tr::tr("points");
    return measure.unit;
}

} // namespace outcome
