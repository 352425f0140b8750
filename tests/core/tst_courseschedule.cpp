// Visit plans from course templates, visit states and course phases, against dates worked out by hand.
#include "CourseSchedule.h"

#include <QJsonDocument>
#include <QTest>

using namespace outcome;

class TestCourseSchedule : public QObject
{
    Q_OBJECT

private slots:
    void standardTemplatePlan();
    void chosenWeekdays();
    void followUpAnchors_data();
    void followUpAnchors();
    void visitStates_data();
    void visitStates();
    void progressAndPhase();
    void templateJsonRoundTrip();
    void templateValidation_data();
    void templateValidation();
};

void TestCourseSchedule::standardTemplatePlan()
{
    const QDate start(2026, 3, 2); // a Monday
    const QList<Visit> visits = CourseSchedule::plan(CourseTemplate::standard(), start);
    QCOMPARE(visits.size(), 12);
    QCOMPARE(visits[0].kind, VisitKind::Baseline);
    QCOMPARE(visits[0].scheduledDate, start);
    QCOMPARE(visits[0].plannedInstruments,
             (QStringList{QStringLiteral("odi"), QStringLiteral("qvas"), QStringLiteral("rand36")}));
    QCOMPARE(visits[0].optionalInstruments, QStringList{QStringLiteral("markers")});
    // Twice a week: days 0, 3, 7, 10, 14, 17, 21, 24.
    const QList<QDate> sessions{QDate(2026, 3, 2),  QDate(2026, 3, 5),  QDate(2026, 3, 9),  QDate(2026, 3, 12),
                                QDate(2026, 3, 16), QDate(2026, 3, 19), QDate(2026, 3, 23), QDate(2026, 3, 26)};
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(visits[i + 1].kind, VisitKind::Session);
        QCOMPARE(visits[i + 1].sessionNumber, i + 1);
        QCOMPARE(visits[i + 1].scheduledDate, sessions[i]);
        QCOMPARE(visits[i + 1].plannedInstruments, QStringList{QStringLiteral("nrs")});
    }
    // Follow-ups at days 28, 91 and 182 from the start; the first closes the course.
    QCOMPARE(visits[9].scheduledDate, QDate(2026, 3, 30));
    QCOMPARE(visits[10].scheduledDate, QDate(2026, 6, 1));
    QCOMPARE(visits[11].scheduledDate, QDate(2026, 8, 31));
    QVERIFY(visits[9].closesCourse);
    QVERIFY(!visits[10].closesCourse);
    QCOMPARE(visits[11].title(), QStringLiteral("6 months"));
    QCOMPARE(visits[11].shortTitle(), QStringLiteral("6 mo"));
    for (int i = 0; i < visits.size(); ++i)
        QCOMPARE(visits[i].sequence, i + 1);
}

void TestCourseSchedule::chosenWeekdays()
{
    CourseTemplate courseTemplate = CourseTemplate::standard();
    courseTemplate.weekdays = {5, 2}; // Friday and Tuesday, in any order
    const QList<Visit> visits = CourseSchedule::plan(courseTemplate, QDate(2026, 3, 2));
    const QList<QDate> expected{QDate(2026, 3, 3),  QDate(2026, 3, 6),  QDate(2026, 3, 10), QDate(2026, 3, 13),
                                QDate(2026, 3, 17), QDate(2026, 3, 20), QDate(2026, 3, 24), QDate(2026, 3, 27)};
    QCOMPARE(visits[0].scheduledDate, QDate(2026, 3, 2));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(visits[i + 1].scheduledDate, expected[i]);
}

void TestCourseSchedule::followUpAnchors_data()
{
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<QDate>("expected");
    // Start Monday 2026-03-02, last session Thursday 2026-03-26.
    QTest::newRow("28 days from start") << 28 << int(OffsetUnit::Days) << int(FollowUpAnchor::CourseStart)
                                        << QDate(2026, 3, 30);
    QTest::newRow("28 days from last session")
        << 28 << int(OffsetUnit::Days) << int(FollowUpAnchor::LastSession) << QDate(2026, 4, 23);
    QTest::newRow("3 months from start") << 3 << int(OffsetUnit::Months) << int(FollowUpAnchor::CourseStart)
                                         << QDate(2026, 6, 2);
    QTest::newRow("6 weeks from last session")
        << 6 << int(OffsetUnit::Weeks) << int(FollowUpAnchor::LastSession) << QDate(2026, 5, 7);
}

void TestCourseSchedule::followUpAnchors()
{
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(int, anchor);
    QFETCH(QDate, expected);
    CourseTemplate courseTemplate = CourseTemplate::standard();
    courseTemplate.followUps = {
        {QStringLiteral("follow-up"), amount, OffsetUnit(unit), FollowUpAnchor(anchor), true, {}}};
    const QList<Visit> visits = CourseSchedule::plan(courseTemplate, QDate(2026, 3, 2));
    QCOMPARE(visits.last().kind, VisitKind::FollowUp);
    QCOMPARE(visits.last().scheduledDate, expected);
}

