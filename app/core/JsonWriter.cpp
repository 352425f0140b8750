// Direct JSON text output.
#include "JsonWriter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace outcome {

void JsonObjectWriter::appendString(QString& out, QStringView value)
{
    out.append(QLatin1Char('"'));
    const bool plain = std::all_of(value.begin(), value.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    if (plain) {
        out.append(value);
        out.append(QLatin1Char('"'));
        return;
    }
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
}

QString JsonObjectWriter::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    // Answer codes are whole numbers; integer formatting is much cheaper than the shortest-double search.
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonObjectWriter::appendKey(QStringView key)
{
    if (!m_empty)
        m_text.append(QLatin1Char(','));
    m_empty = false;
    appendString(m_text, key);
    m_text.append(QLatin1Char(':'));
}

JsonObjectWriter& JsonObjectWriter::add(QStringView key, QStringView value)
{
    appendKey(key);
    appendString(m_text, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QStringView key, qint64 value)
{
    appendKey(key);
    m_text.append(QString::number(value));
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QStringView key, double value)
{
    appendKey(key);
    m_text.append(number(value));
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QStringView key, bool value)
{
    appendKey(key);
    m_text.append(value ? QLatin1String("true") : QLatin1String("false"));
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addNull(QStringView key)
{
    appendKey(key);
    m_text.append(QLatin1String("null"));
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addRaw(QStringView key, QStringView json)
{
    appendKey(key);
    m_text.append(json);
    return *this;
}

} // namespace outcome
