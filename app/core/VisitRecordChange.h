// The writes that turn a stored visit record into the one wanted: a save, and equally the undo of a save.
#pragma once

#include "VisitRecord.h"

#include <QList>

#include <optional>

namespace outcome {

struct VisitRecordChange
{
    std::optional<Visit> visit;            // the visit row as wanted, carrying the stored row version; empty: unchanged
    QList<Assessment> assessmentsToSave;   // id 0: insert; otherwise update from the stored row version
    QList<Assessment> assessmentsToRemove; // as read, with the row version a removal must still find

    bool isEmpty() const { return !visit && assessmentsToSave.isEmpty() && assessmentsToRemove.isEmpty(); }
    // True when a saved assessment would be changed or removed, which the audit trail needs a reason for.
    bool altersSavedAssessments() const;

    // Compares by instrument: an assessment only in `wanted` is inserted, one only in `stored` removed, one in
    // both updated when its answers or version differ. Ids and row versions come from `stored`, so applying the
    // result to the database that holds `stored` succeeds unless someone else changed it in between.
    static VisitRecordChange between(const VisitRecord& stored, const VisitRecord& wanted);
};

} // namespace outcome
