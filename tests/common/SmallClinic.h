// A clinic of five NRS courses in two treatment groups, small enough to work out its outcomes by hand:
// Exercise therapy 8→5, 6→5, 7→(missed); Spinal manipulation 9→4, 5→4 (baseline → session 1). Anna Keller treats
// the first course of each group, Priya Raman the second, and the third exercise course names no clinician.
#pragma once

#include "AssessmentRepository.h"
#include "CoreTestSupport.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "TestSupport.h"

namespace outcome::test {

struct SmallCourse
{
    QString treatment;
    int baseline = 0;
    std::optional<int> session1;
    QDate start;
    QString clinician;
};

inline const QList<SmallCourse>& smallClinic()
{
    static const QList<SmallCourse> courses{
        {QStringLiteral("Exercise therapy"), 8, 5, QDate(2026, 1, 5), QStringLiteral("Anna Keller")},
        {QStringLiteral("Exercise therapy"), 6, 5, QDate(2026, 2, 2), QStringLiteral("Priya Raman")},
        {QStringLiteral("Exercise therapy"), 7, std::nullopt, QDate(2026, 3, 2), QString()},
        {QStringLiteral("Spinal manipulation"), 9, 4, QDate(2026, 1, 12), QStringLiteral("Anna Keller")},
        {QStringLiteral("Spinal manipulation"), 5, 4, QDate(2026, 3, 9), QStringLiteral("Priya Raman")},
    };
    return courses;
}

// Stores the small clinic through the repositories; fails the calling test on any error.
inline void storeSmallClinic(Database& db)
{
    CourseTemplateRepository templates(db);
    const Result<qint64> templateId = templates.ensureStandard();
    const Result<CourseTemplate> standard =
        templateId ? templates.find(*templateId) : Result<CourseTemplate>(templateId.error());
    if (!standard)
        qFatal("%s", qPrintable(standard.error().message));
    const InstrumentDefinition& nrs = bundled(QStringLiteral("nrs"));
    int number = 0;
    for (const SmallCourse& entry : smallClinic()) {
        ++number;
        const Result<qint64> patient =
            PatientRepository(db).create(samplePatient(QStringLiteral("C%1").arg(number, 6, 10, QLatin1Char('0')),
                                                       QStringLiteral("Patient"), QString::number(number)));
        if (!patient)
            qFatal("%s", qPrintable(patient.error().message));
        CourseRepository courses(db);
        const Result<Course> course = courses.start(*patient, *standard, entry.start, entry.treatment, entry.clinician);
        const Result<QList<Visit>> visits = course ? courses.visits(course->id) : Result<QList<Visit>>(course.error());
        if (!visits)
            qFatal("%s", qPrintable(visits.error().message));
        for (const Visit& visit : *visits) {
            std::optional<int> value;
            if (visit.kind == VisitKind::Baseline)
                value = entry.baseline;
            else if (visit.kind == VisitKind::Session && visit.sessionNumber == 1)
                value = entry.session1;
            if (!value)
                continue;
            Assessment assessment;
            assessment.visitId = visit.id;
            assessment.instrumentId = nrs.id;
            assessment.instrumentVersion = nrs.version;
            assessment.answers = answers(nrs, QString::number(*value));
            if (const Result<Assessment> saved = AssessmentRepository(db).save(assessment); !saved)
                qFatal("%s", qPrintable(saved.error().message));
        }
    }
}

} // namespace outcome::test
