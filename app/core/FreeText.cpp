// Removing free text from a course before a de-identified output is made of it.
#include "FreeText.h"

#include <QCoreApplication>

namespace outcome {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::FreeText)
};
} // namespace

QString FreeText::dayLabel(const Visit& visit, const QDate& courseStart)
{
    return Tr::tr("Day %1").arg(courseStart.daysTo(visit.scheduledDate));
}

Visit FreeText::withoutFreeText(const Visit& visit, const QDate& courseStart)
{
    Visit copy = visit;
    copy.note.clear();
    if (visit.kind == VisitKind::FollowUp || visit.kind == VisitKind::Extra)
        copy.label = dayLabel(visit, courseStart);
    return copy;
}

void FreeText::remove(Course& course, QList<Visit>& visits, QList<ClinicalEvent>& events)
{
    course.treatmentLabel.clear();
    course.clinician.clear();
    course.notes.clear();
    for (Visit& visit : visits)
        visit = withoutFreeText(visit, course.startDate);
    for (ClinicalEvent& event : events)
        event.note.clear();
}

} // namespace outcome
