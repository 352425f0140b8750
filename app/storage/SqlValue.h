// How dates, times and lists travel to and from SQL columns (ISO text, portable to any server).
#pragma once

#include "DateText.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace outcome::sql {

// SQL NULL. (A null QString would also bind as NULL, so Database::exec turns those into empty text.)
inline QVariant null()
{
    return QVariant::fromValue(nullptr);
}

inline QVariant fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(isoDate(date)) : null();
}

// An id column that may be empty: 0 means none.
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : null();
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : dateFromIso(value.toString());
}

inline QString fromDateTime(const QDateTime& moment)
{
    return isoTimestamp(moment);
}

inline QDateTime toDateTime(const QVariant& value)
{
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    moment.setTimeSpec(Qt::UTC);
    return moment;
}

inline QString fromList(const QStringList& list)
{
    return list.join(QLatin1Char(' '));
}

inline QStringList toList(const QVariant& value)
{
    return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace outcome::sql
