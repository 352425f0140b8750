// AnswerSet storage form and access.
#include "AnswerSet.h"

#include "JsonWriter.h"

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
    return QJsonDocument::fromJson(toJsonText().toUtf8()).object();
}

QString AnswerSet::toJsonText() const
{
    JsonObjectWriter items;
    for (const auto& [id, answer] : m_items) {
        if (answer.unit.isEmpty() && answer.censoring == Censoring::None) {
            if (answer.value)
                items.add(id, *answer.value);
            else
                items.addNull(id);
            continue;
        }
        JsonObjectWriter detail;
        if (answer.value)
            detail.add(u"value", *answer.value);
        else
            detail.addNull(u"value");
        if (!answer.unit.isEmpty())
            detail.add(u"unit", answer.unit);
        if (answer.censoring != Censoring::None)
            detail.add(u"censored", censoringToCode(answer.censoring));
        items.addRaw(id, detail.text());
    }
    JsonObjectWriter json;
    json.addRaw(u"items", items.text());
    if (m_markedIncomplete)
        json.add(u"incomplete", true);
    return json.text();
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

std::optional<AnswerSet> AnswerSet::fromJsonText(const QString& text)
{
    return fromJsonBytes(text.toUtf8());
}

std::optional<AnswerSet> AnswerSet::fromJsonBytes(const QByteArray& utf8)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace outcome
