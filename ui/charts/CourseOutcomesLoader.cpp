// Loading a course through the repositories.
#include "CourseOutcomesLoader.h"

#include "AssessmentRepository.h"
#include "ClinicalEventRepository.h"
#include "CourseRepository.h"
#include "FreeText.h"
#include "PatientRepository.h"

#include <QCoreApplication>

namespace outcome {

namespace {
// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseOutcomesLoader)
};
Result<Course> latestCourse(CourseRepository& courses, const Patient& patient)
{
    Result<QList<Course>> all = courses.forPatient(patient.id);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(ErrorKind::NotFound,
                         Tr::tr("%1 has no course of care yet: start one to see progress.").arg(patient.fullName()));
    return all->last();
}

} // namespace

Result<LoadedCourse> CourseOutcomesLoader::load(qint64 patientId, qint64 courseId, bool withoutFreeText)
{
    Result<Patient> patient = PatientRepository(m_db).find(patientId);
    if (!patient)
        return patient.error();
    CourseRepository courses(m_db);
    Result<Course> course = courseId > 0 ? courses.find(courseId) : latestCourse(courses, *patient);
    if (!course)
        return course.error();
    if (course->patientId != patientId)
        return makeError(ErrorKind::Invalid, Tr::tr("Course %1 belongs to another patient; choose one of %2's courses.")
                                                 .arg(courseId)
                                                 .arg(patient->fullName()));
    Result<QList<Visit>> visits = courses.visits(course->id);
    if (!visits)
        return visits.error();
    Result<QList<DatedAssessment>> dated = AssessmentRepository(m_db).forCourse(course->id);
    if (!dated)
        return dated.error();
    Result<QList<ClinicalEvent>> events = ClinicalEventRepository(m_db).forPatient(patientId);
    if (!events)
        return events.error();
    Course loaded = *course;
    QList<Visit> loadedVisits = *visits;
    QList<ClinicalEvent> loadedEvents = *events;
    if (withoutFreeText)
        FreeText::remove(loaded, loadedVisits, loadedEvents);
    QList<Assessment> assessments;
    assessments.reserve(dated->size());
    for (const DatedAssessment& entry : *dated)
        assessments.append(entry.assessment);
    auto outcomes = std::make_shared<const CourseOutcomes>(
        CourseOutcomes::build(loaded, loadedVisits, assessments, loadedEvents, m_library));
    return LoadedCourse{*patient, std::move(outcomes)};
}

} // namespace outcome
