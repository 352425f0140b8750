// Look-ups into an instrument definition.
#include "InstrumentDefinition.h"

#include <algorithm>

namespace outcome {

void InstrumentDefinition::setItems(const QList<ItemDefinition>& items)
{
    m_items = items;
    m_itemIndex.clear();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_itemIndex.insert(m_items[i].id, i);
}

const ItemDefinition* InstrumentDefinition::item(const QString& itemId) const
{
    const auto it = m_itemIndex.constFind(itemId);
    return it == m_itemIndex.constEnd() ? nullptr : &m_items[*it];
}

const MeasureDefinition* InstrumentDefinition::measure(const QString& measureId) const
{
    const auto it = std::find_if(measures.begin(), measures.end(),
                                 [&measureId](const MeasureDefinition& m) { return m.id == measureId; });
    return it == measures.end() ? nullptr : &*it;
}

QList<AnswerCheck> InstrumentDefinition::brokenChecks(const AnswerSet& answers) const
{
    QList<AnswerCheck> broken;
    for (const AnswerCheck& check : checks) {
        const std::optional<double> value = answers.value(check.item);
        const std::optional<double> limit = answers.value(check.atMost);
        if (value && limit && *value > *limit)
            broken.append(check);
    }
    return broken;
}

bool InstrumentDefinition::asksPatient() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const ItemDefinition& item) { return item.input != InputKind::LabValue; });
}

QStringList InstrumentDefinition::languages() const
{
    QStringList languageCodes;
    for (const auto& [code, translation] : translations)
        languageCodes.append(code);
    return languageCodes;
}

InstrumentDefinition InstrumentDefinition::inLanguage(const QString& language) const
{
    InstrumentDefinition copy = *this;
    const auto found = translations.find(language);
    if (found == translations.end())
        return copy;
    const DefinitionTranslation& words = found->second;
    const auto replace = [](QString& field, const QString& translated) {
        if (!translated.isEmpty())
            field = translated;
    };
    replace(copy.name, words.name);
    replace(copy.recall, words.recall);
    replace(copy.instructions, words.instructions);
    QList<ItemDefinition> items = m_items;
    for (ItemDefinition& item : items) {
        const auto translated = words.items.constFind(item.id);
        if (translated == words.items.constEnd())
            continue;
        // A translated item is asked in its translation only: a licensed English wording would otherwise win over
        // the translated label.
        item.label = translated->label;
        item.text = translated->text;
        replace(item.minLabel, translated->minLabel);
        replace(item.maxLabel, translated->maxLabel);
        for (AnswerOption& option : item.options) {
            const auto optionWords = translated->options.constFind(option.code);
            if (optionWords == translated->options.constEnd())
                continue;
            option.label = optionWords->label;
            option.text = optionWords->text;
        }
    }
    copy.setItems(items);
    return copy;
}

QList<const MeasureDefinition*> InstrumentDefinition::reportedMeasures() const
{
    QList<const MeasureDefinition*> reported;
    for (const MeasureDefinition& m : measures) {
        if (!m.internal)
            reported.append(&m);
    }
    return reported;
}

} // namespace outcome
