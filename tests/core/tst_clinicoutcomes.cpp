// Clinic outcomes against figures worked out by hand on a small clinic: two groups, missed visits, a "first
// recorded" baseline, an archived patient, censored markers; and the statistics underneath against tables.
#include "ClinicOutcomes.h"
#include "CoreTestSupport.h"
#include "ExpectedCourse.h"
#include "SampleStatistics.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace outcome;
using outcome::test::bundled;

namespace {

// Student's t, 97.5th percentile, from published tables (R: qt(0.975, df)).
constexpr double kT2 = 4.302652729911275;
constexpr double kT3 = 3.182446305284263;

const QDate kStart(2026, 1, 5);

OutcomeValue at(const QString& visit, double value, Censoring censoring = Censoring::None)
{
    OutcomeValue entry;
    entry.visit = visit;
    entry.value = value;
    entry.censoring = censoring;
    if (visit == QLatin1String("Baseline")) {
        entry.kind = VisitKind::Baseline;
    } else if (visit == QLatin1String("Extra")) {
        entry.kind = VisitKind::Extra;
        entry.day = 2;
    } else {
        entry.kind = VisitKind::FollowUp;
        entry.day = visit == QLatin1String("1 month") ? 28 : visit == QLatin1String("3 months") ? 91 : 182;
    }
    entry.date = kStart.addDays(entry.day);
    return entry;
}

OutcomeCourse course(qint64 id, const QString& treatment, const QList<OutcomeValue>& values, bool archived = false)
{
    OutcomeCourse entry;
    entry.courseId = id;
    entry.patientId = id;
    entry.templateName = id % 2 ? QStringLiteral("8 sessions") : QStringLiteral("6 sessions");
    entry.treatmentLabel = treatment;
    entry.startDate = kStart.addDays(int(id));
    entry.archived = archived;
    entry.values = values;
    return entry;
}

const QString kSpinal = QStringLiteral("Spinal manipulation");
const QString kExercise = QStringLiteral("Exercise therapy");

// ODI totals. Spinal manipulation: four courses, one without a baseline visit (its 1-month value is its "first
// recorded" baseline), one missing 3 months. Exercise therapy: two courses and an archived patient's; one course
// missed 1 month; the archived one has only an extra visit before its baseline.
QList<OutcomeCourse> odiClinic()
{
    return {
        course(1, kSpinal,
               {at(QStringLiteral("Baseline"), 40), at(QStringLiteral("1 month"), 28),
                at(QStringLiteral("3 months"), 30)}),
        course(2, kSpinal, {at(QStringLiteral("Baseline"), 50), at(QStringLiteral("1 month"), 45)}),
        course(3, kSpinal, {at(QStringLiteral("1 month"), 60), at(QStringLiteral("3 months"), 44)}),
        course(4, kSpinal,
               {at(QStringLiteral("Baseline"), 30), at(QStringLiteral("1 month"), 18),
                at(QStringLiteral("3 months"), 16)}),
        course(5, kExercise,
               {at(QStringLiteral("Baseline"), 44), at(QStringLiteral("1 month"), 40),
                at(QStringLiteral("3 months"), 30)}),
        course(6, kExercise, {at(QStringLiteral("Baseline"), 36), at(QStringLiteral("1 month"), 30)}),
        course(7, kExercise, {at(QStringLiteral("Baseline"), 62), at(QStringLiteral("3 months"), 50)}),
        course(8, kExercise, {at(QStringLiteral("Extra"), 70), at(QStringLiteral("1 month"), 20)}, true),
    };
}

const MeasureDefinition& odiTotal()
{
    return *bundled(QStringLiteral("odi")).measure(QStringLiteral("total"));
}

const MeasureDefinition& crp()
{
    return *bundled(QStringLiteral("markers")).measure(QStringLiteral("crp"));
}

const GroupOutcome& groupNamed(const ClinicOutcomes& outcomes, const QString& name)
{
    for (const GroupOutcome& group : outcomes.groups()) {
        if (group.group == name)
            return group;
    }
    qFatal("no group \"%s\"", qPrintable(name));
}

const VisitOutcome& visitNamed(const GroupOutcome& group, const QString& visit)
{
    for (const VisitOutcome& row : group.visits) {
        if (row.visit == visit)
            return row;
    }
    qFatal("no visit \"%s\"", qPrintable(visit));
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-9;
}

} // namespace

class TestClinicOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void studentQuantile_data();
    void studentQuantile();
    void quantileType7();
    void wilson();
    void welch();
    void visitsInCourseOrder();
    void spreadPerVisit();
    void changeAndResponders();
    void groupDifferenceByWelch();
    void referenceByName();
    void filters();
    void markersOutOfRange();
    void oneGroupWithoutComparisons();
    void expectedCourseBand();
    void expectedCourseNeedsTwentyCourses();
    void expectedCourseAgreesWithTheTable();
};

void TestClinicOutcomes::studentQuantile_data()
{
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    QTest::newRow("1") << 1.0 << 12.706204736174707;
    QTest::newRow("2") << 2.0 << kT2;
    QTest::newRow("3") << 3.0 << kT3;
    QTest::newRow("4") << 4.0 << 2.7764451051977987;
    QTest::newRow("10") << 10.0 << 2.2281388519649385;
    QTest::newRow("30") << 30.0 << 2.0422724563012373;
    QTest::newRow("1000") << 1000.0 << 1.9623390808264078;
}

void TestClinicOutcomes::studentQuantile()
{
    QFETCH(double, df);
    QFETCH(double, expected);
    QVERIFY2(std::abs(SampleStatistics::studentQuantile(0.975, df) - expected) < 1e-9,
             qPrintable(QString::number(SampleStatistics::studentQuantile(0.975, df), 'g', 17)));
    QVERIFY(std::abs(SampleStatistics::studentQuantile(0.025, df) + expected) < 1e-9);
}

void TestClinicOutcomes::quantileType7()
{
    // numpy.percentile([1, 2, 4, 10], [25, 50, 75]) = 1.75, 3, 5.5.
    const QList<double> sorted{1, 2, 4, 10};
    QCOMPARE(SampleStatistics::quantile(sorted, 0.25), 1.75);
    QCOMPARE(SampleStatistics::quantile(sorted, 0.5), 3.0);
    QCOMPARE(SampleStatistics::quantile(sorted, 0.75), 5.5);
    QCOMPARE(SampleStatistics::quantile({7}, 0.25), 7.0);
    QCOMPARE(*SampleStatistics::standardDeviation({2, 4, 4, 4, 5, 5, 7, 9}), std::sqrt(32.0 / 7));
    QVERIFY(!SampleStatistics::standardDeviation({3}));
    QVERIFY(!SampleStatistics::meanInterval({3}));
}

void TestClinicOutcomes::wilson()
{
    // 2 of 3: p = 2/3, z = 1.959964; centre (p + z²/6)/(1 + z²/3), half z/(1 + z²/3)·√(p(1−p)/3 + z²/36).
    const Interval ci = SampleStatistics::wilsonInterval(2, 3);
    QVERIFY(near(ci.low, 0.20765960080204765));
    QVERIFY(near(ci.high, 0.9385080552796037));
    const Interval none = SampleStatistics::wilsonInterval(0, 2);
    QVERIFY(near(none.low, 0));
    QVERIFY(near(none.high, 0.6576197724933469));
}

void TestClinicOutcomes::welch()
{
    // a = {−4, −6}: variance of the mean 2/2 = 1; b = {−12, −5, −12}: 16.333…/3 = 5.444…;
    // df = 6.444…² / (1/1 + 5.444…²/2) = 2.625048770971518.
    const QList<double> a{-4, -6};
    const QList<double> b{-12, -5, -12};
    QVERIFY(near(SampleStatistics::welchDegreesOfFreedom(a, b), 2.625048770971518));
    const double half = SampleStatistics::studentQuantile(0.975, 2.625048770971518) * std::sqrt(1 + 49.0 / 9);
    const std::optional<Interval> ci = SampleStatistics::welchInterval(a, b);
    QVERIFY(ci);
    QVERIFY(near(ci->low, 14.0 / 3 - half));
    QVERIFY(near(ci->high, 14.0 / 3 + half));
    QVERIFY(!SampleStatistics::welchInterval({1}, b));
    QVERIFY(!SampleStatistics::welchInterval({1, 1}, {2, 2}));
}

