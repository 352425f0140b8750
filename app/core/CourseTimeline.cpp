// Building a course's time axis from its visits and the patient's clinical events.
#include "CourseTimeline.h"

#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseTimeline)
};

// Without a closing visit the course ends a few days after its last session, as the standard template's does.
constexpr int kDaysAfterLastSession = 4;
constexpr int kDefaultCourseDays = 28;

QString plainTitle(const Visit& visit)
{
    switch (visit.kind) {
    case VisitKind::Baseline:
        return Tr::tr("start");
    case VisitKind::Session:
        return QLocale().toString(visit.sessionNumber);
    case VisitKind::FollowUp:
        return visit.label;
    case VisitKind::Extra:
        break;
    }
    return Tr::tr("extra visit");
}

QString dateText(const QDate& date)
{
    return OutcomeText::longDate(date);
}

TimelineMarker eventMarker(const ClinicalEvent& event)
{
    const QString kind = clinicalEventKindDisplayName(event.kind);
    TimelineMarker marker;
    marker.kind = MarkerKind::Event;
    marker.date = event.date;
    marker.label = kind.toLower();
    marker.plainLabel = event.kind == ClinicalEventKind::Imaging ? Tr::tr("scan") : marker.label;
    marker.detail = event.note.isEmpty() ? Tr::tr("%1, %2").arg(kind, dateText(event.date))
                                         : Tr::tr("%1, %2: %3").arg(kind, dateText(event.date), event.note);
    return marker;
}

TimelineMarker missedMarker(const Visit& visit)
{
    TimelineMarker marker;
    marker.kind = MarkerKind::MissedVisit;
    marker.date = visit.scheduledDate;
    marker.label = Tr::tr("%1 missed").arg(visit.shortTitle());
    marker.plainLabel = visit.kind == VisitKind::Session ? Tr::tr("missed session %1").arg(visit.sessionNumber)
                                                         : Tr::tr("missed visit");
    marker.detail =
        visit.note.isEmpty()
            ? Tr::tr("%1 missed (planned for %2)").arg(visit.title(), dateText(visit.scheduledDate))
            : Tr::tr("%1 missed (planned for %2): %3").arg(visit.title(), dateText(visit.scheduledDate), visit.note);
    return marker;
}

} // namespace

CourseTimeline CourseTimeline::build(const Course& course, QList<Visit> visits, const QList<ClinicalEvent>& events)
{
    CourseTimeline timeline;
    timeline.m_startDate = course.startDate;
    std::stable_sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) {
        const QDate da = a.effectiveDate(), db = b.effectiveDate();
        return da != db ? da < db : a.sequence < b.sequence;
    });
    timeline.m_visits = visits;

    int closingDay = -1;
    int lastVisitDay = 0;
    for (const Visit& visit : std::as_const(timeline.m_visits)) {
        const int day = timeline.dayOf(visit.effectiveDate());
        if (visit.kind == VisitKind::Session) {
            ++timeline.m_sessionCount;
            timeline.m_lastSessionDay = std::max(timeline.m_lastSessionDay, day);
        }
        if (visit.closesCourse)
            closingDay = day;
        if (visit.status == VisitStatus::Cancelled)
            continue;
        lastVisitDay = std::max(lastVisitDay, day);
        if (!timeline.m_ticks.isEmpty() && timeline.m_ticks.last().day == day) {
            TimelineTick& shared = timeline.m_ticks.last();
            shared.label += Tr::tr(" · ") + visit.shortTitle();
            // The patient's label names the first visit of the day only: "start" says enough for B and S1.
        } else {
            timeline.m_ticks.append({day, visit.shortTitle(), plainTitle(visit)});
        }
        if (visit.status == VisitStatus::Missed) {
            TimelineMarker marker = missedMarker(visit);
            marker.day = day;
            timeline.m_markers.append(marker);
        }
    }
    const int lastSessionDay = timeline.m_lastSessionDay;
    timeline.m_courseEndDay = closingDay >= 0       ? closingDay
                              : lastSessionDay >= 0 ? lastSessionDay + kDaysAfterLastSession
                                                    : kDefaultCourseDays;

    const QDate lastVisitDate = timeline.m_startDate.addDays(lastVisitDay);
    for (const ClinicalEvent& event : events) {
        const bool tied = event.courseId == course.id;
        const bool within = event.courseId == 0 && event.date >= course.startDate && event.date <= lastVisitDate;
        if (!tied && !within)
            continue;
        TimelineMarker marker = eventMarker(event);
        marker.day = timeline.dayOf(event.date);
        timeline.m_markers.append(marker);
    }
    std::stable_sort(timeline.m_markers.begin(), timeline.m_markers.end(),
                     [](const TimelineMarker& a, const TimelineMarker& b) { return a.day < b.day; });

    timeline.m_lastDay = std::max(lastVisitDay, timeline.m_courseEndDay);
    if (!timeline.m_markers.isEmpty())
        timeline.m_lastDay = std::max(timeline.m_lastDay, timeline.m_markers.last().day);
    return timeline;
}

} // namespace outcome
