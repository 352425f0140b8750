// Look-up and comparison of visit records.
#include "VisitRecord.h"

#include <algorithm>

namespace outcome {

const Assessment* VisitRecord::assessment(const QString& instrumentId) const
{
    const auto it = std::find_if(assessments.cbegin(), assessments.cend(),
                                 [&instrumentId](const Assessment& a) { return a.instrumentId == instrumentId; });
    return it == assessments.cend() ? nullptr : &*it;
}

bool sameVisitContent(const Visit& a, const Visit& b)
{
    return a.label == b.label && a.scheduledDate == b.scheduledDate && a.actualDate == b.actualDate &&
           a.status == b.status && a.note == b.note && a.plannedInstruments == b.plannedInstruments &&
           a.optionalInstruments == b.optionalInstruments && a.patientEnteredOn == b.patientEnteredOn &&
           a.patientEntryReviewed == b.patientEntryReviewed;
}

} // namespace outcome
