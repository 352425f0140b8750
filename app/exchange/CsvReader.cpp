// A small state machine over the characters of the file.
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CsvReader)
};

Error errorAt(int line, qsizetype column, const QString& what)
{
    return makeError(ErrorKind::Invalid, Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(what));
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file is not UTF-8 text; save it as \"CSV UTF-8\" and try again."));

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only a separator or a line end may follow
    bool recordStarted = false;
    qsizetype quoteLine = 0;
    const auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&]() {
        endField();
        records.append(record);
        record = CsvRecord();
        recordStarted = false;
    };

    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!recordStarted) {
            record.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (afterQuote) {
            return errorAt(line, record.fields.size() + 1,
                           Tr::tr("a closing quote must be followed by a comma or the end of the line"));
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return errorAt(line, record.fields.size() + 1,
                               Tr::tr("a quote inside an unquoted field; put the whole field in quotes and double the "
                                      "quote (\"\")"));
            inQuotes = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return errorAt(int(quoteLine), record.fields.size() + 1, Tr::tr("a quoted field is never closed"));
    if (recordStarted)
        endRecord();
    return records;
}

} // namespace outcome
