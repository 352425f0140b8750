// One patient's clinical data as exchange formats need it: courses with their template key, visits, answers,
// clinical events, audit.
#pragma once

#include "Assessment.h"
#include "AuditTrail.h"
#include "ClinicalEvent.h"
#include "Course.h"
#include "Patient.h"
#include "Visit.h"

#include <QList>

namespace outcome {

struct CourseRecord
{
    Course course;
    QString templateKey;
    QList<Visit> visits;           // by position in the course
    QList<Assessment> assessments; // by visit position, then instrument id

    const Visit* visit(qint64 visitId) const
    {
        for (const Visit& candidate : visits) {
            if (candidate.id == visitId)
                return &candidate;
        }
        return nullptr;
    }
};

struct PatientRecord
{
    Patient patient;
    QList<CourseRecord> courses; // by start date
    QList<ClinicalEvent> events; // by date
    QList<AuditEntry> audit;     // oldest first; only read when asked for
};

} // namespace outcome
