// Reads every course with its values of one measure, for the clinic outcomes table and the expected course.
#pragma once

#include "ClinicOutcomes.h"
#include "InstrumentLibrary.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

#include <atomic>

namespace outcome {

class Database;

class OutcomeCourseReader
{
public:
    explicit OutcomeCourseReader(Database& db)
        : m_db(db)
    {}

    // Every course of every patient (archived ones too), in id order, each with its values of `measureId` of
    // `instrumentId`: each assessment scored with the definition version it was entered with, cancelled visits
    // left out.
    Result<QList<OutcomeCourse>> read(const InstrumentLibrary& library, const QString& instrumentId,
                                      const QString& measureId);
    // The same for several measures of one instrument at once, each answer scored once: by measure id.
    // `completedOnly` reads only completed courses (what the expected course looks at).
    Result<QHash<QString, QList<OutcomeCourse>>> read(const InstrumentLibrary& library, const QString& instrumentId,
                                                      const QStringList& measureIds, bool completedOnly = false);

    // How many threads score the answers: 0, every core (the default); 1 for a reader that runs beside the
    // desktop program's own work.
    void setThreads(int threads) { m_threads = threads; }
    // A flag another thread may raise to have a long read given up (it then fails); null: never given up.
    void setStop(const std::atomic<bool>* stop) { m_stop = stop; }

private:
    Database& m_db;
    int m_threads = 0;
    const std::atomic<bool>* m_stop = nullptr;
};

} // namespace outcome
