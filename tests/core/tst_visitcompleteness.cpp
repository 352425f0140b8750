// The gaps named before a visit is saved as done: taking place before the visit's window, planned instruments not
// entered, entered instruments without a score.
#include "CoreTestSupport.h"
#include "VisitCompleteness.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {

// The day the visits of these examples took place.
const QDate kTookPlace(2026, 12, 4);

} // namespace

class TestVisitCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gaps_data();
    void gaps();
    void markedIncompleteGivesTheReason();
    void onlyADoneVisitHasGaps();
};

void TestVisitCompleteness::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestVisitCompleteness::gaps_data()
{
    QTest::addColumn<int>("kind");          // VisitKind
    QTest::addColumn<int>("plannedInDays"); // the planned date, counted from the day it took place
    QTest::addColumn<QStringList>("planned");
    QTest::addColumn<QStringList>("entered"); // "odi=answer list"
    QTest::addColumn<QStringList>("expected");
    const QString odi = QStringLiteral("odi=2,3,2,1,4,3,2,1,2,3");
    const int followUp = int(VisitKind::FollowUp);
    const int session = int(VisitKind::Session);
    QTest::newRow("complete, on its day")
        << followUp << 0 << QStringList{QStringLiteral("odi")} << QStringList{odi} << QStringList{};
    QTest::newRow("follow-up four weeks early")
        << followUp << 28 << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("1 month is planned for 1 January 2027, 28 days after the day it took place")};
    QTest::newRow("follow-up a week early is on time")
        << followUp << 7 << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("follow-up eight days early")
        << followUp << 8 << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("1 month is planned for 12 December 2026, 8 days after the day it took place")};
    QTest::newRow("session three days early is on time")
        << session << 3 << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("session four days early")
        << session << 4 << QStringList{} << QStringList{}
        << QStringList{QStringLiteral("Session 2 is planned for 8 December 2026, 4 days after the day it took place")};
    QTest::newRow("late is never early") << followUp << -40 << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("planned missing, entered without a score")
        << followUp << 0 << QStringList{QStringLiteral("odi"), QStringLiteral("qvas"), QStringLiteral("rand36")}
        << QStringList{QStringLiteral("odi=2,3,,1,,3,,1,2,3")}
        << QStringList{QStringLiteral("QVAS not entered"), QStringLiteral("RAND-36 not entered"),
                       QStringLiteral("ODI has no score: 3 sections blank")};
    QTest::newRow("one blank item of one")
        << session << 0 << QStringList{QStringLiteral("nrs")} << QStringList{QStringLiteral("nrs=")}
        << QStringList{QStringLiteral("NRS has no score: 1 item blank")};
    QTest::newRow("an optional instrument may be left out")
        << followUp << 0 << QStringList{QStringLiteral("odi")} << QStringList{odi, QStringLiteral("qvas=5,4,8,")}
        << QStringList{};
}

void TestVisitCompleteness::gaps()
{
    QFETCH(int, kind);
    QFETCH(int, plannedInDays);
    QFETCH(QStringList, planned);
    QFETCH(QStringList, entered);
    QFETCH(QStringList, expected);
    VisitRecord record;
    record.visit.kind = VisitKind(kind);
    record.visit.sessionNumber = 2;
    record.visit.label = QStringLiteral("1 month");
    record.visit.status = VisitStatus::Done;
    record.visit.actualDate = kTookPlace;
    record.visit.scheduledDate = kTookPlace.addDays(plannedInDays);
    record.visit.plannedInstruments = planned;
    for (const QString& entry : std::as_const(entered)) {
        Assessment assessment;
        assessment.instrumentId = entry.section(QLatin1Char('='), 0, 0);
        assessment.instrumentVersion = bundled(assessment.instrumentId).version;
        assessment.answers = answers(bundled(assessment.instrumentId), entry.section(QLatin1Char('='), 1));
        record.assessments.append(assessment);
    }
    QCOMPARE(VisitCompleteness::gaps(record, bundledLibrary()), expected);
}

void TestVisitCompleteness::markedIncompleteGivesTheReason()
{
    VisitRecord record;
    record.visit.status = VisitStatus::Done;
    record.visit.actualDate = kTookPlace;
    record.visit.scheduledDate = kTookPlace;
    Assessment rmdq;
    rmdq.instrumentId = QStringLiteral("rmdq");
    rmdq.answers =
        answers(bundled(rmdq.instrumentId), QStringLiteral("1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0"));
    rmdq.answers.setMarkedIncomplete(true);
    record.assessments.append(rmdq);
    const QStringList gaps = VisitCompleteness::gaps(record, bundledLibrary());
    QCOMPARE(gaps.size(), 1);
    QVERIFY2(gaps.first().startsWith(QStringLiteral("RMDQ has no score: ")) &&
                 !gaps.first().contains(QStringLiteral("blank")),
             qPrintable(gaps.first()));
    QVERIFY(gaps.first().size() > QStringLiteral("RMDQ has no score: ").size());
}

void TestVisitCompleteness::onlyADoneVisitHasGaps()
{
    VisitRecord record;
    record.visit.kind = VisitKind::FollowUp;
    record.visit.scheduledDate = kTookPlace.addDays(60);
    record.visit.plannedInstruments = QStringList{QStringLiteral("odi")};
    QVERIFY(VisitCompleteness::gaps(record, bundledLibrary()).isEmpty());
    record.visit.status = VisitStatus::Done;
    record.visit.actualDate = kTookPlace;
    QCOMPARE(VisitCompleteness::gaps(record, bundledLibrary()).size(), 2);
}

QTEST_GUILESS_MAIN(TestVisitCompleteness)
#include "tst_visitcompleteness.moc"
