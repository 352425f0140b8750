// The program's one source of "today" and "now": the system clock, or a moment a test fixes it at.
#pragma once

#include <QDate>
#include <QDateTime>

namespace outcome {

class Clock
{
public:
    Clock() = delete;

    // The calendar day where the program runs (local time): what is due, overdue or how old a patient is.
    static QDate today();
    // This moment in UTC: what records, audit rows and exports are stamped with.
    static QDateTime nowUtc();

    // Every reading gives `moment` (time stands still) until reset(): tests state the day they assume. Safe while
    // other threads read the clock.
    static void setFixed(const QDateTime& moment);
    static void reset();
};

} // namespace outcome
