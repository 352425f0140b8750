// A visit and its assessments read and written as one: a save (or its undo) is one transaction.
#pragma once

#include "Result.h"
#include "VisitRecord.h"
#include "VisitRecordChange.h"

namespace outcome {

class Database;

class VisitRecordRepository
{
public:
    explicit VisitRecordRepository(Database& db)
        : m_db(db)
    {}

    Result<VisitRecord> load(qint64 visitId);
    // Writes the visit row, removals and saves in one transaction, each with its audit row and the reason, and
    // returns the record as now stored. On any failure nothing is written and the error says why.
    Result<VisitRecord> apply(qint64 visitId, const VisitRecordChange& change, const QString& reason);

private:
    Database& m_db;
};

} // namespace outcome