void TestClinicOutcomes::visitsInCourseOrder()
{
    QList<OutcomeCourse> courses = odiClinic();
    OutcomeValue session = at(QStringLiteral("1 month"), 20);
    session.visit = QStringLiteral("Session 2");
    session.kind = VisitKind::Session;
    session.sessionNumber = 2;
    session.day = 3;
    courses[0].values.append(session);
    const Result<ClinicOutcomes> outcomes = ClinicOutcomes::compute(odiTotal(), courses, {}, OutcomeGrouping::None);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->visits(), (QStringList{QStringLiteral("Baseline"), QStringLiteral("Session 2"),
                                              QStringLiteral("1 month"), QStringLiteral("3 months")}));
    QCOMPARE(outcomes->groups().size(), 1);
    QCOMPARE(outcomes->groups().first().group, QStringLiteral("All"));
    QCOMPARE(outcomes->courseCount(), 8);
}

void TestClinicOutcomes::spreadPerVisit()
{
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), {}, OutcomeGrouping::Treatment);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 8);
    const GroupOutcome& spinal = groupNamed(*outcomes, kSpinal);
    QCOMPARE(spinal.courses, 4);

    // Baseline: 40, 50, 30 (course 3 has none): mean 40, SD 10, CI 40 ± t(2)·10/√3, quartiles 35, 40, 45.
    const VisitOutcome& baseline = visitNamed(spinal, QStringLiteral("Baseline"));
    QCOMPARE(baseline.n, 3);
    QVERIFY(near(baseline.mean, 40));
    QVERIFY(near(baseline.sd, 10));
    QVERIFY(near(baseline.ciLow, 40 - kT2 * 10 / std::sqrt(3.0)));
    QVERIFY(near(baseline.ciHigh, 40 + kT2 * 10 / std::sqrt(3.0)));
    QVERIFY(near(baseline.q1, 35));
    QVERIFY(near(baseline.median, 40));
    QVERIFY(near(baseline.q3, 45));
    QCOMPARE(baseline.changeN, 0);
    QVERIFY(!baseline.changeMean);
    QVERIFY(!baseline.responders);
    QVERIFY(!baseline.outOfRange); // the ODI has no reference range

    // 1 month: 28, 45, 60, 18: mean 37.75, SD √(1032.75/3), sorted 18 28 45 60: Q1 = 28 − 0.25·... = 25.5,
    // median 36.5, Q3 = 45 + 0.25·15 = 48.75.
    const VisitOutcome& month = visitNamed(spinal, QStringLiteral("1 month"));
    const double sd = std::sqrt(1032.75 / 3);
    QCOMPARE(month.n, 4);
    QVERIFY(near(month.mean, 37.75));
    QVERIFY(near(month.sd, sd));
    QVERIFY(near(month.ciLow, 37.75 - kT3 * sd / 2));
    QVERIFY(near(month.ciHigh, 37.75 + kT3 * sd / 2));
    QVERIFY(near(month.q1, 25.5));
    QVERIFY(near(month.median, 36.5));
    QVERIFY(near(month.q3, 48.75));

    // Exercise therapy at 3 months: 30 and 50 (the archived course has none): two values, quartiles 35, 40, 45.
    const VisitOutcome& exercise = visitNamed(groupNamed(*outcomes, kExercise), QStringLiteral("3 months"));
    QCOMPARE(exercise.n, 2);
    QVERIFY(near(exercise.mean, 40));
    QVERIFY(near(exercise.sd, std::sqrt(200.0)));
    QVERIFY(near(exercise.q1, 35));
}

