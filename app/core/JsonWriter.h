// Compact JSON text written straight into a string: for paths that run per saved row (answers, audit values),
// where building a QJsonObject and serialising it costs several times more.
#pragma once

#include <QString>

namespace outcome {

class JsonObjectWriter
{
public:
    JsonObjectWriter()
        : m_text(QStringLiteral("{"))
    {}

    JsonObjectWriter& add(QStringView key, QStringView value);
    JsonObjectWriter& add(QStringView key, const QString& value) { return add(key, QStringView(value)); }
    JsonObjectWriter& add(QStringView key, const char* value) = delete;
    JsonObjectWriter& add(QStringView key, qint64 value);
    JsonObjectWriter& add(QStringView key, int value) { return add(key, qint64(value)); }
    JsonObjectWriter& add(QStringView key, double value);
    JsonObjectWriter& add(QStringView key, bool value);
    JsonObjectWriter& addNull(QStringView key);
    // value must already be valid JSON (a nested object written by another writer).
    JsonObjectWriter& addRaw(QStringView key, QStringView json);

    // The finished object.
    QString text() const { return m_text + QLatin1Char('}'); }

    static void appendString(QString& out, QStringView value);
    static QString number(double value);

private:
    void appendKey(QStringView key);
    QString m_text;
    bool m_empty = true;
};

} // namespace outcome
