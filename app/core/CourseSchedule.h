// Turns a course template and a start date into the visit plan, and says where a course stands on a given day.
#pragma once

#include "Course.h"
#include "CourseTemplate.h"
#include "Visit.h"

#include <QDate>
#include <QList>

namespace outcome {

// Where a patient is in a course, as the register and the start-of-day view describe it.
enum class CoursePhase
{
    NotStarted, // before the first session
    InSessions, // sessions under way
    FollowUp,   // sessions over, follow-ups ahead
    Finished,   // nothing left to do (or the course was completed)
    Cancelled
};

QString coursePhaseToCode(CoursePhase phase);
QString coursePhaseDisplayName(CoursePhase phase);

struct CourseProgress
{
    CoursePhase phase = CoursePhase::NotStarted;
    int sessionsPlanned = 0;
    int sessionsDone = 0;
    int missedVisits = 0;
    int overdueVisits = 0;
    const Visit* nextVisit = nullptr; // the earliest visit still to happen, if any (points into the given list)
};

class CourseSchedule
{
public:
    // Baseline on the start date, sessions on the chosen weekdays, follow-ups at their offsets.
    static QList<Visit> plan(const CourseTemplate& courseTemplate, const QDate& startDate);

    static QDate sessionDate(const CourseTemplate& courseTemplate, const QDate& startDate, int sessionIndex);
    static QDate followUpDate(const FollowUpRule& rule, const QDate& startDate, const QDate& lastSessionDate);

    static CourseProgress progress(const Course& course, const QList<Visit>& visits, const QDate& today);
    // The phase from a course's status and what is still scheduled (sessions, or anything at all).
    static CoursePhase phase(CourseStatus status, const QDate& startDate, bool sessionsAhead, bool anythingAhead,
                             const QDate& today);
};

} // namespace outcome
