// Visit planning from a template, and course progress.
#include "CourseSchedule.h"

#include <QCoreApplication>

#include <algorithm>

namespace outcome {

namespace {

QStringList ids(const QList<PlannedInstrument>& instruments, bool optional)
{
    QStringList result;
    for (const PlannedInstrument& planned : instruments) {
        if (planned.optional == optional)
            result.append(planned.instrumentId);
    }
    return result;
}

Visit plannedVisit(VisitKind kind, const QDate& date, const QList<PlannedInstrument>& instruments)
{
    Visit visit;
    visit.kind = kind;
    visit.scheduledDate = date;
    visit.plannedInstruments = ids(instruments, false);
    visit.optionalInstruments = ids(instruments, true);
    return visit;
}

} // namespace

QDate CourseSchedule::sessionDate(const CourseTemplate& courseTemplate, const QDate& startDate, int sessionIndex)
{
    const int perWeek = std::max(1, courseTemplate.sessionsPerWeek);
    if (courseTemplate.weekdays.isEmpty()) {
        // Evenly spread from the start date's weekday: twice a week gives days 0, 3, 7, 10, ...
        const int week = sessionIndex / perWeek;
        const int slot = sessionIndex % perWeek;
        return startDate.addDays(qint64(week) * 7 + (slot * 7) / perWeek);
    }
    QList<int> days = courseTemplate.weekdays;
    std::sort(days.begin(), days.end());
    // Walk forward from the start date, counting the chosen weekdays.
    QDate date = startDate;
    int found = -1;
    while (true) {
        if (days.contains(date.dayOfWeek()) && ++found == sessionIndex)
            return date;
        date = date.addDays(1);
    }
}

QDate CourseSchedule::followUpDate(const FollowUpRule& rule, const QDate& startDate, const QDate& lastSessionDate)
{
    const QDate anchor =
        rule.anchor == FollowUpAnchor::LastSession && lastSessionDate.isValid() ? lastSessionDate : startDate;
    switch (rule.unit) {
    case OffsetUnit::Weeks:
        return anchor.addDays(qint64(rule.amount) * 7);
    case OffsetUnit::Months:
        return anchor.addMonths(rule.amount);
    case OffsetUnit::Days:
        break;
    }
    return anchor.addDays(rule.amount);
}

QList<Visit> CourseSchedule::plan(const CourseTemplate& courseTemplate, const QDate& startDate)
{
    QList<Visit> visits;
    visits.append(plannedVisit(VisitKind::Baseline, startDate, courseTemplate.baselineInstruments));
    QDate lastSession;
    for (int index = 0; index < courseTemplate.sessionCount; ++index) {
        lastSession = sessionDate(courseTemplate, startDate, index);
        Visit visit = plannedVisit(VisitKind::Session, lastSession, courseTemplate.sessionInstruments);
        visit.sessionNumber = index + 1;
        visits.append(visit);
    }
    for (const FollowUpRule& rule : courseTemplate.followUps) {
        Visit visit = plannedVisit(VisitKind::FollowUp, followUpDate(rule, startDate, lastSession), rule.instruments);
        visit.label = rule.label;
        visit.closesCourse = rule.closesCourse;
        visits.append(visit);
    }
    // Keep the template's order for visits on the same day (baseline before session 1).
    std::stable_sort(visits.begin(), visits.end(),
                     [](const Visit& a, const Visit& b) { return a.scheduledDate < b.scheduledDate; });
    for (int i = 0; i < visits.size(); ++i)
        visits[i].sequence = i + 1;
    return visits;
}

QString coursePhaseToCode(CoursePhase phase)
{
    switch (phase) {
    case CoursePhase::NotStarted:
        return QStringLiteral("not_started");
    case CoursePhase::InSessions:
        return QStringLiteral("in_sessions");
    case CoursePhase::FollowUp:
        return QStringLiteral("follow_up");
    case CoursePhase::Finished:
        return QStringLiteral("finished");
    case CoursePhase::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString coursePhaseDisplayName(CoursePhase phase)
{
    const char* text = QT_TRANSLATE_NOOP("outcome::CourseSchedule", "Cancelled");
    switch (phase) {
    case CoursePhase::NotStarted:
        text = QT_TRANSLATE_NOOP("outcome::CourseSchedule", "Not started");
        break;
    case CoursePhase::InSessions:
        text = QT_TRANSLATE_NOOP("outcome::CourseSchedule", "In sessions");
        break;
    case CoursePhase::FollowUp:
        text = QT_TRANSLATE_NOOP("outcome::CourseSchedule", "Follow-up");
        break;
    case CoursePhase::Finished:
        text = QT_TRANSLATE_NOOP("outcome::CourseSchedule", "Finished");
        break;
    case CoursePhase::Cancelled:
        break;
    }
    return QCoreApplication::translate("outcome::CourseSchedule", text);
}

CourseProgress CourseSchedule::progress(const Course& course, const QList<Visit>& visits, const QDate& today)
{
    CourseProgress result;
    bool sessionsAhead = false;
    for (const Visit& visit : visits) {
        const VisitState state = visit.stateOn(today);
        if (visit.kind == VisitKind::Session && visit.status != VisitStatus::Cancelled) {
            ++result.sessionsPlanned;
            result.sessionsDone += visit.status == VisitStatus::Done ? 1 : 0;
            sessionsAhead = sessionsAhead || visit.status == VisitStatus::Scheduled;
        }
        result.missedVisits += state == VisitState::Missed ? 1 : 0;
        result.overdueVisits += state == VisitState::Overdue ? 1 : 0;
        if (visit.status == VisitStatus::Scheduled &&
            (!result.nextVisit || visit.scheduledDate < result.nextVisit->scheduledDate))
            result.nextVisit = &visit;
    }
    result.phase = phase(course.status, course.startDate, sessionsAhead, result.nextVisit != nullptr, today);
    return result;
}

CoursePhase CourseSchedule::phase(CourseStatus status, const QDate& startDate, bool sessionsAhead, bool anythingAhead,
                                  const QDate& today)
{
    if (status == CourseStatus::Cancelled)
        return CoursePhase::Cancelled;
    if (status == CourseStatus::Completed || !anythingAhead)
        return CoursePhase::Finished;
    if (today < startDate)
        return CoursePhase::NotStarted;
    return sessionsAhead ? CoursePhase::InSessions : CoursePhase::FollowUp;
}

} // namespace outcome
