// Assessments: the answers entered at a visit, saved in one transaction with their audit row.
#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace outcome {

class Database;

// An assessment with the visit facts charts and tables need.
struct DatedAssessment
{
    Assessment assessment;
    qint64 courseId = 0;
    QDate date; // the visit's actual date, else its scheduled date
};

class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database& db)
        : m_db(db)
    {}

    // Inserts a new assessment (id 0) or updates an existing one; an update needs a reason and
    // is refused if the assessment changed since it was read. Returns the saved assessment.
    Result<Assessment> save(const Assessment& assessment, const QString& reason = {});
    // Inserts new assessments (ids 0), of one or several visits, with their audit rows in one transaction and as
    // few statements as possible: the way a batch of results (an import, a generated clinic) comes in. An
    // assessment's enteredAt, when set, is kept as the moment it was entered (and audited); else it is now.
    Result<QList<Assessment>> insertAll(const QList<Assessment>& assessments, const QString& reason = {});
    // Removes an assessment (the undo of a save) if it is still at `rowVersion`: one changed elsewhere since it
    // was read is refused, not lost. The audit trail keeps its answers.
    Status remove(qint64 assessmentId, int rowVersion, const QString& reason);

    Result<Assessment> find(qint64 assessmentId);
    Result<QList<Assessment>> forVisit(qint64 visitId);
    Result<QList<DatedAssessment>> forCourse(qint64 courseId);
    Result<QList<DatedAssessment>> forPatient(qint64 patientId);

    // Answers that belong to no visit that took place: on a visit not done, without its date, or dated after
    // `today`. One line each, "C000001, course starting 2026-03-02, visit 7 (missed, no date): nrs".
    Result<QStringList> onVisitsNotHeld(const QDate& today);

    static QString auditValues(const Assessment& assessment);

private:
    static QString auditValues(const Assessment& assessment, const QString& answersJson);
    Result<qint64> patientOfVisit(qint64 visitId);
    Result<QList<DatedAssessment>> readDated(const QString& where, qint64 id);
    Database& m_db;
    qint64 m_lastVisitId = 0;
    qint64 m_lastVisitPatientId = 0;
};

} // namespace outcome
