// AnswerSet storage form and access.
#include "AnswerSet.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace outcome {

void AnswerSet::set(const QString& itemId, const ItemAnswer& answer)
{
    m_items[itemId] = answer;
}

void AnswerSet::setValue(const QString& itemId, double value)
{
    m_items[itemId] = ItemAnswer{value, {}, Censoring::None};
}

void AnswerSet::clear(const QString& itemId)
{
    m_items.erase(itemId);
}

const ItemAnswer* AnswerSet::find(const QString& itemId) const
{
    const auto it = m_items.find(itemId);
    return it == m_items.end() ? nullptr : &it->second;
}

std::optional<double> AnswerSet::value(const QString& itemId) const
{
    const ItemAnswer* answer = find(itemId);
    return answer ? answer->value : std::nullopt;
}

bool AnswerSet::isAnswered(const QString& itemId) const
{
    const ItemAnswer* answer = find(itemId);
    return answer && answer->isAnswered();
}

int AnswerSet::answeredCount() const
{
    int count = 0;
    for (const auto& [id, answer] : m_items)
        count += answer.isAnswered() ? 1 : 0;
    return count;
}

QStringList AnswerSet::itemIds() const
{
    QStringList ids;
    ids.reserve(int(m_items.size()));
    for (const auto& [id, answer] : m_items)
        ids.append(id);
    return ids;
}

QString censoringToCode(Censoring censoring)
{
    switch (censoring) {
    case Censoring::BelowLimit:
        return QStringLiteral("below");
    case Censoring::AboveLimit:
        return QStringLiteral("above");
    case Censoring::None:
        break;
    }
    return {};
}

Censoring censoringFromCode(const QString& code)
{
    if (code == QLatin1String("below"))
        return Censoring::BelowLimit;
    if (code == QLatin1String("above"))
        return Censoring::AboveLimit;
    return Censoring::None;
}

QJsonObject AnswerSet::toJson() const
{
    QJsonObject items;
    for (const auto& [id, answer] : m_items) {
        const QJsonValue value = answer.value ? QJsonValue(*answer.value) : QJsonValue(QJsonValue::Null);
        if (answer.unit.isEmpty() && answer.censoring == Censoring::None) {
            items.insert(id, value);
            continue;
        }
        QJsonObject detail{{QStringLiteral("value"), value}};
        if (!answer.unit.isEmpty())
            detail.insert(QStringLiteral("unit"), answer.unit);
        if (answer.censoring != Censoring::None)
            detail.insert(QStringLiteral("censored"), censoringToCode(answer.censoring));
        items.insert(id, detail);
    }
    QJsonObject json{{QStringLiteral("items"), items}};
    if (m_markedIncomplete)
        json.insert(QStringLiteral("incomplete"), true);
    return json;
}

std::optional<AnswerSet> AnswerSet::fromJson(const QJsonObject& json)
{
    const QJsonValue itemsValue = json.value(QStringLiteral("items"));
    if (!itemsValue.isObject())
        return std::nullopt;
    AnswerSet set;
    const QJsonObject items = itemsValue.toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        ItemAnswer answer;
        QJsonValue value = it.value();
        if (value.isObject()) {
            const QJsonObject detail = value.toObject();
            answer.unit = detail.value(QStringLiteral("unit")).toString();
            answer.censoring = censoringFromCode(detail.value(QStringLiteral("censored")).toString());
            value = detail.value(QStringLiteral("value"));
        }
        if (value.isDouble())
            answer.value = value.toDouble();
        else if (!value.isNull() && !value.isUndefined())
            return std::nullopt;
        set.m_items[it.key()] = answer;
    }
    set.m_markedIncomplete = json.value(QStringLiteral("incomplete")).toBool(false);
    return set;
}

QString AnswerSet::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<AnswerSet> AnswerSet::fromJsonText(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace outcome
