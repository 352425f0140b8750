// CSV quoting.
#include "CsvWriter.h"

namespace outcome {

CsvWriter::CsvWriter(const QStringList& header)
    : m_columns(header.size())
{
    addRow(header);
}

QString CsvWriter::quoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& fields)
{
    Q_ASSERT(fields.size() == m_columns);
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(fields[i]);
    }
    line += QStringLiteral("\r\n");
    m_bytes += line.toUtf8();
}

} // namespace outcome
