// The system clock, or a fixed moment kept as milliseconds since the epoch in one atomic.
#include "Clock.h"

#include <atomic>
#include <limits>

namespace outcome {

namespace {

constexpr qint64 kNotFixed = std::numeric_limits<qint64>::min();

// One atomic word, so a thread reading the clock while a test fixes it sees the old moment or the new one.
std::atomic<qint64> fixedMSecs{kNotFixed};

} // namespace

QDate Clock::today()
{
    const qint64 fixed = fixedMSecs.load(std::memory_order_relaxed);
    return fixed == kNotFixed ? QDate::currentDate() : QDateTime::fromMSecsSinceEpoch(fixed).date();
}

QDateTime Clock::nowUtc()
{
    const qint64 fixed = fixedMSecs.load(std::memory_order_relaxed);
    return fixed == kNotFixed ? QDateTime::currentDateTimeUtc() : QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
}

void Clock::setFixed(const QDateTime& moment)
{
    Q_ASSERT(moment.isValid());
    fixedMSecs.store(moment.toMSecsSinceEpoch(), std::memory_order_relaxed);
}

void Clock::reset()
{
    fixedMSecs.store(kNotFixed, std::memory_order_relaxed);
}

} // namespace outcome