void TestClinicOutcomes::changeAndResponders()
{
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), {}, OutcomeGrouping::Treatment);
    QVERIFY(outcomes);
    const GroupOutcome& spinal = groupNamed(*outcomes, kSpinal);
    // 1 month: −12, −5, −12; course 3's 1-month value is its own ("first recorded") baseline, so no change there.
    // Responders (a fall of at least 10 points): 2 of 3.
    const VisitOutcome& month = visitNamed(spinal, QStringLiteral("1 month"));
    QCOMPARE(month.changeN, 3);
    QVERIFY(near(month.changeMean, -29.0 / 3));
    QCOMPARE(month.responders, 2);
    QVERIFY(near(month.responderRate, 2.0 / 3));
    QVERIFY(near(month.responderCiLow, 0.20765960080204765));
    QVERIFY(near(month.responderCiHigh, 0.9385080552796037));
    // 3 months: −10 (exactly the threshold: a responder), −16 from the first-recorded 60, −14: 3 of 3.
    const VisitOutcome& three = visitNamed(spinal, QStringLiteral("3 months"));
    QCOMPARE(three.changeN, 3);
    QVERIFY(near(three.changeMean, -40.0 / 3));
    QCOMPARE(three.responders, 3);
    QVERIFY(near(three.responderRate, 1));
    QVERIFY(near(three.responderCiLow, 0.43850296824495455));
    QVERIFY(near(three.responderCiHigh, 1));

    // Exercise therapy at 1 month: −4, −6 and the archived course's 20 − 70 (its extra visit is its first
    // recorded baseline): 3 changes, one responder.
    const VisitOutcome& exercise = visitNamed(groupNamed(*outcomes, kExercise), QStringLiteral("1 month"));
    QCOMPARE(exercise.n, 3);
    QCOMPARE(exercise.changeN, 3);
    QVERIFY(near(exercise.changeMean, -20));
    QCOMPARE(exercise.responders, 1);
}

void TestClinicOutcomes::groupDifferenceByWelch()
{
    OutcomeFilter current;
    current.includeArchived = false;
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), current, OutcomeGrouping::Treatment);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 7);
    // The reference is the largest group.
    QCOMPARE(outcomes->reference(), kSpinal);
    // Baseline has no change; 1 month and 3 months compare Exercise therapy with Spinal manipulation.
    QCOMPARE(outcomes->comparisons().size(), 2);
    const OutcomeComparison& month = outcomes->comparisons().first();
    QCOMPARE(month.group, kExercise);
    QCOMPARE(month.reference, kSpinal);
    QCOMPARE(month.visit, QStringLiteral("1 month"));
    // −5 − (−29/3) = 14/3; Welch: SE² = 2/2 + (49/3)/3, df 2.625048770971518.
    QVERIFY(near(month.difference, 14.0 / 3));
    const double half = SampleStatistics::studentQuantile(0.975, 2.625048770971518) * std::sqrt(1 + 49.0 / 9);
    QVERIFY(near(month.ciLow, 14.0 / 3 - half));
    QVERIFY(near(month.ciHigh, 14.0 / 3 + half));
    // 3 months: exercise −14, −12 against −10, −16, −14: −13 − (−40/3) = 1/3.
    const OutcomeComparison& three = outcomes->comparisons().last();
    QCOMPARE(three.visit, QStringLiteral("3 months"));
    QVERIFY(near(three.difference, 1.0 / 3));
    QVERIFY(near(SampleStatistics::welchDegreesOfFreedom({-14, -12}, {-10, -16, -14}), 2.8942917547568703));
}

void TestClinicOutcomes::referenceByName()
{
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), {}, OutcomeGrouping::Treatment, kExercise);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->reference(), kExercise);
    QCOMPARE(outcomes->comparisons().first().group, kSpinal);
    const Result<ClinicOutcomes> unknown =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), {}, OutcomeGrouping::Treatment, QStringLiteral("Yoga"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    QVERIFY(unknown.error().message.contains(kSpinal));
    QVERIFY(unknown.error().message.contains(kExercise));
}

