// Answers typed as one comma-separated list, one entry per item in form order (outcome-tracker-cli score --answers).
#pragma once

#include "AnswerSet.h"
#include "InstrumentDefinition.h"
#include "Result.h"

#include <QString>

namespace outcome {

class AnswerList
{
public:
    // An empty entry is an unanswered item. Codes are the printed ones; a lab value may carry a unit and be
    // reported beyond a limit: "12", "1.2 mg/dL", "<0.5". Messages name the item by number:
    //   odi takes 10 answers, got 3
    //   item 6: 7 is not an allowed answer (0-5)
    //   item 2: "x" is not a number
    static Result<AnswerSet> parse(const InstrumentDefinition& definition, const QString& list);
};

} // namespace outcome
