// CSV files for analysis and exchange: item-level answers (the import format), scores in long format, a wide file
// with one row per patient and course and its column dictionary, and the audit trail.
#pragma once

#include "ExportIdentity.h"
#include "ExportOptions.h"
#include "InstrumentLibrary.h"
#include "PatientRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace outcome {

class CsvExport
{
public:
    // De-identified files carry no name, date of birth, chart number, contact, date or free text: a stable
    // pseudonymous patient_id, the age in years at the course start and days from the course start stand in for
    // them, and there is no audit file (its old and new values hold the identifying fields).
    CsvExport(const InstrumentLibrary& library, const ExportIdentity& identity, const ExportOptions& options);

    // The identified answers.csv columns (the import format), or the de-identified ones without free text.
    static const QStringList& answerColumns(bool deidentified);
    // Columns that hold numbers: never neutralized as formulas, and in the spreadsheet variant left for the
    // spreadsheet to read as numbers.
    static QStringList numberColumns();

    QByteArray answers(const QList<PatientRecord>& records) const;
    QByteArray scores(const QList<PatientRecord>& records) const;
    // The wide file (one row per course with answers) and its dictionary (column, instrument, measure, visit,
    // description).
    std::pair<QByteArray, QByteArray> wide(const QList<PatientRecord>& records) const;
    // The identified events.csv columns: the patient, the course the event belongs to (empty when none), its
    // date, kind and note. Imported beside answers.csv.
    static const QStringList& eventColumns();
    // One row per clinical event (flare-up, injection, ...), identified exports only.
    QByteArray events(const QList<PatientRecord>& records) const;
    // One row per changed field; needs records read with their audit trail.
    QByteArray audit(const QList<PatientRecord>& records) const;

    // answers.csv, scores.csv, wide.csv, wide-columns.csv and (identified only) events.csv and audit.csv in
    // `folder`, each written whole or not at all. Returns the paths written.
    Result<QStringList> writeFolder(const QList<PatientRecord>& records, const QString& folder) const;

private:
    QStringList identityColumns() const;
    QStringList identity(const Patient& patient, const Course& course) const;
    QStringList courseColumns() const;
    QStringList course(const CourseRecord& course) const;
    // The visit's name; a de-identified file without free text names follow-ups and extras by their planned day.
    QString visitTitle(const Visit& visit, const Course& course) const;
    QString visitKey(const Visit& visit, const Course& course) const;
    // A date as written: ISO 8601, or in a de-identified file the days from the course start.
    QString date(const QDate& date, const Course& course) const;
    QByteArray finished(const class CsvWriter& csv) const;

    const InstrumentLibrary& m_library;
    const ExportIdentity& m_identity;
    ExportOptions m_options;
};

} // namespace outcome
