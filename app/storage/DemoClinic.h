// A realistic, reproducible demo clinic: patients, courses at every stage, scores shaped like the trial's population.
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDate>

#include <functional>

namespace outcome {

class Database;

struct DemoOptions
{
    int patients = 200;
    quint32 seed = 1;
    QDate today = Clock::today(); // courses start within the nine months before this day
};

class DemoClinic
{
public:
    using Progress = std::function<void(int done, int total)>;

    // Fills an empty database in one transaction; the same options give the same contents.
    static Status generate(Database& db, const DemoOptions& options, const Progress& progress = {});
};

} // namespace outcome
