// Typed JSON field access with problems reported by file, field path and problem.
#include "JsonFields.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::JsonFields)
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

} // namespace

QString JsonFields::field(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFields::field(const QString& path, const char* key)
{
    return field(path, QString::fromLatin1(key));
}

QString JsonFields::element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonFields::fail(const QString& field, const QString& problem)
{
    if (!m_error)
        m_error = makeError(ErrorKind::Invalid, Tr::tr("%1: %2: %3").arg(m_fileName, field, problem));
}

Error JsonFields::error() const
{
    return m_error.value_or(makeError(ErrorKind::Internal, m_fileName));
}

std::optional<QJsonValue> JsonFields::ofType(const QJsonValue& value, const QString& field, QJsonValue::Type type)
{
    if (value.type() == type)
        return value;
    fail(field, Tr::tr("expected %1, found %2").arg(typeName(type), typeName(value.type())));
    return std::nullopt;
}

std::optional<QJsonValue> JsonFields::typed(const QJsonObject& object, const QString& path, const char* key, Need need,
                                            QJsonValue::Type type)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(field(path, key), Tr::tr("required field is missing"));
        return std::nullopt;
    }
    return ofType(value, field(path, key), type);
}

QString JsonFields::string(const QJsonObject& object, const QString& path, const char* key, Need need)
{
    const std::optional<QJsonValue> value = typed(object, path, key, need, QJsonValue::String);
    if (!value)
        return {};
    const QString text = value->toString().trimmed();
    if (text.isEmpty() && need == Need::Required)
        fail(field(path, key), Tr::tr("must not be empty"));
    return text;
}

std::optional<double> JsonFields::number(const QJsonObject& object, const QString& path, const char* key, Need need)
{
    const std::optional<QJsonValue> value = typed(object, path, key, need, QJsonValue::Double);
    return value ? std::optional<double>(value->toDouble()) : std::nullopt;
}

std::optional<int> JsonFields::integer(const QJsonObject& object, const QString& path, const char* key, Need need)
{
    const std::optional<double> value = number(object, path, key, need);
    if (!value)
        return std::nullopt;
    if (*value != std::floor(*value) || std::abs(*value) > 1e9) {
        fail(field(path, key), Tr::tr("expected a whole number, found %1").arg(*value));
        return std::nullopt;
    }
    return int(*value);
}

bool JsonFields::boolean(const QJsonObject& object, const QString& path, const char* key, bool fallback)
{
    const std::optional<QJsonValue> value = typed(object, path, key, Need::Optional, QJsonValue::Bool);
    return value ? value->toBool() : fallback;
}

QJsonArray JsonFields::array(const QJsonObject& object, const QString& path, const char* key, Need need)
{
    const std::optional<QJsonValue> value = typed(object, path, key, need, QJsonValue::Array);
    if (value && value->toArray().isEmpty() && need == Need::Required)
        fail(field(path, key), Tr::tr("must not be empty"));
    return value ? value->toArray() : QJsonArray();
}

QJsonObject JsonFields::object(const QJsonObject& object, const QString& path, const char* key, Need need)
{
    const std::optional<QJsonValue> value = typed(object, path, key, need, QJsonValue::Object);
    return value ? value->toObject() : QJsonObject();
}

QJsonObject JsonFields::asObject(const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonValue> checked = ofType(value, path, QJsonValue::Object);
    return checked ? checked->toObject() : QJsonObject();
}

QString JsonFields::asString(const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonValue> checked = ofType(value, path, QJsonValue::String);
    return checked ? checked->toString().trimmed() : QString();
}

std::optional<double> JsonFields::asNumber(const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonValue> checked = ofType(value, path, QJsonValue::Double);
    return checked ? std::optional<double>(checked->toDouble()) : std::nullopt;
}

void JsonFields::allowOnly(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys,
                           std::initializer_list<const char*> extra)
{
    const auto known = [](std::initializer_list<const char*> list, const QString& key) {
        return std::any_of(list.begin(), list.end(), [&key](const char* k) { return key == QLatin1String(k); });
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known(keys, it.key()) && !known(extra, it.key()))
            fail(field(path, it.key()), Tr::tr("unknown field (the definition format has no such field)"));
    }
}

void JsonFields::unknownChoice(const QString& field, const QString& code, const QStringList& known)
{
    fail(field, Tr::tr("unknown value \"%1\"; expected one of: %2").arg(code, known.join(QLatin1String(", "))));
}

} // namespace outcome
