// A course's chart data: values at actual visit days, gaps for missed visits, baselines (first recorded when the
// baseline visit has none), thresholds, bands, the shared time axis and its markers.
#include "CourseOutcomes.h"
#include "SampleCourse.h"

#include <QTest>

#include <cmath>

using namespace outcome;
using namespace outcome::test;

class TestCourseOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measuresInUsualOrder();
    void timelineSplitsCourseAndFollowUp();
    void timelineMarksEventsAndMissedVisits();
    void eventsOfOtherCoursesLeftOut();
    void sessionValuesAtActualDaysWithGap();
    void firstRecordedBaseline();
    void baselineVisitValueAndLateFollowUp();
    void unplannedVisitsAreNotGaps();
    void censoredAndOutOfRangeKept();
    void laterEntryForSameVisitWins();

private:
    const MeasureSeries& series(const QString& key);
    CourseOutcomes m_outcomes;
};

void TestCourseOutcomes::initTestCase()
{
    const SampleCourse sample = sampleCourse();
    m_outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
}

const MeasureSeries& TestCourseOutcomes::series(const QString& key)
{
    const MeasureSeries* found = m_outcomes.find(key);
    if (!found)
        qFatal("no series %s", qPrintable(key));
    return *found;
}

void TestCourseOutcomes::measuresInUsualOrder()
{
    QCOMPARE(m_outcomes.instrumentIds(),
             (QStringList{QStringLiteral("nrs"), QStringLiteral("qvas"), QStringLiteral("odi"),
                          QStringLiteral("rand36"), QStringLiteral("markers")}));
    // Internal measures (the SF-36 rescored scales) are never charted; markers never entered have no series.
    QVERIFY(!m_outcomes.find(QStringLiteral("rand36/pain_sf36")));
    QVERIFY(!m_outcomes.find(QStringLiteral("markers/tnfa")));
    QVERIFY(m_outcomes.find(QStringLiteral("rand36/pcs")));
    QCOMPARE(m_outcomes.seriesOf(QStringLiteral("markers")).size(), 2);
}

void TestCourseOutcomes::timelineSplitsCourseAndFollowUp()
{
    const CourseTimeline& timeline = m_outcomes.timeline();
    QCOMPARE(timeline.startDate(), kSampleStart);
    QCOMPARE(timeline.courseEndDay(), 28);
    QCOMPARE(timeline.lastDay(), 182); // the 6-month visit is still ahead, and the axis shows it
    QVERIFY(timeline.hasFollowUp());
    QCOMPARE(timeline.sessionCount(), 8);
    const QList<TimelineTick>& ticks = timeline.ticks();
    QCOMPARE(ticks.first().day, 0);
    QCOMPARE(ticks.first().label, QStringLiteral("B · S1"));
    QCOMPARE(ticks.first().plainLabel, QStringLiteral("start"));
    const auto late = std::find_if(ticks.cbegin(), ticks.cend(),
                                   [](const TimelineTick& tick) { return tick.label == QLatin1String("3 mo"); });
    QVERIFY(late != ticks.cend());
    QCOMPARE(late->day, 91 + kSampleLateDays);
    QCOMPARE(late->plainLabel, QStringLiteral("3 months"));
}

void TestCourseOutcomes::timelineMarksEventsAndMissedVisits()
{
    const QList<TimelineMarker>& markers = m_outcomes.timeline().markers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers[0].kind, MarkerKind::Event);
    QCOMPARE(markers[0].day, 12);
    QCOMPARE(markers[0].label, QStringLiteral("flare-up"));
    QVERIFY(markers[0].detail.contains(QStringLiteral("Lifted a heavy box at work.")));
    QCOMPARE(markers[1].kind, MarkerKind::MissedVisit);
    QCOMPARE(markers[1].label, QStringLiteral("S6 missed"));
    QCOMPARE(markers[1].plainLabel, QStringLiteral("missed session 6"));
    const Visit& missed = m_outcomes.timeline().visits()[kMissedSession]; // baseline, then sessions 1..8
    QCOMPARE(missed.sessionNumber, kMissedSession);
    QCOMPARE(markers[1].day, m_outcomes.timeline().dayOf(missed.scheduledDate));
}

void TestCourseOutcomes::eventsOfOtherCoursesLeftOut()
{
    SampleCourse sample = sampleCourse();
    ClinicalEvent otherCourse = sampleFlareUp(1, 2);
    ClinicalEvent untiedWithin = sampleFlareUp(1, 0);
    untiedWithin.kind = ClinicalEventKind::Imaging;
    untiedWithin.date = kSampleStart.addDays(40);
    ClinicalEvent untiedBefore = untiedWithin;
    untiedBefore.date = kSampleStart.addDays(-30);
    sample.events = {otherCourse, untiedWithin, untiedBefore};
    const CourseTimeline timeline = CourseTimeline::build(sample.course, sample.visits, sample.events);
    QStringList labels;
    for (const TimelineMarker& marker : timeline.markers())
        labels.append(marker.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("S6 missed"), QStringLiteral("imaging")}));
}

void TestCourseOutcomes::sessionValuesAtActualDaysWithGap()
{
    const MeasureSeries& nrs = series(QStringLiteral("nrs/score"));
    QCOMPARE(nrs.points().size(), 8);
    QCOMPARE(nrs.valueCount(), 7);
    const CourseTimeline& timeline = m_outcomes.timeline();
    for (const SeriesPoint& point : nrs.points()) {
        QCOMPARE(point.visitKind, VisitKind::Session);
        const Visit& visit = *std::find_if(timeline.visits().cbegin(), timeline.visits().cend(),
                                           [&point](const Visit& v) { return v.id == point.visitId; });
        QCOMPARE(point.day, timeline.dayOf(visit.effectiveDate()));
        const int expected = kSampleNrs[visit.sessionNumber - 1];
        QCOMPARE(point.isGap(), expected < 0);
        if (expected >= 0)
            QCOMPARE(*point.value, double(expected));
        else
            QCOMPARE(point.gapReason, QStringLiteral("Session 6 missed"));
    }
}

