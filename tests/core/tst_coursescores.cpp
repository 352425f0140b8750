// Scores across a course: each assessment scored once, the baseline chosen per measure, and the change of a
// live value at a visit, the way the timeline and the entry form read them.
#include "CoreTestSupport.h"
#include "CourseScores.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestCourseScores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scoresEachAssessment();
    void changeAgainstTheBaselineVisit();
    void firstRecordedStandsInForAMissingBaseline();
    void noChangeAtTheBaselineItself();

private:
    Assessment odi(qint64 visitId, const QString& answers) const;

    QList<Visit> m_visits;
};

void TestCourseScores::initTestCase()
{
    const QList<QPair<VisitKind, int>> plan{
        {VisitKind::Baseline, 0}, {VisitKind::Session, 3}, {VisitKind::FollowUp, 28}};
    for (int i = 0; i < plan.size(); ++i) {
        Visit visit;
        visit.id = 100 + i;
        visit.kind = plan[i].first;
        visit.sessionNumber = visit.kind == VisitKind::Session ? 1 : 0;
        visit.scheduledDate = QDate(2026, 3, 2).addDays(plan[i].second);
        m_visits.append(visit);
    }
}

Assessment TestCourseScores::odi(qint64 visitId, const QString& list) const
{
    Assessment assessment;
    assessment.visitId = visitId;
    assessment.instrumentId = QStringLiteral("odi");
    assessment.instrumentVersion = QStringLiteral("2.1a");
    assessment.answers = answers(bundled(QStringLiteral("odi")), list);
    return assessment;
}

void TestCourseScores::scoresEachAssessment()
{
    const CourseScores scores(bundledLibrary(), m_visits, {odi(100, QStringLiteral("2,3,2,1,4,3,2,1,2,3"))});
    const ScoreResult* result = scores.result(100, QStringLiteral("odi"));
    QVERIFY(result);
    QCOMPARE(hundredths(*result->value(QStringLiteral("total"))), 4600);
    QCOMPARE(scores.instrumentsAt(100), QStringList{QStringLiteral("odi")});
    QVERIFY(!scores.result(101, QStringLiteral("odi")));
    const QList<DatedValue> series = scores.series(QStringLiteral("odi"), QStringLiteral("total"));
    QCOMPARE(series.size(), 3);
    QVERIFY(series[0].fromBaselineVisit);
    QVERIFY(!series[1].value);
}

void TestCourseScores::changeAgainstTheBaselineVisit()
{
    const CourseScores scores(bundledLibrary(), m_visits, {odi(100, QStringLiteral("2,3,2,1,4,3,2,1,2,3"))});
    const MeasureDefinition* total = bundled(QStringLiteral("odi")).measure(QStringLiteral("total"));
    const std::optional<MeasureChange> change = scores.changeAt(*total, QStringLiteral("odi"), 102, 16);
    QVERIFY(change);
    QVERIFY(!change->baseline.firstRecorded);
    QCOMPARE(hundredths(change->change.change), -3000);
    QVERIFY(change->change.isMeaningfulImprovement());
}

void TestCourseScores::firstRecordedStandsInForAMissingBaseline()
{
    // Nothing at the baseline visit; the session's value is the first recorded.
    const CourseScores scores(bundledLibrary(), m_visits, {odi(101, QStringLiteral("2,3,2,1,4,3,2,1,2,3"))});
    const MeasureDefinition* total = bundled(QStringLiteral("odi")).measure(QStringLiteral("total"));
    const std::optional<MeasureChange> change = scores.changeAt(*total, QStringLiteral("odi"), 102, 40);
    QVERIFY(change);
    QVERIFY(change->baseline.firstRecorded);
    QCOMPARE(hundredths(change->baseline.value), 4600);
}

void TestCourseScores::noChangeAtTheBaselineItself()
{
    const CourseScores scores(bundledLibrary(), m_visits, {odi(102, QStringLiteral("1,1,1,1,1,1,1,1,1,1"))});
    const MeasureDefinition* total = bundled(QStringLiteral("odi")).measure(QStringLiteral("total"));
    // A live value typed at the baseline visit becomes the baseline: nothing to compare it with.
    QVERIFY(!scores.changeAt(*total, QStringLiteral("odi"), 100, 50));
    // The live value replaces the stored one at its own visit: 1 month alone has nothing before it.
    QVERIFY(!scores.changeAt(*total, QStringLiteral("odi"), 102, 30));
}

QTEST_APPLESS_MAIN(TestCourseScores)
#include "tst_coursescores.moc"
