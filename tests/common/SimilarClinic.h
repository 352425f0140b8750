// A clinic of NRS courses for the expected course, small enough to work out by hand. Twenty-one completed courses
// start near 7 (one at 6, two at 8, eighteen at 7) and score at 1 month, sorted:
//   1 1 2 2 2 3 3 3 4 4 4 4 5 5 5 6 6 6 7 7 8
// so with R's type 7 the first quartile is the 6th value (3), the median the 11th (4), the third quartile the 16th
// (6). Left out for a patient starting at 7: a completed course starting at 9 (too far) and an active course starting
// at 7 (not completed). A patient starting at 6 has only nineteen similar courses (the eighteen at 7 and the one at 6):
// too few for a band.
#pragma once

#include "AssessmentRepository.h"
#include "CoreTestSupport.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "PatientRepository.h"
#include "TestSupport.h"

namespace outcome::test {

struct SimilarCourse
{
    int baseline = 0;
    std::optional<int> oneMonth;
    CourseStatus status = CourseStatus::Completed;
};

inline QList<SimilarCourse> similarClinic()
{
    const QList<int> oneMonth{4, 1, 6, 2, 7, 3, 5, 2, 4, 6, 1, 8, 3, 5, 4, 2, 7, 3, 6, 4, 5};
    QList<SimilarCourse> courses;
    for (qsizetype i = 0; i < oneMonth.size(); ++i)
        courses.append({i == 0 ? 6 : i <= 2 ? 8 : 7, oneMonth[i]});
    courses.append({9, 0});
    courses.append({7, 10, CourseStatus::Active});
    return courses;
}

// Stores one patient's NRS course with a baseline and, when given, a value at 1 month; returns the patient's id.
inline qint64 storeSimilarCourse(Database& db, const CourseTemplate& standard, const QString& chart,
                                 const SimilarCourse& entry, const QDate& start)
{
    const InstrumentDefinition& nrs = bundled(QStringLiteral("nrs"));
    const Result<qint64> patient =
        PatientRepository(db).create(samplePatient(chart, QStringLiteral("Similar"), chart.right(3)));
    if (!patient)
        qFatal("%s", qPrintable(patient.error().message));
    CourseRepository courses(db);
    Result<Course> course = courses.start(*patient, standard, start, QStringLiteral("Exercise therapy"));
    const Result<QList<Visit>> visits = course ? courses.visits(course->id) : Result<QList<Visit>>(course.error());
    if (!visits)
        qFatal("%s", qPrintable(visits.error().message));
    for (const Visit& visit : *visits) {
        std::optional<int> value;
        if (visit.kind == VisitKind::Baseline)
            value = entry.baseline;
        else if (visit.title() == QLatin1String("1 month"))
            value = entry.oneMonth;
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
    if (entry.status != CourseStatus::Active) {
        Course done = *course;
        done.status = entry.status;
        done.endDate = start.addDays(182);
        if (const Status updated = courses.update(done); !updated)
            qFatal("%s", qPrintable(updated.error().message));
    }
    return *patient;
}

inline CourseTemplate standardTemplate(Database& db)
{
    CourseTemplateRepository templates(db);
    const Result<qint64> templateId = templates.ensureStandard();
    const Result<CourseTemplate> standard =
        templateId ? templates.find(*templateId) : Result<CourseTemplate>(templateId.error());
    if (!standard)
        qFatal("%s", qPrintable(standard.error().message));
    return *standard;
}

// Stores the similar clinic (patients S000001…) through the repositories.
inline void storeSimilarClinic(Database& db)
{
    const CourseTemplate standard = standardTemplate(db);
    int number = 0;
    for (const SimilarCourse& entry : similarClinic()) {
        ++number;
        storeSimilarCourse(db, standard, QStringLiteral("S%1").arg(number, 6, 10, QLatin1Char('0')), entry,
                           QDate(2025, 1, 6).addDays(7 * number));
    }
}

} // namespace outcome::test
