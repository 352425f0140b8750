// The sample course of SampleCourse.h stored in a real database through the repositories, beside other patients
// whose names must never appear where only the sample patient's may.
#pragma once

#include "AssessmentRepository.h"
#include "ClinicalEventRepository.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "SampleCourse.h"
#include "TestSupport.h"

namespace outcome::test {

struct StoredSample
{
    qint64 patientId = 0;
    qint64 courseId = 0;
};

// Jane Example, chart C000001, with the sample course; fails the calling test on any error.
inline StoredSample storeSampleCourse(Database& db, const Patient& patient = samplePatient())
{
    StoredSample stored;
    Result<qint64> patientId = PatientRepository(db).create(patient);
    if (!patientId)
        qFatal("%s", qPrintable(patientId.error().message));
    stored.patientId = *patientId;
    CourseTemplateRepository templates(db);
    Result<qint64> templateId = templates.ensureStandard();
    Result<CourseTemplate> standard =
        templateId ? templates.find(*templateId) : Result<CourseTemplate>(templateId.error());
    if (!standard)
        qFatal("%s", qPrintable(standard.error().message));
    CourseRepository courses(db);
    Result<Course> course =
        courses.start(stored.patientId, *standard, kSampleStart, QStringLiteral("Exercise therapy"));
    if (!course)
        qFatal("%s", qPrintable(course.error().message));
    stored.courseId = course->id;
    Result<QList<Visit>> visits = courses.visits(course->id);
    if (!visits)
        qFatal("%s", qPrintable(visits.error().message));
    AssessmentRepository assessments(db);
    for (Visit visit : *visits) {
        const QList<Assessment> entered = recordSampleVisit(visit);
        if (visit.status != VisitStatus::Scheduled) {
            if (Status updated = courses.updateVisit(visit); !updated)
                qFatal("%s", qPrintable(updated.error().message));
        }
        for (const Assessment& assessment : entered) {
            if (Result<Assessment> saved = assessments.save(assessment); !saved)
                qFatal("%s", qPrintable(saved.error().message));
        }
    }
    if (Result<ClinicalEvent> event = ClinicalEventRepository(db).add(sampleFlareUp(stored.patientId, stored.courseId));
        !event)
        qFatal("%s", qPrintable(event.error().message));
    return stored;
}

} // namespace outcome::test