void TestClinicOutcomes::filters()
{
    OutcomeFilter filter;
    filter.completeAt = QStringLiteral("3 months");
    Result<ClinicOutcomes> outcomes = ClinicOutcomes::compute(odiTotal(), odiClinic(), filter, OutcomeGrouping::None);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 5); // courses 1, 3, 4, 5, 7
    QCOMPARE(visitNamed(outcomes->groups().first(), QStringLiteral("1 month")).n, 4);

    filter = {};
    filter.startedFrom = kStart.addDays(2);
    filter.startedTo = kStart.addDays(5);
    filter.templateName = QStringLiteral("8 sessions"); // odd course ids
    outcomes = ClinicOutcomes::compute(odiTotal(), odiClinic(), filter, OutcomeGrouping::Template);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 2); // courses 3 and 5
    QCOMPARE(outcomes->groups().size(), 1);
    QCOMPARE(outcomes->groups().first().group, QStringLiteral("8 sessions"));
    QVERIFY(outcomes->comparisons().isEmpty());

    filter = {};
    filter.treatmentLabel = kExercise;
    outcomes = ClinicOutcomes::compute(odiTotal(), odiClinic(), filter, OutcomeGrouping::Treatment);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 4);

    // A clinician is recorded on some courses only: the filter keeps that clinician's, never the unrecorded ones.
    QList<OutcomeCourse> clinic = odiClinic();
    clinic[0].clinician = QStringLiteral("Anna Keller");
    clinic[3].clinician = QStringLiteral("Anna Keller");
    clinic[4].clinician = QStringLiteral("Priya Raman");
    filter = {};
    filter.clinician = QStringLiteral("Anna Keller");
    outcomes = ClinicOutcomes::compute(odiTotal(), clinic, filter, OutcomeGrouping::None);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 2); // courses 1 and 4
    // Baselines 40 and 30.
    QVERIFY(near(visitNamed(outcomes->groups().first(), QStringLiteral("Baseline")).mean, 35));
    filter.includeArchived = false;
    filter.clinician = QStringLiteral("Priya Raman");
    outcomes = ClinicOutcomes::compute(odiTotal(), clinic, filter, OutcomeGrouping::None);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->courseCount(), 1);
}

void TestClinicOutcomes::markersOutOfRange()
{
    // CRP, reference range below 10 mg/L. Baseline: 12, "< 0.5" (inside), 8, 15: 2 of 4 outside; the censored
    // value leaves no mean. 1 month: 9 and 11: 1 of 2 outside, mean 10.
    const QList<OutcomeCourse> courses{
        course(1, kSpinal, {at(QStringLiteral("Baseline"), 12), at(QStringLiteral("1 month"), 9)}),
        course(2, kSpinal, {at(QStringLiteral("Baseline"), 0.5, Censoring::BelowLimit)}),
        course(3, kSpinal, {at(QStringLiteral("Baseline"), 8)}),
        course(4, kSpinal, {at(QStringLiteral("Baseline"), 15), at(QStringLiteral("1 month"), 11)}),
    };
    const Result<ClinicOutcomes> outcomes = ClinicOutcomes::compute(crp(), courses, {}, OutcomeGrouping::None);
    QVERIFY(outcomes);
    const VisitOutcome& baseline = visitNamed(outcomes->groups().first(), QStringLiteral("Baseline"));
    QCOMPARE(baseline.n, 4);
    QVERIFY(!baseline.mean);
    QVERIFY(!baseline.median);
    QCOMPARE(baseline.outOfRange, 2);
    QVERIFY(near(baseline.outOfRangeRate, 0.5));
    QVERIFY(near(baseline.outOfRangeCiLow, 0.15003898915214953));
    QVERIFY(near(baseline.outOfRangeCiHigh, 0.8499610108478505));
    const VisitOutcome& month = visitNamed(outcomes->groups().first(), QStringLiteral("1 month"));
    QCOMPARE(month.n, 2);
    QVERIFY(near(month.mean, 10));
    QCOMPARE(month.outOfRange, 1);
    QVERIFY(near(month.outOfRangeCiLow, 0.09453120573423074));
    QVERIFY(near(month.outOfRangeCiHigh, 0.9054687942657693));
    // Markers have no responders: no meaningful-change threshold.
    QVERIFY(!month.responders);
    QCOMPARE(month.changeN, 2);
    QVERIFY(near(month.changeMean, -3.5));
}

