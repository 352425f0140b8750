// Clinical events per patient, with their audit rows.
#pragma once

#include "ClinicalEvent.h"
#include "Result.h"

#include <QList>

namespace outcome {

class Database;

class ClinicalEventRepository
{
public:
    explicit ClinicalEventRepository(Database& db)
        : m_db(db)
    {}

    Result<ClinicalEvent> add(const ClinicalEvent& event);
    Status update(const ClinicalEvent& event, const QString& reason = {});
    Result<QList<ClinicalEvent>> forPatient(qint64 patientId);

    static QString auditValues(const ClinicalEvent& event);

private:
    Database& m_db;
};

} // namespace outcome
