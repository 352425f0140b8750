// RFC 4180 CSV text: UTF-8, CRLF line ends, fields quoted only when they hold a comma, quote or line break, and text
// that a spreadsheet would run as a formula neutralized.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QStringList>

namespace outcome {

class CsvWriter
{
public:
    // Every column not named in `numberColumns` holds text, and its cells are neutralized(); number columns are
    // written as given, so a negative change stays a number.
    explicit CsvWriter(const QStringList& header, const QStringList& numberColumns = {});

    // For spreadsheets: a text cell a spreadsheet would read as a number ("1.0", "000123") is written as the
    // formula ="1.0", which Excel and LibreOffice show as that text. Files for R or pandas leave this off.
    void keepNumberLikeTextAsText(bool keep) { m_keepNumberLikeText = keep; }
    // ="text" for a cell that looks like a number, else the cell unchanged.
    static QString keptAsText(const QString& cell);

    void addRow(const QStringList& fields);
    // The finished file.
    const QByteArray& bytes() const { return m_bytes; }

    static QString quoted(const QString& field);
    // Text beginning with =, +, -, @, a tab or a carriage return (after any apostrophes) gets an apostrophe in
    // front, so a spreadsheet shows it instead of running it as a formula ("=SUM(A1)" -> "'=SUM(A1)").
    static QString neutralized(const QString& text);
    // The reverse of neutralized(): restored(neutralized(text)) == text for every text.
    static QString restored(const QString& text);

private:
    void addLine(const QStringList& fields);

    QByteArray m_bytes;
    qsizetype m_columns = 0;
    QList<bool> m_isNumber;
    bool m_keepNumberLikeText = false;
};

} // namespace outcome
