// CSV files for analysis and exchange: item-level answers (the import format), scores in long format, a wide file
// with one row per patient and course and its column dictionary, and the audit trail.
#pragma once

#include "ExportIdentity.h"
#include "InstrumentLibrary.h"
#include "PatientRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace outcome {

class CsvExport
{
public:
    // De-identified files carry no name, date of birth, chart number, contact or free-text note: a stable
    // pseudonymous patient_id and the age in years at the course start stand in for them, and there is no
    // audit file (its old and new values hold the identifying fields).
    CsvExport(const InstrumentLibrary& library, const ExportIdentity& identity, bool deidentified);

    static const QStringList& answerColumns(bool deidentified);

    QByteArray answers(const QList<PatientRecord>& records) const;
    QByteArray scores(const QList<PatientRecord>& records) const;
    // The wide file (one row per course with answers) and its dictionary (column, instrument, measure, visit,
    // description).
    std::pair<QByteArray, QByteArray> wide(const QList<PatientRecord>& records) const;
    // One row per changed field; needs records read with their audit trail.
    QByteArray audit(const QList<PatientRecord>& records) const;

    // answers.csv, scores.csv, wide.csv, wide-columns.csv and (identified only) audit.csv in `folder`, each
    // written whole or not at all. Returns the paths written.
    Result<QStringList> writeFolder(const QList<PatientRecord>& records, const QString& folder) const;

private:
    QStringList identityColumns() const;
    QStringList identity(const Patient& patient, const Course& course) const;

    const InstrumentLibrary& m_library;
    const ExportIdentity& m_identity;
    bool m_deidentified = false;
};

} // namespace outcome
