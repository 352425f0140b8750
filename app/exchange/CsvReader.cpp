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

// The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when every byte does.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto byteAt = [&bytes](qsizetype i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned char lead = byteAt(i);
        int length = 0;
        unsigned char low = 0x80; // the allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > bytes.size())
            return i;
        if (byteAt(i + 1) < low || byteAt(i + 1) > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (byteAt(i + k) < 0x80 || byteAt(i + k) > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// RFC 4180 records, fed the text of the file; remembers the line and field it is in, so that a problem found in
// the bytes (text that is not UTF-8) can be placed as precisely as one found in the text.
class Scanner
{
public:
    Status feed(const QString& text);
    Status finish();

    int line() const { return m_line; }
    qsizetype column() const { return m_record.fields.size() + 1; }
    QList<CsvRecord>& records() { return m_records; }

private:
    void endField()
    {
        m_record.fields.append(m_field);
        m_field.clear();
        m_afterQuote = false;
    }
    void endRecord()
    {
        endField();
        m_records.append(m_record);
        m_record = CsvRecord();
        m_recordStarted = false;
    }

    QList<CsvRecord> m_records;
    CsvRecord m_record;
    QString m_field;
    int m_line = 1;
    bool m_inQuotes = false;
    bool m_afterQuote = false; // a quoted field just closed: only a separator or a line end may follow
    bool m_recordStarted = false;
    int m_quoteLine = 0;
};

Status Scanner::feed(const QString& text)
{
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!m_recordStarted) {
            m_record.line = m_line;
            m_recordStarted = true;
        }
        if (m_inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    m_field += c;
                    ++i;
                } else {
                    m_inQuotes = false;
                    m_afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++m_line;
        } else if (m_afterQuote) {
            return errorAt(m_line, column(),
                           Tr::tr("a closing quote must be followed by a comma or the end of the line"));
        } else if (c == QLatin1Char('"')) {
            if (!m_field.isEmpty())
                return errorAt(m_line, column(),
                               Tr::tr("a quote inside an unquoted field; put the whole field in quotes and double the "
                                      "quote (\"\")"));
            m_inQuotes = true;
            m_quoteLine = m_line;
        } else {
            m_field += c;
        }
    }
    return {};
}

Status Scanner::finish()
{
    if (m_inQuotes)
        return errorAt(m_quoteLine, column(), Tr::tr("a quoted field is never closed"));
    if (m_recordStarted)
        endRecord();
    return {};
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes)
{
    Scanner scanner;
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        // The text before the first bad byte is read as usual: a problem there comes first, else the bad byte is
        // placed at the line and field the reading reached.
        if (Status status = scanner.feed(QString::fromUtf8(bytes.left(invalid))); !status)
            return status.error();
        const QString byte = QString::number(static_cast<unsigned char>(bytes[invalid]), 16)
                                 .toUpper()
                                 .rightJustified(2, QLatin1Char('0'));
        return errorAt(
            scanner.line(), scanner.column(),
            Tr::tr("the byte 0x%1 is not UTF-8 text; save the file as \"CSV UTF-8\" and try again").arg(byte));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file is not UTF-8 text; save it as \"CSV UTF-8\" and try again."));
    if (Status status = scanner.feed(text); !status)
        return status.error();
    if (Status status = scanner.finish(); !status)
        return status.error();
    return std::move(scanner.records());
}

} // namespace outcome
