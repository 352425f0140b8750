// Reads every course with its values of one measure, for the clinic outcomes table and the expected course.
#pragma once

#include "ClinicOutcomes.h"
#include "InstrumentLibrary.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

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

private:
    Database& m_db;
};

} // namespace outcome