void TestCourseSchedule::visitStates_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");
    const QDate day(2026, 3, 10);
    QTest::newRow("future") << int(VisitStatus::Scheduled) << day.addDays(-1) << int(VisitState::Scheduled);
    QTest::newRow("today") << int(VisitStatus::Scheduled) << day << int(VisitState::DueToday);
    QTest::newRow("past, not recorded") << int(VisitStatus::Scheduled) << day.addDays(1) << int(VisitState::Overdue);
    QTest::newRow("done stays done") << int(VisitStatus::Done) << day.addDays(30) << int(VisitState::Done);
    QTest::newRow("missed") << int(VisitStatus::Missed) << day.addDays(1) << int(VisitState::Missed);
    QTest::newRow("cancelled") << int(VisitStatus::Cancelled) << day.addDays(1) << int(VisitState::Cancelled);
}

void TestCourseSchedule::visitStates()
{
    QFETCH(int, status);
    QFETCH(QDate, today);
    QFETCH(int, expected);
    Visit visit;
    visit.scheduledDate = QDate(2026, 3, 10);
    visit.status = VisitStatus(status);
    QCOMPARE(int(visit.stateOn(today)), expected);
}

void TestCourseSchedule::progressAndPhase()
{
    Course course;
    course.startDate = QDate(2026, 3, 2);
    QList<Visit> visits = CourseSchedule::plan(CourseTemplate::standard(), course.startDate);

    CourseProgress before = CourseSchedule::progress(course, visits, QDate(2026, 3, 1));
    QCOMPARE(before.phase, CoursePhase::NotStarted);
    QCOMPARE(before.sessionsPlanned, 8);

    // Baseline and sessions 1-3 done, session 4 missed, on 2026-03-13.
    for (int i = 0; i <= 3; ++i) {
        visits[i].status = VisitStatus::Done;
        visits[i].actualDate = visits[i].scheduledDate;
    }
    visits[4].status = VisitStatus::Missed;
    CourseProgress during = CourseSchedule::progress(course, visits, QDate(2026, 3, 13));
    QCOMPARE(during.phase, CoursePhase::InSessions);
    QCOMPARE(during.sessionsDone, 3);
    QCOMPARE(during.missedVisits, 1);
    QCOMPARE(during.overdueVisits, 0);
    QVERIFY(during.nextVisit);
    QCOMPARE(during.nextVisit->sessionNumber, 5);

    // All sessions over, 1-month visit not recorded and now overdue.
    for (int i = 5; i <= 8; ++i)
        visits[i].status = VisitStatus::Done;
    CourseProgress followUp = CourseSchedule::progress(course, visits, QDate(2026, 4, 2));
    QCOMPARE(followUp.phase, CoursePhase::FollowUp);
    QCOMPARE(followUp.overdueVisits, 1);

    for (Visit& visit : visits) {
        if (visit.status == VisitStatus::Scheduled)
            visit.status = VisitStatus::Done;
    }
    QCOMPARE(CourseSchedule::progress(course, visits, QDate(2026, 9, 1)).phase, CoursePhase::Finished);
    course.status = CourseStatus::Cancelled;
    QCOMPARE(CourseSchedule::progress(course, visits, QDate(2026, 9, 1)).phase, CoursePhase::Cancelled);
}

void TestCourseSchedule::templateJsonRoundTrip()
{
    CourseTemplate original = CourseTemplate::standard();
    original.weekdays = {1, 4};
    original.followUps[1].anchor = FollowUpAnchor::LastSession;
    original.followUps[2].unit = OffsetUnit::Months;
    original.followUps[2].amount = 6;
    const QByteArray text = QJsonDocument(original.toJson()).toJson();
    Result<CourseTemplate> parsed = CourseTemplate::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    parsed->name = original.name;
    QVERIFY(parsed->sameDefinition(original));
    QCOMPARE(parsed->followUps, original.followUps);
    QCOMPARE(parsed->baselineInstruments, original.baselineInstruments);
}

void TestCourseSchedule::templateValidation_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("perWeek");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("too many sessions") << 101 << 2 << QList<int>{} << QStringLiteral("Number of sessions");
    QTest::newRow("eight a week") << 8 << 8 << QList<int>{} << QStringLiteral("Sessions per week");
    QTest::newRow("weekday 9") << 8 << 2 << QList<int>{1, 9} << QStringLiteral("Weekday 9");
    QTest::newRow("weekdays do not match") << 8 << 2 << QList<int>{1} << QStringLiteral("Choose 2 weekdays");
}

void TestCourseSchedule::templateValidation()
{
    QFETCH(int, sessions);
    QFETCH(int, perWeek);
    QFETCH(QList<int>, weekdays);
    QFETCH(QString, messagePart);
    CourseTemplate courseTemplate = CourseTemplate::standard();
    courseTemplate.sessionCount = sessions;
    courseTemplate.sessionsPerWeek = perWeek;
    courseTemplate.weekdays = weekdays;
    const Status status = validateCourseTemplate(courseTemplate);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(TestCourseSchedule)
#include "tst_courseschedule.moc"
