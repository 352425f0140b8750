// RFC 4180 CSV text: UTF-8, CRLF line ends, fields quoted only when they hold a comma, quote or line break.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace outcome {

class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header);

    void addRow(const QStringList& fields);
    // The finished file.
    const QByteArray& bytes() const { return m_bytes; }

    static QString quoted(const QString& field);

private:
    QByteArray m_bytes;
    qsizetype m_columns = 0;
};

} // namespace outcome
