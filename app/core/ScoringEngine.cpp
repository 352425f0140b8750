// The scoring kinds: each turns the answers to a rule's items (or earlier measures) into one value.
#include "ScoringEngine.h"

#include <QCoreApplication>

#include <numeric>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ScoringEngine)
};

struct AnsweredItem
{
    const ItemDefinition* item;
    const ItemAnswer* answer;
    double value() const { return *answer->value; }
};

// The answered items of a rule, after checking each answer is one the form allows.
struct RuleAnswers
{
    QList<AnsweredItem> answered;
    int missing = 0;
    QString problem;
};

RuleAnswers collect(const InstrumentDefinition& definition, const ScoringRule& rule, const AnswerSet& answers)
{
    RuleAnswers collected;
    for (const QString& itemId : rule.items) {
        const ItemDefinition* item = definition.item(itemId);
        const ItemAnswer* answer = answers.find(itemId);
        if (!item || !answer || !answer->isAnswered()) {
            ++collected.missing;
            continue;
        }
        if (Status status = item->check(*answer); !status) {
            collected.problem = status.error().message;
            break;
        }
        collected.answered.append({item, answer});
    }
    return collected;
}

QString missingReason(const InstrumentDefinition& definition, const MeasureDefinition& measure, int missing)
{
    const ScoringRule& rule = measure.scoring;
    const int total = int(rule.items.size());
    if (total == 1) {
        const ItemDefinition* item = definition.item(rule.items.first());
        return Tr::tr("%1 not entered").arg(item ? item->label : rule.items.first());
    }
    if (missing == total)
        return Tr::tr("no %1 of %2 answered").arg(definition.itemNoun(1), measure.name);
    if (rule.maxMissing == 0) {
        return Tr::tr("%1 of %2 %3 unanswered; the %4 needs all %2")
            .arg(missing)
            .arg(total)
            .arg(definition.itemNoun(total), measure.shortName);
    }
    return Tr::tr("%1 of %2 %3 unanswered; the %4 allows at most %5")
        .arg(missing)
        .arg(total)
        .arg(definition.itemNoun(total), measure.shortName)
        .arg(rule.maxMissing);
}

struct Computed
{
    std::optional<double> value;
    QString problem;
};

std::optional<double> lookUp(const InstrumentDefinition& definition, const QString& table, double code)
{
    const auto tableIt = definition.tables.constFind(table);
    if (tableIt == definition.tables.constEnd())
        return std::nullopt;
    const auto it = tableIt->find(int(code));
    return it == tableIt->end() ? std::nullopt : std::optional<double>(it->second);
}

QString noTableValue(const AnsweredItem& answered, const QString& table)
{
    return Tr::tr("item %1: answer %2 has no value in table \"%3\"")
        .arg(answered.item->number)
        .arg(answered.value())
        .arg(table);
}

const PrecodeChoice* choosePrecode(const QList<PrecodeChoice>& choices, const AnswerSet& answers)
{
    for (const PrecodeChoice& choice : choices) {
        switch (choice.condition) {
        case PrecodeCondition::Always:
            return &choice;
        case PrecodeCondition::ItemUnanswered:
            if (!answers.isAnswered(choice.conditionItem))
                return &choice;
            break;
        case PrecodeCondition::ItemEquals:
            if (answers.value(choice.conditionItem) == double(choice.equals))
                return &choice;
            break;
        }
    }
    return nullptr;
}

// The items' values after the table each kind reads them through (none, the item's recode, or the SF-36 precode);
// a value missing from its table gives the problem.
QString readValues(const InstrumentDefinition& definition, const ScoringRule& rule, const AnswerSet& answers,
                   const RuleAnswers& collected, QList<double>& values)
{
    for (const AnsweredItem& answered : collected.answered) {
        QString table;
        if (rule.kind == ScoringKind::RecodeMean) {
            table = answered.item->recode;
        } else if (rule.kind == ScoringKind::Sf36Rescore) {
            const auto choices = rule.precode.constFind(answered.item->id);
            const PrecodeChoice* choice =
                choices == rule.precode.constEnd() ? nullptr : choosePrecode(*choices, answers);
            table = choice ? choice->table : QString();
        } else {
            values.append(answered.value());
            continue;
        }
        const std::optional<double> value = lookUp(definition, table, answered.value());
        if (!value)
            return noTableValue(answered, table);
        values.append(*value);
    }
    return {};
}

