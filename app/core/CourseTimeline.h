// The time axis every chart of a course shares: days since the course start, the visits as ticks, where the course
// of care ends and the follow-up begins, and the clinical events and missed visits marked on every chart.
#pragma once

#include "ClinicalEvent.h"
#include "Course.h"
#include "Visit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace outcome {

// One labelled position on the time axis; visits on the same day share a tick ("B · S1").
struct TimelineTick
{
    int day = 0;
    QString label;      // for clinicians: "B · S1", "S4", "3 mo"
    QString plainLabel; // for the patient: "start", "4", "3 months"
};

enum class MarkerKind
{
    Event,      // flare-up, injection, change of treatment, imaging
    MissedVisit // a planned visit that did not happen
};

struct TimelineMarker
{
    MarkerKind kind = MarkerKind::Event;
    QDate date;
    int day = 0;
    QString label;      // short, beside the marker: "flare-up", "S6 missed"
    QString plainLabel; // the patient's words: "flare-up", "missed session 6"
    QString detail;     // on hover: "Flare-up, 12 March 2026: lifted a heavy box at work."
};

class CourseTimeline
{
public:
    // Events belong to the course when tied to it, or when untied and dated within its span.
    static CourseTimeline build(const Course& course, QList<Visit> visits, const QList<ClinicalEvent>& events);

    const QDate& startDate() const { return m_startDate; }
    int dayOf(const QDate& date) const { return int(m_startDate.daysTo(date)); }
    // The course's visits in the order they happened (effective date, then sequence).
    const QList<Visit>& visits() const { return m_visits; }
    // The day the course of care ends (the visit that closes it): the split between the session and follow-up
    // parts of every chart.
    int courseEndDay() const { return m_courseEndDay; }
    // The last day anything is planned, recorded or marked.
    int lastDay() const { return m_lastDay; }
    bool hasFollowUp() const { return m_lastDay > m_courseEndDay; }
    int sessionCount() const { return m_sessionCount; }
    // The day of the last session (planned or held); -1 without sessions.
    int lastSessionDay() const { return m_lastSessionDay; }
    const QList<TimelineTick>& ticks() const { return m_ticks; }
    const QList<TimelineMarker>& markers() const { return m_markers; }

private:
    QDate m_startDate;
    QList<Visit> m_visits;
    int m_courseEndDay = 28;
    int m_lastDay = 28;
    int m_sessionCount = 0;
    int m_lastSessionDay = -1;
    QList<TimelineTick> m_ticks;
    QList<TimelineMarker> m_markers;
};

} // namespace outcome
