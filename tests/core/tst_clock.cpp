// The program's clock: the system calendar unless fixed, a fixed moment read back whole, the local day of a moment.
#include "Clock.h"
#include "FixedClock.h"

#include <QTest>

#include <ctime>

using namespace outcome;
using namespace outcome::test;

namespace {

// A day no run of the suite takes place on, so a reading of it can only come from a fixed clock.
const QDate kLongAgo(1999, 12, 31);

// Switches the process to another time zone (POSIX TZ rules, no zone database needed) for a scope.
class TimeZoneScope
{
public:
    explicit TimeZoneScope(const QByteArray& rule)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", rule);
        tzset();
    }
    ~TimeZoneScope()
    {
        if (m_wasSet)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneScope(const TimeZoneScope&) = delete;
    TimeZoneScope& operator=(const TimeZoneScope&) = delete;

private:
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void followsTheSystemCalendar();
    void fixedMomentStandsStill_data();
    void fixedMomentStandsStill();
    void todayIsTheLocalDayOfTheMoment_data();
    void todayIsTheLocalDayOfTheMoment();
    void resetReturnsToTheSystemCalendar();
    void seesTheDayThisRunExpects();
};

void TestClock::cleanup()
{
    Clock::reset();
}

void TestClock::followsTheSystemCalendar()
{
    // Read between two readings of the system clock, so a run across midnight cannot fail it.
    const QDate dayBefore = QDate::currentDate();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDate today = Clock::today();
    const QDateTime now = Clock::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QDate dayAfter = QDate::currentDate();
    QVERIFY(today == dayBefore || today == dayAfter);
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
}

void TestClock::fixedMomentStandsStill_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::newRow("a Friday morning") << QDateTime(QDate(2026, 12, 4), QTime(10, 0));
    QTest::newRow("a Sunday") << QDateTime(QDate(2026, 12, 6), QTime(8, 15));
    QTest::newRow("leap day, last millisecond") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999));
    QTest::newRow("new year's eve, midnight") << QDateTime(QDate(2026, 12, 31), QTime(0, 0));
}

void TestClock::fixedMomentStandsStill()
{
    QFETCH(QDateTime, moment);
    Clock::setFixed(moment);
    QCOMPARE(Clock::today(), moment.date());
    QCOMPARE(Clock::nowUtc(), moment);
    QCOMPARE(Clock::nowUtc().timeSpec(), Qt::UTC);
    QTest::qWait(5);
    QCOMPARE(Clock::nowUtc(), moment);
    QCOMPARE(Clock::today(), moment.date());
}

void TestClock::todayIsTheLocalDayOfTheMoment_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDate>("today");
    const QDateTime lateOnNewYearsEve(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
    QTest::newRow("UTC") << QByteArray("UTC0") << lateOnNewYearsEve << QDate(2026, 12, 31);
    QTest::newRow("twelve hours east: already the new year")
        << QByteArray("EAST-12") << lateOnNewYearsEve << QDate(2027, 1, 1);
    QTest::newRow("ten hours west: still leap day")
        << QByteArray("WEST10") << QDateTime(QDate(2028, 3, 1), QTime(5, 0), Qt::UTC) << QDate(2028, 2, 29);
}

void TestClock::todayIsTheLocalDayOfTheMoment()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, moment);
    QFETCH(QDate, today);
    const TimeZoneScope scope(zone);
    Clock::setFixed(moment);
    QCOMPARE(Clock::today(), today);
    QCOMPARE(Clock::nowUtc(), moment);
}

void TestClock::resetReturnsToTheSystemCalendar()
{
    {
        const FixedClock fixed(kLongAgo);
        QCOMPARE(Clock::today(), kLongAgo);
        QCOMPARE(Clock::nowUtc(), QDateTime(kLongAgo, QTime(10, 0)));
    }
    QVERIFY(Clock::today() != kLongAgo);
    Clock::setFixed(QDateTime(kLongAgo, QTime(12, 0)));
    Clock::reset();
    QVERIFY(Clock::today() != kLongAgo);
    QVERIFY(Clock::nowUtc().date() > kLongAgo);
}

void TestClock::seesTheDayThisRunExpects()
{
    // .ci/test runs the date-sensitive tests under faketime and names the day here: proof that the fake day
    // reaches the program, not only the shell.
    const QDate today = Clock::today();
    qInfo("Clock::today() is %s", qPrintable(today.toString(Qt::ISODate)));
    const QByteArray expected = qgetenv("OT_EXPECT_TODAY");
    if (expected.isEmpty())
        QSKIP("OT_EXPECT_TODAY names no day for this run");
    QCOMPARE(today, QDate::fromString(QString::fromLatin1(expected), Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
