// Typed reading of a definition file's JSON: a field that is missing, of the wrong type or unknown is reported
// with the file name and the field's path ("odi.json: items[3].options: expected a list, found a number").
#pragma once

#include "EnumCode.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace outcome {

class JsonFields
{
public:
    enum class Need
    {
        Required,
        Optional
    };

    explicit JsonFields(const QString& fileName)
        : m_fileName(fileName)
    {}

    // Each accessor returns an empty value and records the problem when the field is not as the format says.
    // Only the first problem is kept: later ones often follow from it.
    QString string(const QJsonObject& object, const QString& path, const char* key, Need need);
    std::optional<double> number(const QJsonObject& object, const QString& path, const char* key, Need need);
    std::optional<int> integer(const QJsonObject& object, const QString& path, const char* key, Need need);
    bool boolean(const QJsonObject& object, const QString& path, const char* key, bool fallback);
    QJsonArray array(const QJsonObject& object, const QString& path, const char* key, Need need);
    QJsonObject object(const QJsonObject& object, const QString& path, const char* key, Need need);

    template <typename Enum, std::size_t N>
    std::optional<Enum> choice(const QJsonObject& object, const QString& path, const char* key,
                               const std::array<EnumCode<Enum>, N>& table, Need need)
    {
        const QString code = string(object, path, key, need);
        if (code.isEmpty())
            return std::nullopt;
        const std::optional<Enum> value = enumOf(table, code);
        if (!value)
            unknownChoice(field(path, key), code, codesOf(table));
        return value;
    }

    // An element of a list, or a value whose key is data (a table's code), checked for its type.
    QJsonObject asObject(const QJsonValue& value, const QString& path);
    QString asString(const QJsonValue& value, const QString& path);
    std::optional<double> asNumber(const QJsonValue& value, const QString& path);

    // Refuses keys the format does not know, so that a misspelt rule ("max_mising") cannot pass unnoticed.
    // `extra` holds the keys that only some variants of the object have (an item's input kind, a rule's kind).
    void allowOnly(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys,
                   std::initializer_list<const char*> extra = {});

    void fail(const QString& field, const QString& problem);
    bool failed() const { return m_error.has_value(); }
    Error error() const;

    static QString field(const QString& path, const char* key);
    static QString field(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

private:
    std::optional<QJsonValue> typed(const QJsonObject& object, const QString& path, const char* key, Need need,
                                    QJsonValue::Type type);
    std::optional<QJsonValue> ofType(const QJsonValue& value, const QString& field, QJsonValue::Type type);
    void unknownChoice(const QString& field, const QString& code, const QStringList& known);

    QString m_fileName;
    std::optional<Error> m_error;
};

} // namespace outcome
