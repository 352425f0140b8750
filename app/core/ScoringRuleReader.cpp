// Scoring rules in definition files: per kind, the fields it takes and the references it must be able to resolve.
#include "ScoringRuleReader.h"

#include <QCoreApplication>

namespace outcome {

namespace {

using Need = JsonFields::Need;

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ScoringRuleReader)
};

// The answers a table must give a value for: every option code, or every whole number of an integer item.
QList<int> wholeAnswers(const ItemDefinition& item)
{
    QList<int> codes;
    if (item.input == InputKind::Options || item.input == InputKind::YesNo) {
        for (const AnswerOption& option : item.options)
            codes.append(option.code);
    } else if (item.input == InputKind::Integer) {
        for (int code = int(item.min); code <= int(item.max.value_or(item.min)); ++code)
            codes.append(code);
    }
    return codes;
}

} // namespace

ScoringRule ScoringRuleReader::read(const QJsonObject& object, const QString& path, const MeasureDefinition& measure)
{
    ScoringRule rule;
    rule.kind = m_fields.choice(object, path, "kind", kScoringKindCodes, Need::Required).value_or(ScoringKind::Single);
    if (m_fields.failed())
        return rule;
    static constexpr std::initializer_list<const char*> kItemRule{"kind", "items", "max_missing",
                                                                  "no_score_when_marked_incomplete"};
    switch (rule.kind) {
    case ScoringKind::NormBasedSummary:
        m_fields.allowOnly(object, path, {"kind", "constant", "factor", "components"});
        readComponents(rule, object, path);
        return rule;
    case ScoringKind::Mean:
        m_fields.allowOnly(object, path, kItemRule, {"multiplier"});
        rule.multiplier = m_fields.number(object, path, "multiplier", Need::Optional).value_or(1);
        if (rule.multiplier == 0)
            m_fields.fail(JsonFields::field(path, "multiplier"), Tr::tr("must not be 0"));
        break;
    case ScoringKind::Sf36Rescore:
        m_fields.allowOnly(object, path, kItemRule, {"precode", "raw_min", "raw_max"});
        break;
    case ScoringKind::Single:
    case ScoringKind::Sum:
    case ScoringKind::PercentOfMax:
    case ScoringKind::RecodeMean:
    case ScoringKind::LabValue:
        m_fields.allowOnly(object, path, kItemRule);
        break;
    }
    readItems(rule, object, path);
    if (m_fields.failed())
        return rule;
    checkItems(rule, path, measure);
    if (rule.kind == ScoringKind::Sf36Rescore)
        readPrecode(rule, object, path);
    return rule;
}

void ScoringRuleReader::readItems(ScoringRule& rule, const QJsonObject& object, const QString& path)
{
    const QString itemsPath = JsonFields::field(path, "items");
    const QJsonArray items = m_fields.array(object, path, "items", Need::Required);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = JsonFields::element(itemsPath, i);
        const QString id = m_fields.asString(items[i], itemPath);
        if (!m_definition.item(id))
            m_fields.fail(itemPath, Tr::tr("item \"%1\" does not exist in this definition").arg(id));
        if (rule.items.contains(id))
            m_fields.fail(itemPath, Tr::tr("item \"%1\" appears twice").arg(id));
        rule.items.append(id);
    }
    rule.maxMissing = m_fields.integer(object, path, "max_missing", Need::Optional).value_or(0);
    if (rule.maxMissing < 0 || rule.maxMissing >= rule.items.size()) {
        m_fields.fail(JsonFields::field(path, "max_missing"),
                      Tr::tr("must be from 0 to %1 (at least one item must be answered)").arg(rule.items.size() - 1));
    }
    rule.noScoreWhenMarkedIncomplete = m_fields.boolean(object, path, "no_score_when_marked_incomplete", false);
}

void ScoringRuleReader::checkItems(const ScoringRule& rule, const QString& path, const MeasureDefinition& measure)
{
    const QString itemsPath = JsonFields::field(path, "items");
    const bool oneItem = rule.kind == ScoringKind::Single || rule.kind == ScoringKind::LabValue;
    if (oneItem && rule.items.size() != 1)
        m_fields.fail(itemsPath, Tr::tr("%1 scores exactly one item").arg(codeOf(kScoringKindCodes, rule.kind)));
    for (qsizetype i = 0; i < rule.items.size(); ++i) {
        const QString itemPath = JsonFields::element(itemsPath, i);
        const ItemDefinition& item = *m_definition.item(rule.items[i]);
        const bool labItem = item.input == InputKind::LabValue;
        if (labItem != (rule.kind == ScoringKind::LabValue))
            m_fields.fail(itemPath, Tr::tr("lab_value items are scored by lab_value, and only they are"));
        if (rule.kind == ScoringKind::LabValue && labItem && item.unit != measure.unit) {
            m_fields.fail(
                itemPath,
                Tr::tr("the item reports in %1 but the measure's unit is \"%2\"").arg(item.unit, measure.unit));
        }
        if (rule.kind == ScoringKind::PercentOfMax && item.lowestAnswer() != 0.0)
            m_fields.fail(itemPath, Tr::tr("percent_of_max needs items whose lowest answer is 0"));
        if (rule.kind == ScoringKind::RecodeMean) {
            if (item.recode.isEmpty())
                m_fields.fail(itemPath, Tr::tr("item \"%1\" has no recode table").arg(item.id));
            else
                checkTableCovers(item.recode, item, itemPath);
        }
    }
}

