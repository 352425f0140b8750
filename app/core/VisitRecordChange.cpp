// Working out the writes between two visit records.
#include "VisitRecordChange.h"

#include <algorithm>

namespace outcome {

bool VisitRecordChange::altersSavedAssessments() const
{
    return !assessmentsToRemove.isEmpty() ||
           std::any_of(assessmentsToSave.cbegin(), assessmentsToSave.cend(),
                       [](const Assessment& assessment) { return assessment.id != 0; });
}

VisitRecordChange VisitRecordChange::between(const VisitRecord& stored, const VisitRecord& wanted)
{
    VisitRecordChange change;
    if (!sameVisitContent(stored.visit, wanted.visit)) {
        Visit visit = wanted.visit;
        visit.id = stored.visit.id;
        visit.courseId = stored.visit.courseId;
        visit.rowVersion = stored.visit.rowVersion;
        change.visit = visit;
    }
    for (const Assessment& want : wanted.assessments) {
        Assessment assessment = want;
        assessment.visitId = stored.visit.id;
        if (const Assessment* have = stored.assessment(want.instrumentId)) {
            if (have->answers == want.answers && have->instrumentVersion == want.instrumentVersion)
                continue;
            assessment.id = have->id;
            assessment.rowVersion = have->rowVersion;
        } else {
            assessment.id = 0;
            assessment.rowVersion = 0;
        }
        change.assessmentsToSave.append(assessment);
    }
    for (const Assessment& have : stored.assessments) {
        if (!wanted.assessment(have.instrumentId))
            change.assessmentsToRemove.append(have);
    }
    return change;
}

} // namespace outcome
