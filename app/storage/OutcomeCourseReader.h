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

    // Both reads score each answer set once and keep the scores (where the database may be written) for the
    // readers after; a changed answer set, definition file or scoring is scored again.

    // Scores and keeps every answer set of the library's instruments that has no kept scores yet, so that the
    // first reader after a clinic is made, imported or moved need not: refused on a read-only database.
    Status keepScores(const InstrumentLibrary& library);

    // How many threads score the answers: 0, every core (the default); 1 for a reader that runs beside the
    // desktop program's own work.
    void setThreads(int threads) { m_threads = threads; }
    // Whether what is scored is kept (the default, where the database may be written); false for a connection
    // inside a read transaction of its own.
    void setKeepScores(bool keep) { m_keepScores = keep; }
    // A flag another thread may raise to have a long read given up (it then fails); null: never given up.
    void setStop(const std::atomic<bool>* stop) { m_stop = stop; }

private:
    Database& m_db;
    int m_threads = 0;
    bool m_keepScores = true;
    const std::atomic<bool>* m_stop = nullptr;
};

} // namespace outcome