void ScoringRuleReader::checkTableCovers(const QString& table, const ItemDefinition& item, const QString& field)
{
    const auto found = m_definition.tables.constFind(table);
    if (found == m_definition.tables.constEnd()) {
        m_fields.fail(field, Tr::tr("no table named \"%1\" in tables").arg(table));
        return;
    }
    const QList<int> codes = wholeAnswers(item);
    if (codes.isEmpty())
        m_fields.fail(field, Tr::tr("item \"%1\" has no whole-number answers to look up in a table").arg(item.id));
    for (int code : codes) {
        if (!found->count(code))
            m_fields.fail(
                field,
                Tr::tr("table \"%1\" has no value for answer %2 of item \"%3\"").arg(table).arg(code).arg(item.id));
    }
}

void ScoringRuleReader::readPrecode(ScoringRule& rule, const QJsonObject& object, const QString& path)
{
    const QString precodePath = JsonFields::field(path, "precode");
    const QJsonObject precode = m_fields.object(object, path, "precode", Need::Required);
    for (auto it = precode.begin(); it != precode.end(); ++it) {
        if (!rule.items.contains(it.key()))
            m_fields.fail(JsonFields::field(precodePath, it.key()),
                          Tr::tr("item \"%1\" is not one of this rule's items").arg(it.key()));
    }
    for (const QString& id : std::as_const(rule.items)) {
        const QString itemPath = JsonFields::field(precodePath, id);
        const QJsonValue value = precode.value(id);
        if (!value.isArray() || value.toArray().isEmpty()) {
            m_fields.fail(itemPath, Tr::tr("expected a non-empty list of tables to choose from"));
            continue;
        }
        const QJsonArray array = value.toArray();
        QList<PrecodeChoice>& choices = rule.precode[id];
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString choicePath = JsonFields::element(itemPath, i);
            choices.append(
                readPrecodeChoice(m_fields.asObject(array[i], choicePath), choicePath, *m_definition.item(id)));
        }
        if (choices.last().condition != PrecodeCondition::Always)
            m_fields.fail(JsonFields::element(itemPath, array.size() - 1),
                          Tr::tr("the last choice must have no condition, so that every answer gets a table"));
    }
    rule.rawMin = m_fields.number(object, path, "raw_min", Need::Required).value_or(0);
    rule.rawMax = m_fields.number(object, path, "raw_max", Need::Required).value_or(0);
    if (rule.rawMax <= rule.rawMin)
        m_fields.fail(JsonFields::field(path, "raw_max"), Tr::tr("must be more than raw_min"));
}

PrecodeChoice ScoringRuleReader::readPrecodeChoice(const QJsonObject& object, const QString& path,
                                                   const ItemDefinition& item)
{
    m_fields.allowOnly(object, path, {"table", "when"});
    PrecodeChoice choice;
    choice.table = m_fields.string(object, path, "table", Need::Required);
    checkTableCovers(choice.table, item, JsonFields::field(path, "table"));
    const QString whenPath = JsonFields::field(path, "when");
    const QJsonObject when = m_fields.object(object, path, "when", Need::Optional);
    if (when.isEmpty())
        return choice;
    m_fields.allowOnly(when, whenPath, {"item", "answered", "equals"});
    choice.conditionItem = m_fields.string(when, whenPath, "item", Need::Required);
    if (!m_definition.item(choice.conditionItem)) {
        m_fields.fail(JsonFields::field(whenPath, "item"),
                      Tr::tr("item \"%1\" does not exist in this definition").arg(choice.conditionItem));
    }
    const bool answeredGiven = when.contains(QLatin1String("answered"));
    const std::optional<int> equals = m_fields.integer(when, whenPath, "equals", Need::Optional);
    if (answeredGiven == equals.has_value()) {
        m_fields.fail(whenPath, Tr::tr("give either \"answered\": false or \"equals\": a code"));
    } else if (equals) {
        choice.condition = PrecodeCondition::ItemEquals;
        choice.equals = *equals;
    } else if (m_fields.boolean(when, whenPath, "answered", true)) {
        m_fields.fail(
            JsonFields::field(whenPath, "answered"),
            Tr::tr("only \"answered\": false is a condition; an answered item is matched with \"equals\" or by "
                   "the last, unconditional choice"));
    } else {
        choice.condition = PrecodeCondition::ItemUnanswered;
    }
    return choice;
}

void ScoringRuleReader::readComponents(ScoringRule& rule, const QJsonObject& object, const QString& path)
{
    rule.constant = m_fields.number(object, path, "constant", Need::Optional).value_or(50);
    rule.factor = m_fields.number(object, path, "factor", Need::Optional).value_or(10);
    const QString listPath = JsonFields::field(path, "components");
    const QJsonArray array = m_fields.array(object, path, "components", Need::Required);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString componentPath = JsonFields::element(listPath, i);
        const QJsonObject entry = m_fields.asObject(array[i], componentPath);
        m_fields.allowOnly(entry, componentPath, {"measure", "mean", "sd", "weight"});
        SummaryComponent component;
        component.measure = m_fields.string(entry, componentPath, "measure", Need::Required);
        component.mean = m_fields.number(entry, componentPath, "mean", Need::Required).value_or(0);
        component.sd = m_fields.number(entry, componentPath, "sd", Need::Required).value_or(1);
        component.weight = m_fields.number(entry, componentPath, "weight", Need::Required).value_or(0);
        // Measures are scored in order, so a summary can only read the ones defined above it.
        if (!m_definition.measure(component.measure)) {
            m_fields.fail(JsonFields::field(componentPath, "measure"),
                          Tr::tr("measure \"%1\" is not defined before this one").arg(component.measure));
        }
        if (component.sd <= 0)
            m_fields.fail(JsonFields::field(componentPath, "sd"), Tr::tr("must be more than 0"));
        rule.components.append(component);
    }
}

} // namespace outcome
