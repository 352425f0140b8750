// A visit together with the assessments entered at it: what the entry form edits and what one save writes.
#pragma once

#include "Assessment.h"
#include "Visit.h"

#include <QList>

namespace outcome {

struct VisitRecord
{
    Visit visit;
    QList<Assessment> assessments; // at most one per instrument

    const Assessment* assessment(const QString& instrumentId) const;
};

// Whether two visits differ in anything a save can change (dates, status, note, label, instruments, the patient's
// own entry and its review).
bool sameVisitContent(const Visit& a, const Visit& b);

} // namespace outcome
