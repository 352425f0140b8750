// What a visit about to be saved as done still lacks, named for the one question asked before the save: the day it
// took place is before the visit's window, a planned instrument was not entered, an entered one has no score.
#pragma once

#include "VisitRecord.h"

#include <QStringList>

namespace outcome {

class InstrumentLibrary;

class VisitCompleteness
{
public:
    // One phrase per gap, in that order: "1 month is planned for 1 January 2027, 28 days after the day it took
    // place", "RAND-36 not entered", "ODI has no score: 3 sections blank". Empty when nothing is missing; a visit
    // that is not done has no gaps.
    static QStringList gaps(const VisitRecord& record, const InstrumentLibrary& library);
};

} // namespace outcome
