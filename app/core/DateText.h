// ISO 8601 text for dates and UTC moments, written directly: these run for every stored row.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace outcome {

// "2026-03-02"; empty for an invalid date.
QString isoDate(const QDate& date);
// "2026-03-02T09:30:00.000Z" (converted to UTC); empty for an invalid moment.
QString isoTimestamp(const QDateTime& moment);
// The date in ISO text ("2026-03-02", read directly; other ISO forms as Qt reads them); invalid if it is none.
QDate dateFromIso(QStringView text);

} // namespace outcome