void TestClinicOutcomes::oneGroupWithoutComparisons()
{
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(odiTotal(), odiClinic(), {}, OutcomeGrouping::None, QStringLiteral("Yoga"));
    QVERIFY(outcomes);
    QVERIFY(outcomes->comparisons().isEmpty());
    QVERIFY(ClinicOutcomes::groupingFromCode(QStringLiteral("treatment")) == OutcomeGrouping::Treatment);
    QVERIFY(!ClinicOutcomes::groupingFromCode(QStringLiteral("clinician")));
}

namespace {

// Completed ODI courses for the expected course of a patient whose baseline is 40 (similar: 30 to 50).
QList<OutcomeCourse> expectedClinic(int similarCount)
{
    QList<OutcomeCourse> courses;
    for (int i = 0; i < similarCount; ++i) {
        OutcomeCourse entry = course(
            100 + i, kSpinal, {at(QStringLiteral("Baseline"), 35 + i % 11), at(QStringLiteral("1 month"), 20 + i)});
        entry.status = CourseStatus::Completed;
        courses.append(entry);
    }
    // On the edge of the distance: similar.
    OutcomeCourse edge = course(
        200, kSpinal,
        {at(QStringLiteral("Baseline"), 50), at(QStringLiteral("1 month"), 40), at(QStringLiteral("3 months"), 12)});
    edge.status = CourseStatus::Completed;
    courses.append(edge);
    // Not similar: too far, still running, or the patient's own earlier course.
    OutcomeCourse far = course(201, kSpinal, {at(QStringLiteral("Baseline"), 51), at(QStringLiteral("1 month"), 0)});
    far.status = CourseStatus::Completed;
    OutcomeCourse running =
        course(202, kSpinal, {at(QStringLiteral("Baseline"), 40), at(QStringLiteral("1 month"), 0)});
    OutcomeCourse own = course(203, kSpinal, {at(QStringLiteral("Baseline"), 40), at(QStringLiteral("1 month"), 0)});
    own.status = CourseStatus::Completed;
    own.patientId = 999;
    courses << far << running << own;
    return courses;
}

} // namespace

void TestClinicOutcomes::expectedCourseBand()
{
    // ODI runs 0–100: similar means a baseline within 10 points of 40. Twenty courses 1-month values 20…39 and
    // the edge course's 40: 21 values 20…40, median 30, quartiles at positions 5 and 15: 25 and 35.
    QVERIFY(near(ExpectedCourse::similarDistance(odiTotal()), 10));
    QVERIFY(!ExpectedCourse::similarDistance(crp()));
    const ExpectedCourse expected = ExpectedCourse::build(odiTotal(), expectedClinic(20), 40, 999);
    QCOMPARE(expected.courseCount(), 21);
    QVERIFY(expected.isShown());
    QCOMPARE(expected.visits().size(), 3);
    const ExpectedVisit& month = expected.visits()[1];
    QCOMPARE(month.visit, QStringLiteral("1 month"));
    QCOMPARE(month.day, 28);
    QCOMPARE(month.n, 21);
    QCOMPARE(month.median, 30.0);
    QCOMPARE(month.q1, 25.0);
    QCOMPARE(month.q3, 35.0);
    // Baselines 35…45 (twenty, i mod 11) and 50: median of the sorted 21.
    QCOMPARE(expected.visits()[0].n, 21);
    const ExpectedVisit& three = expected.visits()[2];
    QCOMPARE(three.n, 1);
    QCOMPARE(three.median, 12.0);
}

void TestClinicOutcomes::expectedCourseNeedsTwentyCourses()
{
    const ExpectedCourse expected = ExpectedCourse::build(odiTotal(), expectedClinic(18), 40, 999);
    QCOMPARE(expected.courseCount(), 19);
    QVERIFY(!expected.isShown());
}

