// Importing the item-level answers CSV (the format CsvExport::answers writes): the whole file is checked against
// itself and the database before anything is written, then imported in one transaction.
#pragma once

#include "InstrumentLibrary.h"
#include "Result.h"

#include <QByteArray>

#include <functional>

namespace outcome {

class Database;

// What an import adds and what it found already there. Identity: a patient by chart number, a course by
// patient, start date and template, a visit by its position in the course, an assessment by visit and instrument.
struct ImportSummary
{
    int rows = 0;
    int patientsAdded = 0;
    int patientsFound = 0;
    int coursesAdded = 0;
    int coursesFound = 0;
    int visitsAdded = 0;
    int visitsFound = 0;
    int assessmentsAdded = 0;
    int assessmentsFound = 0;
    int eventsAdded = 0;
    int eventsFound = 0;
    // With keepExisting: the patients whose register facts the file states otherwise, "C0001 (family_name, sex)".
    QStringList keptExisting;
};

class CsvImport
{
public:
    CsvImport(Database& db, const InstrumentLibrary& library)
        : m_db(db)
        , m_library(library)
    {}

    // Checks every line; writes nothing. The error lists the problems found (at most 20), each as
    // "line 12, column 24 (value): 7 is not an allowed answer (0-5)".
    Result<ImportSummary> check(const QByteArray& bytes);
    // check(), then everything in one transaction, each new assessment audited with `reason`. Records that
    // already exist are matched, never changed; an existing assessment with other answers is an error.
    Result<ImportSummary> run(const QByteArray& bytes, const QString& reason);

    // A patient the file describes with other facts (names, birth date, sex) than the register is a conflict that
    // refuses the file, unless the register's values are to be kept; run() then says so in the audit reason.
    void setKeepExisting(bool keep) { m_keepExisting = keep; }
    // Clinical events to import with the answers, in the format of events.csv (CsvExport::eventColumns); their
    // patients and courses are those of the answers file or, for a patient, of the database. `name` is the file's
    // name in messages.
    void setEvents(const QByteArray& bytes, const QString& name)
    {
        m_events = bytes;
        m_eventsName = name;
    }
    // Called now and then while a large file is checked (lines read of all) and imported (patients written of all),
    // so that a window can show progress.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }

private:
    struct Plan;
    Result<Plan> plan(const QByteArray& bytes);
    // Finds what already exists; refuses a chart number naming someone else and an assessment with other answers.
    Status matchDatabase(Plan& plan);
    void planEvents(Plan& plan, QStringList& errors) const;
    Database& m_db;
    const InstrumentLibrary& m_library;
    bool m_keepExisting = false;
    QByteArray m_events;
    QString m_eventsName;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace outcome
