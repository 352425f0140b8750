// Reads patients with everything recorded about them, in the stable order every export writes them in.
#pragma once

#include "InstrumentLibrary.h"
#include "PatientRecord.h"
#include "Result.h"

#include <functional>

namespace outcome {

class Database;

class PatientRecordReader
{
public:
    explicit PatientRecordReader(Database& db)
        : m_db(db)
    {}

    // Every patient (archived ones too) by chart number, or only the one with `chartNumber`.
    Result<QList<PatientRecord>> read(const QString& chartNumber = {}, bool withAudit = false);
    // The patients with these ids, by chart number; `progress` hears (done, total) after each one.
    Result<QList<PatientRecord>> read(const QList<qint64>& patientIds, bool withAudit,
                                      const std::function<void(int, int)>& progress = {});

    // The definition an assessment was entered with, else the current one of its instrument; null if unknown.
    static const InstrumentDefinition* definitionOf(const InstrumentLibrary& library, const Assessment& assessment);

private:
    Result<PatientRecord> readOne(const Patient& patient, bool withAudit);
    Result<QList<PatientRecord>> readAll(QList<Patient> patients, bool withAudit,
                                         const std::function<void(int, int)>& progress);
    Database& m_db;
    QHash<qint64, QString> m_templateKeys;
};

} // namespace outcome