Computed compute(const InstrumentDefinition& definition, const ScoringRule& rule, const AnswerSet& answers,
                 const RuleAnswers& collected)
{
    QList<double> values;
    if (const QString problem = readValues(definition, rule, answers, collected, values); !problem.isEmpty())
        return {std::nullopt, problem};
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    const double count = double(values.size());
    switch (rule.kind) {
    case ScoringKind::Single:
    case ScoringKind::Sum:
        return {total, {}};
    case ScoringKind::Mean:
        // Multiplying before dividing keeps results such as 15 x 10 / 3 = 50 exact, so band limits hold.
        return {total * rule.multiplier / count, {}};
    case ScoringKind::PercentOfMax: {
        double maximum = 0;
        for (const AnsweredItem& answered : collected.answered)
            maximum += answered.item->highestAnswer().value_or(0);
        return {total * 100 / maximum, {}};
    }
    case ScoringKind::RecodeMean:
        return {total / count, {}};
    case ScoringKind::Sf36Rescore: {
        // Half-scale rule: each unanswered item takes the mean of the answered precoded items.
        const double raw = total + collected.missing * (total / count);
        return {(raw - rule.rawMin) * 100 / (rule.rawMax - rule.rawMin), {}};
    }
    case ScoringKind::LabValue: {
        const ItemAnswer& answer = *collected.answered.first().answer;
        // A lab reports a few significant digits; the unit factor must not add binary noise to them
        // (0.09 mg/dL x 10 is 0.8999999999999999 in doubles, and 0.9 mg/L to everyone else).
        const double converted = total * collected.answered.first().item->conversionFactor(answer.unit);
        return {QString::number(converted, 'g', 15).toDouble(), {}};
    }
    case ScoringKind::NormBasedSummary:
        break;
    }
    return {};
}

MeasureScore scoreSummary(const MeasureDefinition& measure, const InstrumentDefinition& definition,
                          const ScoreResult& earlier)
{
    const ScoringRule& rule = measure.scoring;
    MeasureScore score;
    score.expected = int(rule.components.size());
    QStringList unscored;
    double weighted = 0;
    for (const SummaryComponent& component : rule.components) {
        const std::optional<double> value = earlier.value(component.measure);
        if (!value) {
            const MeasureDefinition* missing = definition.measure(component.measure);
            unscored.append(missing ? missing->shortName : component.measure);
            continue;
        }
        ++score.answered;
        weighted += (*value - component.mean) / component.sd * component.weight;
    }
    if (unscored.isEmpty())
        score.value = rule.constant + rule.factor * weighted;
    else
        score.reason = Tr::tr("the %1 needs all %2 scales; no score for %3")
                           .arg(measure.shortName)
                           .arg(score.expected)
                           .arg(unscored.join(QLatin1String(", ")));
    return score;
}

MeasureScore scoreItems(const MeasureDefinition& measure, const InstrumentDefinition& definition,
                        const AnswerSet& answers)
{
    const ScoringRule& rule = measure.scoring;
    const RuleAnswers collected = collect(definition, rule, answers);
    MeasureScore score;
    score.expected = int(rule.items.size());
    score.answered = int(collected.answered.size());
    if (rule.noScoreWhenMarkedIncomplete && answers.markedIncomplete()) {
        score.reason =
            Tr::tr("the form is marked incomplete; the %1 is scored only from a complete form").arg(measure.shortName);
        return score;
    }
    if (!collected.problem.isEmpty()) {
        score.reason = collected.problem;
        return score;
    }
    if (collected.missing > rule.maxMissing) {
        score.reason = missingReason(definition, measure, collected.missing);
        return score;
    }
    const Computed computed = compute(definition, rule, answers, collected);
    score.value = computed.value;
    score.reason = computed.problem;
    if (rule.kind == ScoringKind::LabValue) {
        const AnsweredItem& entered = collected.answered.first();
        score.censoring = entered.answer->censoring;
        score.enteredValue = entered.value();
        score.enteredUnit =
            entered.answer->unit.isEmpty() ? entered.item->unit : entered.item->acceptedUnit(entered.answer->unit);
    }
    return score;
}

} // namespace

ScoreResult ScoringEngine::score(const InstrumentDefinition& definition, const AnswerSet& answers)
{
    ScoreResult result{definition.id, definition.version, {}};
    result.measures.reserve(definition.measures.size());
    for (const MeasureDefinition& measure : definition.measures)
        result.measures.append(scoreMeasure(definition, measure, answers, result));
    return result;
}

MeasureScore ScoringEngine::scoreMeasure(const InstrumentDefinition& definition, const MeasureDefinition& measure,
                                         const AnswerSet& answers, const ScoreResult& earlier)
{
    MeasureScore score = measure.scoring.kind == ScoringKind::NormBasedSummary
                             ? scoreSummary(measure, definition, earlier)
                             : scoreItems(measure, definition, answers);
    score.measureId = measure.id;
    score.unit = measure.unit;
    if (score.value) {
        if (const Band* band = measure.bandFor(*score.value, score.censoring))
            score.band = *band;
        score.rangeFlag = measure.referenceRange.flag(*score.value, score.censoring);
    }
    return score;
}

} // namespace outcome
