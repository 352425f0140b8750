// CSV quoting and formula neutralizing.
#include "CsvWriter.h"

#include <QRegularExpression>

namespace outcome {

namespace {

// True when a spreadsheet would read `text` (or `text` with leading apostrophes removed) as a formula.
bool startsLikeFormula(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    qsizetype first = 0;
    while (first < text.size() && text[first] == QLatin1Char('\''))
        ++first;
    return first < text.size() && triggers.contains(text[first]);
}

} // namespace

CsvWriter::CsvWriter(const QStringList& header, const QStringList& numberColumns)
    : m_columns(header.size())
{
    m_isNumber.reserve(header.size());
    for (const QString& column : header)
        m_isNumber.append(numberColumns.contains(column));
    addLine(header);
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

QString CsvWriter::neutralized(const QString& text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::keptAsText(const QString& cell)
{
    static const QRegularExpression numberLike(
        QStringLiteral("^\\s*[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?%?\\s*$"));
    if (!numberLike.match(cell).hasMatch())
        return cell;
    return QStringLiteral("=\"") + cell + QLatin1Char('"');
}

QString CsvWriter::restored(const QString& text)
{
    return text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text.mid(1)) ? text.mid(1) : text;
}

void CsvWriter::addRow(const QStringList& fields)
{
    Q_ASSERT(fields.size() == m_columns);
    QStringList cells = fields;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!m_isNumber.value(i))
            cells[i] = m_keepNumberLikeText ? keptAsText(neutralized(cells[i])) : neutralized(cells[i]);
    }
    addLine(cells);
}

void CsvWriter::addLine(const QStringList& fields)
{
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
