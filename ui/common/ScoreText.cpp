// Score formatting.
#include "ScoreText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ScoreText)
};

bool isPoints(const MeasureDefinition& measure)
{
    return measure.unit.isEmpty() || measure.unit == QLatin1String("points");
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// A change in the measure's own unit: percent scores change by points ("−10 points"), lab values by their unit.
QString signedAmount(const MeasureDefinition& measure, double amount)
{
    const QString sign = amount > 0 ? QStringLiteral("+") : QString();
    const QString text = sign + number(amount, measure.decimals);
    if (isPoints(measure) || measure.unit == QLatin1String("%"))
        return Tr::tr("%1 points").arg(text);
    return text + QLatin1Char(' ') + measure.unit;
}

} // namespace

QString ScoreText::value(const MeasureDefinition& measure, double value, Censoring censoring)
{
    QString text = number(value, measure.decimals);
    if (censoring == Censoring::BelowLimit)
        text = QStringLiteral("< ") + text;
    else if (censoring == Censoring::AboveLimit)
        text = QStringLiteral("> ") + text;
    if (isPoints(measure))
        return text;
    return text + QLatin1Char(' ') + measure.unit;
}

QString ScoreText::score(const MeasureDefinition& measure, const MeasureScore& score)
{
    if (!score.value)
        return Tr::tr("No score: %1").arg(score.reason);
    QStringList parts{value(measure, *score.value, score.censoring)};
    if (score.band)
        parts.append(score.band->label);
    if (score.rangeFlag == RangeFlag::High)
        parts.append(Tr::tr("above the reference range"));
    else if (score.rangeFlag == RangeFlag::Low)
        parts.append(Tr::tr("below the reference range"));
    return parts.join(QStringLiteral(" · "));
}

QString ScoreText::verdict(ChangeVerdict verdict)
{
    switch (verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("meaningful improvement");
    case ChangeVerdict::Improved:
        return Tr::tr("improved, short of a meaningful change");
    case ChangeVerdict::Unchanged:
        return Tr::tr("unchanged");
    case ChangeVerdict::Worsened:
        return Tr::tr("worse, short of a meaningful change");
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("meaningful worsening");
    case ChangeVerdict::NotRated:
        break;
    }
    return Tr::tr("change not rated");
}

QString ScoreText::change(const MeasureDefinition& measure, const MeasureChange& measureChange)
{
    const ChangeFromBaseline& change = measureChange.change;
    QString text = signedAmount(measure, change.change);
    if (change.percentChange)
        text += QStringLiteral(" (%1%2 %)")
                    .arg(*change.percentChange > 0 ? QStringLiteral("+") : QString(), number(*change.percentChange, 0));
    const QString from = value(measure, change.baseline);
    text += QLatin1Char(' ') + (measureChange.baseline.firstRecorded ? Tr::tr("from %1 first recorded").arg(from)
                                                                     : Tr::tr("from %1 at baseline").arg(from));
    if (measure.direction == Direction::Neutral)
        return text;
    text += QStringLiteral(" · ") + verdict(change.verdict);
    QStringList checks;
    for (const ThresholdCheck& check : change.thresholds) {
        const QString threshold = check.unit == ChangeUnit::Points ? Tr::tr("%1 points").arg(number(check.threshold, 0))
                                                                   : Tr::tr("%1 %").arg(number(check.threshold, 0));
        const QString reached = !check.reached ? Tr::tr("cannot tell") : *check.reached ? Tr::tr("yes") : Tr::tr("no");
        checks.append(Tr::tr("%1: %2").arg(threshold, reached));
    }
    if (!checks.isEmpty())
        text += QStringLiteral(" (") + checks.join(QStringLiteral("; ")) + QLatin1Char(')');
    return text;
}

QList<const MeasureDefinition*> ScoreText::headlineMeasures(const InstrumentDefinition& definition)
{
    const QList<const MeasureDefinition*> reported = definition.reportedMeasures();
    QList<const MeasureDefinition*> ungrouped;
    for (const MeasureDefinition* measure : reported) {
        if (measure->group.isEmpty())
            ungrouped.append(measure);
    }
    return ungrouped.isEmpty() ? reported : ungrouped;
}

QString ScoreText::brief(const InstrumentDefinition& definition, const ScoreResult& result)
{
    const QList<const MeasureDefinition*> measures = headlineMeasures(definition);
    QStringList parts;
    for (const MeasureDefinition* measure : measures) {
        const MeasureScore* score = result.find(measure->id);
        if (!score || !score->value)
            continue;
        QString text = value(*measure, *score->value, score->censoring);
        if (measures.size() == 1 && score->band)
            text += QStringLiteral(" (%1)").arg(score->band->label);
        else if (score->isOutOfRange())
            text += QStringLiteral(" (%1)").arg(score->rangeFlag == RangeFlag::High ? Tr::tr("high") : Tr::tr("low"));
        parts.append(measures.size() == 1 ? text : measure->shortName + QLatin1Char(' ') + text);
    }
    if (parts.isEmpty())
        return Tr::tr("%1 no score").arg(definition.shortName);
    return definition.shortName + QLatin1Char(' ') + parts.join(QStringLiteral(" · "));
}

} // namespace outcome
