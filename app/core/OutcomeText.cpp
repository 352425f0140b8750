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

QString OutcomeText::number(const MeasureDefinition& measure, double value, Censoring censoring)
{
    const QString digits = QLocale().toString(value, 'f', measure.decimals);
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
    const QString text = number(measure, value, censoring);
    if (measure.unit == QLatin1String("%"))
        return Tr::tr("%1 %").arg(text);
    if (!isPointsUnit(measure.unit))
        return Tr::tr("%1 %2").arg(text, measure.unit);
    return text;
}

QString OutcomeText::signedNumber(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    const QString digits = QLocale().toString(std::abs(rounded), 'f', decimals);
    if (rounded < 0)
        return kMinus + digits;
    if (rounded > 0)
        return QLatin1Char('+') + digits;
    return digits;
}

QString OutcomeText::change(const MeasureDefinition& measure, double change)
{
    const QString amount = signedNumber(change, measure.decimals);
    if (measure.unit == QLatin1String("%") || isPointsUnit(measure.unit)) {
        const bool one =
            std::abs(std::round(change * std::pow(10.0, measure.decimals))) == std::pow(10.0, measure.decimals);
        return one ? Tr::tr("%1 point").arg(amount) : Tr::tr("%1 points").arg(amount);
    }
    return Tr::tr("%1 %2").arg(amount, measure.unit);
}

QString OutcomeText::percent(double percent)
{
    return Tr::tr("%1 %").arg(signedNumber(percent, 0));
}

QString OutcomeText::verdictName(ChangeVerdict verdict)
{
    switch (verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("meaningfully improved");
    case ChangeVerdict::Improved:
        return Tr::tr("improved");
    case ChangeVerdict::Unchanged:
        return Tr::tr("unchanged");
    case ChangeVerdict::Worsened:
        return Tr::tr("worsened");
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("meaningfully worsened");
    case ChangeVerdict::NotRated:
        break;
    }
    return Tr::tr("not rated");
}

QString OutcomeText::verdictPhrase(const ChangeFromBaseline& change)
{
    const bool hasThreshold = !change.thresholds.isEmpty();
    switch (change.verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("meaningful improvement");
    case ChangeVerdict::Improved:
        return hasThreshold ? Tr::tr("improved, short of meaningful") : Tr::tr("improved");
    case ChangeVerdict::Unchanged:
        return Tr::tr("unchanged");
    case ChangeVerdict::Worsened:
        return hasThreshold ? Tr::tr("worse, short of meaningful") : Tr::tr("worsened");
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("meaningful worsening");
    case ChangeVerdict::NotRated:
        break;
    }
    return {};
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
    const QString amount = check.unit == ChangeUnit::Percent
                               ? Tr::tr("%1 %").arg(QLocale().toString(check.threshold))
                               : Tr::tr("%1 points").arg(QLocale().toString(check.threshold));
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
        return Tr::tr("%1 → %2 (no change can be given beyond the limit of detection)")
            .arg(start, value(measure, *last.value, last.censoring));
    }
    if (!change) {
        return baseline->firstRecorded ? Tr::tr("%1 first recorded, no later value yet").arg(start)
                                       : Tr::tr("%1 at baseline, no later value yet").arg(start);
    }
    QStringList parts{OutcomeText::change(measure, change->change)};
    if (change->percentChange)
        parts.append(percent(*change->percentChange));
    if (const QString verdict = verdictPhrase(*change); !verdict.isEmpty())
        parts.append(verdict);
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

QString OutcomeText::thresholdLabel(const MeasureSeries& series)
{
    const std::optional<ImprovementThreshold>& threshold = series.improvementThreshold();
    if (!threshold)
        return {};
    const QString amount = threshold->unit == ChangeUnit::Percent ? percent(threshold->amount)
                                                                  : change(series.measure(), threshold->amount);
    return Tr::tr("meaningful improvement (%1)").arg(amount);
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
