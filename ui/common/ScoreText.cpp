// Score formatting.
#include "ScoreText.h"

#include "OutcomeText.h"

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

} // namespace

QString ScoreText::value(const MeasureDefinition& measure, double value, Censoring censoring)
{
    return OutcomeText::value(measure, value, censoring);
}

QString ScoreText::score(const MeasureDefinition& measure, const MeasureScore& score)
{
    if (!score.value)
        return Tr::tr("No score: %1").arg(score.reason);
    QStringList parts{value(measure, *score.value, score.censoring)};
    if (score.band && !measure.answerOnly)
        parts.append(score.band->label);
    if (measure.isLabValue() && measure.referenceRange.isSet())
        parts.append(OutcomeText::rangeName(measure, score.rangeFlag));
    return parts.join(QStringLiteral(" · "));
}

QString ScoreText::change(const MeasureDefinition& measure, const MeasureChange& measureChange)
{
    const ChangeFromBaseline& change = measureChange.change;
    const QString from = value(measure, change.baseline);
    const QString since =
        measureChange.baseline.firstRecorded ? Tr::tr("first recorded %1").arg(from) : Tr::tr("baseline %1").arg(from);
    // An answer reported in words changes as words, not in points.
    if (measure.answerOnly)
        return since;
    QString text =
        Tr::tr("%1 (%2) from %3")
            .arg(OutcomeText::change(measure, change.change), OutcomeText::percentOrDash(change.percentChange), since);
    const QString verdict = OutcomeText::verdictName(change);
    if (verdict.isEmpty())
        return text;
    text += QStringLiteral(" · ") + verdict;
    QStringList checks;
    for (const ThresholdCheck& check : change.thresholds)
        checks.append(OutcomeText::thresholdCheck(check));
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

QString ScoreText::brief(const InstrumentDefinition& definition, const ScoreResult& result, bool withBand)
{
    const QList<const MeasureDefinition*> measures = headlineMeasures(definition);
    QStringList parts;
    for (const MeasureDefinition* measure : measures) {
        const MeasureScore* score = result.find(measure->id);
        if (!score || !score->value)
            continue;
        QString text = value(*measure, *score->value, score->censoring);
        if (measures.size() == 1 && score->band && withBand)
            text += QStringLiteral(" (%1)").arg(score->band->label);
        else if (score->isOutOfRange())
            text += QLatin1Char(' ') + OutcomeText::rangeMark(score->rangeFlag);
        parts.append(measures.size() == 1 ? text : measure->shortName + QLatin1Char(' ') + text);
    }
    if (parts.isEmpty())
        return Tr::tr("%1 no score").arg(definition.shortName);
    return definition.shortName + QLatin1Char(' ') + parts.join(QStringLiteral(" · "));
}

} // namespace outcome
