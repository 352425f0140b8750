// Courses of care and their visits: start a course from a template, reschedule, record what happened.
#pragma once

#include "Course.h"
#include "CourseTemplate.h"
#include "Result.h"
#include "Visit.h"

#include <QList>

namespace outcome {

class Database;

// A visit with the course and patient it belongs to, for schedules across patients.
struct DueVisit
{
    Visit visit;
    qint64 patientId = 0;
    QString chartNumber;
    QString patientName;
    QString treatmentLabel;
};

// A patient's latest course, for reports across patients.
struct CourseOfPatient
{
    qint64 patientId = 0;
    QString chartNumber;
    qint64 courseId = 0;
};

class CourseRepository
{
public:
    explicit CourseRepository(Database& db)
        : m_db(db)
    {}

    // Creates the course and its planned visits in one transaction.
    Result<Course> start(qint64 patientId, const CourseTemplate& courseTemplate, const QDate& startDate,
                         const QString& treatmentLabel, const QString& clinician = {});
    // Stores a course with the given visits (planned or already recorded, e.g. from an import); the visits
    // receive their ids.
    Result<Course> create(const Course& course, QList<Visit>& visits);
    Status update(const Course& course, const QString& reason = {});

    Result<Course> find(qint64 courseId);
    // The clinicians named on any course, in alphabetical order, for choosing one when a course starts.
    Result<QStringList> clinicians();
    Result<QList<Course>> forPatient(qint64 patientId);
    Result<QList<Visit>> visits(qint64 courseId);
    Result<Visit> findVisit(qint64 visitId);

    // Saves a changed visit (reschedule, mark missed or done, note); refused if it changed since it was read.
    Status updateVisit(const Visit& visit, const QString& reason = {});
    // Adds visits (planned or recorded, e.g. from an import) to an existing course; their positions must be free.
    Status addVisits(qint64 courseId, QList<Visit>& visits);
    Result<Visit> addExtraVisit(qint64 courseId, const QString& label, const QDate& date,
                                const QStringList& instruments);

    // Scheduled visits from `from` to `until` (both included; an invalid `from` has no lower bound) in active
    // courses of patients not archived, earliest first.
    Result<QList<DueVisit>> dueBetween(const QDate& from, const QDate& until, int limit);

    Result<qint64> patientOfCourse(qint64 courseId);

    // The latest course of every patient not archived, by chart number, where that course is still running (active)
    // or ended on or after `since` (its end date or its last attended visit), and at least one visit took place.
    Result<QList<CourseOfPatient>> currentOrEndedSince(const QDate& since);

    static QString auditValues(const Visit& visit);
    static QString auditValues(const Course& course);

private:
    Status insertVisits(QList<Visit>& visits, qint64 patientId);
    Database& m_db;
};

} // namespace outcome
