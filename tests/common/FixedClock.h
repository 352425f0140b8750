// Fixes the program's clock for a scope, so a test states the day it assumes instead of reading the calendar.
#pragma once

#include "Clock.h"

namespace outcome::test {

class FixedClock
{
public:
    // At ten in the morning local time, as on a clinic's working day.
    explicit FixedClock(const QDate& day)
        : FixedClock(QDateTime(day, QTime(10, 0)))
    {}
    explicit FixedClock(const QDateTime& moment) { Clock::setFixed(moment); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
};

} // namespace outcome::test
