// A database file described for a person deciding whether to restore: which file, when, how many patients.
#pragma once

#include "DatabaseSummary.h"

#include <QString>

namespace outcome {

class SummaryText
{
public:
    // Rich text, several lines: path, last change, size, patients, courses and assessments, or why it is unreadable.
    static QString describe(const DatabaseSummary& summary);
};

} // namespace outcome