void TestCourseOutcomes::firstRecordedBaseline()
{
    // NRS is planned at sessions only, so the first session's value stands in for the baseline, labelled so.
    const MeasureSeries& nrs = series(QStringLiteral("nrs/score"));
    QVERIFY(nrs.baseline());
    QVERIFY(nrs.baseline()->firstRecorded);
    QCOMPARE(nrs.baseline()->value, 7.0);
    QCOMPARE(nrs.latest()->value, 3.0);
    QCOMPARE(nrs.change()->verdict, ChangeVerdict::MeaningfullyImproved);
    QCOMPARE(nrs.improvementThreshold()->value, 5.0);
    QCOMPARE(nrs.improvementThreshold()->unit, ChangeUnit::Points);

    // QVAS was planned at the baseline visit but not entered: a gap there, and the 1-month value is the baseline.
    const MeasureSeries& qvas = series(QStringLiteral("qvas/score"));
    QCOMPARE(qvas.points().size(), 3);
    QVERIFY(qvas.points().first().isGap());
    QCOMPARE(qvas.points().first().gapReason, QStringLiteral("not recorded at Baseline"));
    QVERIFY(qvas.baseline()->firstRecorded);
    QCOMPARE(qvas.baseline()->index, 1);
    QCOMPARE(hundredths(qvas.baseline()->value), hundredths(200.0 / 3));
    // A percent threshold scales the baseline: 30 % lower than 66.67.
    QCOMPARE(qvas.improvementThreshold()->unit, ChangeUnit::Percent);
    QCOMPARE(hundredths(qvas.improvementThreshold()->value), hundredths(200.0 / 3 * 0.7));
}

void TestCourseOutcomes::baselineVisitValueAndLateFollowUp()
{
    const MeasureSeries& odi = series(QStringLiteral("odi/total"));
    QCOMPARE(odi.points().size(), 3);
    QCOMPARE(odi.points()[0].day, 0);
    QCOMPARE(odi.points()[1].day, 28);
    QCOMPARE(odi.points()[2].day, 91 + kSampleLateDays);
    QCOMPARE(odi.points()[2].visitTitle, QStringLiteral("3 months"));
    QVERIFY(!odi.baseline()->firstRecorded);
    QCOMPARE(odi.baseline()->value, 40.0);
    QCOMPARE(odi.latest()->value, 18.0);
    QCOMPARE(odi.change()->change, -22.0);
    QCOMPARE(odi.improvementThreshold()->value, 30.0);
    QCOMPARE(odi.axisMin(), 0.0);
    QCOMPARE(odi.axisMax(), 100.0);
    QCOMPARE(odi.bands().size(), 5);
    QCOMPARE(odi.bands().first().lower, 0.0);
    QCOMPARE(odi.bands().first().upper, 20.0);
    QCOMPARE(odi.bands().last().lower, 80.0);
    QCOMPARE(odi.bands().last().upper, 100.0);
    QCOMPARE(odi.bands().last().severity, 4);
}

void TestCourseOutcomes::unplannedVisitsAreNotGaps()
{
    // ODI is not planned at sessions: the line runs from baseline to 1 month without breaking, and the
    // 6-month visit is not due yet.
    for (const SeriesPoint& point : series(QStringLiteral("odi/total")).points())
        QVERIFY(!point.isGap());
    // RAND-36 was planned at 1 month but not entered there: a gap between baseline and 3 months.
    const MeasureSeries& pf = series(QStringLiteral("rand36/pf"));
    QCOMPARE(pf.points().size(), 3);
    QVERIFY(pf.points()[1].isGap());
    QCOMPARE(pf.points()[1].day, 28);
}

void TestCourseOutcomes::censoredAndOutOfRangeKept()
{
    const MeasureSeries& crp = series(QStringLiteral("markers/crp"));
    QVERIFY(crp.isLabValue());
    QCOMPARE(crp.points().first().rangeFlag, RangeFlag::High);
    QCOMPARE(crp.points().last().rangeFlag, RangeFlag::None);
    QCOMPARE(crp.axisMin(), 0.0);
    QCOMPARE(crp.axisMax(), 15.0); // open-ended: room above the highest value (12) and the range's limit (10)
    const MeasureSeries& il6 = series(QStringLiteral("markers/il6"));
    QCOMPARE(il6.points().first().censoring, Censoring::BelowLimit);
    QCOMPARE(*il6.points().first().value, 0.5);
    QCOMPARE(il6.points()[1].censoring, Censoring::None);
}

void TestCourseOutcomes::laterEntryForSameVisitWins()
{
    SampleCourse sample = sampleCourse();
    Assessment corrected = sample.assessments.first(); // the baseline ODI
    QCOMPARE(corrected.instrumentId, QStringLiteral("odi"));
    corrected.id = 1000;
    corrected.answers = answers(bundled(QStringLiteral("odi")), QStringLiteral("3,3,3,3,3,3,3,3,3,3"));
    sample.assessments.prepend(corrected);
    const CourseOutcomes outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
    QCOMPARE(outcomes.find(QStringLiteral("odi/total"))->baseline()->value, 60.0);
}

QTEST_GUILESS_MAIN(TestCourseOutcomes)
#include "tst_courseoutcomes.moc"
