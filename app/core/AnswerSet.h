// The answers of one questionnaire or lab panel exactly as entered, item by item; scores are derived from them.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace outcome {

// A lab result reported beyond what the assay can measure ("< 0.5") is kept as such, never as a number.
enum class Censoring
{
    None,
    BelowLimit,
    AboveLimit
};

struct ItemAnswer
{
    std::optional<double> value; // empty: not answered
    QString unit;                // lab values: the unit as reported
    Censoring censoring = Censoring::None;

    bool isAnswered() const { return value.has_value(); }
    bool operator==(const ItemAnswer& other) const = default;
};

class AnswerSet
{
public:
    void set(const QString& itemId, const ItemAnswer& answer);
    void setValue(const QString& itemId, double value);
    void clear(const QString& itemId);

    const ItemAnswer* find(const QString& itemId) const;
    std::optional<double> value(const QString& itemId) const;
    bool isAnswered(const QString& itemId) const;
    int answeredCount() const;
    QStringList itemIds() const;
    bool isEmpty() const { return m_items.empty(); }

    // A paper form the clinician marked as not fully filled in (RMDQ: unticked is not the same as unanswered).
    bool markedIncomplete() const { return m_markedIncomplete; }
    void setMarkedIncomplete(bool incomplete) { m_markedIncomplete = incomplete; }

    // Stored form: {"items": {"1": 3, "2": null, "crp": {"value": 0.5, "unit": "mg/L", "censored": "below"}}}.
    QJsonObject toJson() const;
    static std::optional<AnswerSet> fromJson(const QJsonObject& json);
    QString toJsonText() const;
    static std::optional<AnswerSet> fromJsonText(const QString& text);
    // The same from the UTF-8 bytes of the text.
    static std::optional<AnswerSet> fromJsonBytes(const QByteArray& utf8);

    bool operator==(const AnswerSet& other) const = default;

private:
    std::map<QString, ItemAnswer> m_items;
    bool m_markedIncomplete = false;
};

QString censoringToCode(Censoring censoring);
Censoring censoringFromCode(const QString& code);

} // namespace outcome