void TestClinicOutcomes::expectedCourseAgreesWithTheTable()
{
    // A clinic drawn at random: visits missed, entered twice (the latest counts), follow-ups on days that differ
    // between courses, extra visits, a few censored values, some courses still running. The band of every baseline
    // is what the clinic outcomes table gives for the similar courses alone.
    std::mt19937 random(20261205);
    const auto uniform = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    QList<OutcomeCourse> clinic;
    for (int id = 1; id <= 400; ++id) {
        QList<OutcomeValue> values;
        if (uniform(0, 9) > 0)
            values.append(at(QStringLiteral("Baseline"), uniform(0, 100)));
        if (uniform(0, 9) == 0)
            values.append(at(QStringLiteral("Extra"), uniform(0, 100)));
        for (int session = 1; session <= 4; ++session) {
            if (uniform(0, 3) == 0)
                continue;
            OutcomeValue value = at(QStringLiteral("1 month"), uniform(0, 100));
            value.visit = QStringLiteral("Session %1").arg(session);
            value.kind = VisitKind::Session;
            value.sessionNumber = session;
            value.day = 2 * session;
            values.append(value);
            if (uniform(0, 9) == 0)
                values.append(value); // entered again: the later entry wins
            values.last().value = uniform(0, 100);
        }
        for (const QString& followUp : {QStringLiteral("1 month"), QStringLiteral("3 months")}) {
            if (uniform(0, 2) == 0)
                continue;
            OutcomeValue value =
                at(followUp, uniform(0, 100), uniform(0, 49) == 0 ? Censoring::BelowLimit : Censoring::None);
            value.day += uniform(-3, 3);
            values.append(value);
        }
        OutcomeCourse entry = course(id, uniform(0, 1) ? kSpinal : kExercise, values);
        entry.patientId = 1 + id % 350;
        entry.status = uniform(0, 4) ? CourseStatus::Completed : CourseStatus::Active;
        clinic.append(entry);
    }
    const CoursesByBaseline ordered(clinic);
    int compared = 0;
    for (int baseline = 0; baseline <= 100; baseline += 5) {
        const qint64 patientId = 1 + baseline % 350;
        // The second implementation: choose the courses plainly, then the table of those alone.
        QList<OutcomeCourse> similar;
        for (const OutcomeCourse& entry : std::as_const(clinic)) {
            const std::optional<qsizetype> index = ClinicOutcomes::baselineIndex(entry);
            if (entry.status == CourseStatus::Completed && entry.patientId != patientId && index &&
                entry.values[*index].censoring == Censoring::None &&
                std::abs(entry.values[*index].value - baseline) <= 10)
                similar.append(entry);
        }
        const ExpectedCourse expected = ExpectedCourse::build(odiTotal(), ordered, baseline, patientId);
        QCOMPARE(expected.courseCount(), int(similar.size()));
        const Result<ClinicOutcomes> table = ClinicOutcomes::compute(odiTotal(), similar, {}, OutcomeGrouping::None);
        QVERIFY(table);
        QList<ExpectedVisit> fromTable;
        for (qsizetype row = 0; row < table->visits().size(); ++row) {
            const VisitOutcome& visit = table->groups().first().visits[row];
            if (visit.median)
                fromTable.append({visit.visit, table->visitDays()[row], visit.n, *visit.median, *visit.q1, *visit.q3});
        }
        QCOMPARE(expected.visits().size(), fromTable.size());
        for (qsizetype i = 0; i < fromTable.size(); ++i) {
            const ExpectedVisit& mine = expected.visits()[i];
            QCOMPARE(mine.visit, fromTable[i].visit);
            QCOMPARE(mine.day, fromTable[i].day);
            QCOMPARE(mine.n, fromTable[i].n);
            QCOMPARE(mine.median, fromTable[i].median);
            QCOMPARE(mine.q1, fromTable[i].q1);
            QCOMPARE(mine.q3, fromTable[i].q3);
            ++compared;
        }
    }
    QVERIFY2(compared > 50, qPrintable(QString::number(compared)));
}

QTEST_GUILESS_MAIN(TestClinicOutcomes)
#include "tst_clinicoutcomes.moc"
