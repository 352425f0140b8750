// Visit record reads and the one-transaction write.
#include "VisitRecordRepository.h"

#include "AssessmentRepository.h"
#include "CourseRepository.h"
#include "Database.h"

namespace outcome {

Result<VisitRecord> VisitRecordRepository::load(qint64 visitId)
{
    Result<Visit> visit = CourseRepository(m_db).findVisit(visitId);
    if (!visit)
        return visit.error();
    Result<QList<Assessment>> assessments = AssessmentRepository(m_db).forVisit(visitId);
    if (!assessments)
        return assessments.error();
    return VisitRecord{std::move(visit).value(), std::move(assessments).value()};
}

Result<VisitRecord> VisitRecordRepository::apply(qint64 visitId, const VisitRecordChange& change, const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    if (change.visit) {
        if (Status status = CourseRepository(m_db).updateVisit(*change.visit, reason); !status)
            return status.error();
    }
    AssessmentRepository assessments(m_db);
    for (const Assessment& assessment : change.assessmentsToRemove) {
        if (Status status = assessments.remove(assessment.id, assessment.rowVersion, reason); !status)
            return status.error();
    }
    for (const Assessment& assessment : change.assessmentsToSave) {
        if (Result<Assessment> saved = assessments.save(assessment, reason); !saved)
            return saved.error();
    }
    Result<VisitRecord> stored = load(visitId);
    if (!stored)
        return stored.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

} // namespace outcome
