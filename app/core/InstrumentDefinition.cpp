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
