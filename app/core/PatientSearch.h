// Search keys for the patient register: accent- and case-folded words, so "Müller" is found by "mul".
#pragma once

#include "Patient.h"

#include <QString>
#include <QStringList>

namespace outcome {

class PatientSearch
{
public:
    // Lower case, accents removed, letters such as ß and ø spelled out in plain Latin.
    static QString fold(const QString& text);

    // The words a patient can be found by: each name part, the chart number (also without its
    // letters and leading zeros) and the date of birth in ISO form.
    static QStringList termsFor(const Patient& patient);

    // Splits what was typed into folded words; a typed date (31.05.1970, 31/05/1970) becomes ISO.
    static QStringList queryTerms(const QString& query);
};

} // namespace outcome
