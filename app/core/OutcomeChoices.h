// What the clinic outcomes' filters can name: the templates, treatment labels, clinicians and visits of the
// courses read. The view offers them in its lists; the command line refuses a name that is not among them.
#pragma once

#include "ClinicOutcomes.h"

#include <QStringList>

namespace outcome {

struct OutcomeChoices
{
    // Each sorted by name, without empty names; the visits are those with a value (extra visits aside).
    QStringList templates;
    QStringList treatments;
    QStringList clinicians;
    QStringList visits;

    static OutcomeChoices of(const QList<OutcomeCourse>& courses);
};

} // namespace outcome
