// Direct ISO formatting.
#include "DateText.h"

namespace outcome {

namespace {

void appendDigits(QChar*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

void appendDate(QChar*& out, const QDate& date)
{
    appendDigits(out, date.year(), 4);
    *out++ = u'-';
    appendDigits(out, date.month(), 2);
    *out++ = u'-';
    appendDigits(out, date.day(), 2);
}

// The number in `digits` decimal digits at `text`, or -1 where one is not a digit.
int readDigits(const QChar* text, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t digit = text[i].unicode();
        if (digit < u'0' || digit > u'9')
            return -1;
        value = value * 10 + (digit - u'0');
    }
    return value;
}

} // namespace

QDate dateFromIso(QStringView text)
{
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int year = readDigits(text.data(), 4);
        const int month = readDigits(text.data() + 5, 2);
        const int day = readDigits(text.data() + 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day); // invalid for a day the month does not have, as Qt's reading gives
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QString isoDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    appendDate(out, date);
    return text;
}

QString isoTimestamp(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    appendDate(out, date);
    *out++ = u'T';
    appendDigits(out, time.hour(), 2);
    *out++ = u':';
    appendDigits(out, time.minute(), 2);
    *out++ = u':';
    appendDigits(out, time.second(), 2);
    *out++ = u'.';
    appendDigits(out, time.msec(), 3);
    *out++ = u'Z';
    return text;
}

} // namespace outcome
