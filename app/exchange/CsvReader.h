// RFC 4180 CSV parsing that remembers where each record starts, so every message can name the line and column.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace outcome {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts (a quoted field may span lines)
    QStringList fields;
};

class CsvReader
{
public:
    // UTF-8 text with or without a byte-order mark, CRLF or LF line ends, an optional final line end.
    // Errors name the line and column: an unclosed quote, text after a closing quote, text that is not UTF-8.
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes);
};

} // namespace outcome
