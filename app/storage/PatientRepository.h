// Patients in the register: create, edit, archive, find and search as you type.
#pragma once

#include "CourseSchedule.h"
#include "Patient.h"
#include "Result.h"

#include <QList>

namespace outcome {

class Database;

// A register row: the patient and where their latest course stands.
struct PatientListEntry
{
    Patient patient;
    qint64 latestCourseId = 0;
    CoursePhase phase = CoursePhase::NotStarted;
    bool hasCourse = false;
    QDate nextDue; // earliest scheduled visit of the latest course
};

class PatientRepository
{
public:
    explicit PatientRepository(Database& db)
        : m_db(db)
    {}

    // Validates, checks the chart number is free, writes the patient, its search terms and an audit row.
    Result<qint64> create(const Patient& patient);
    // Saves edited fields; refused if someone else changed the patient since it was read.
    Status update(const Patient& patient, const QString& reason = {});
    Status setArchived(qint64 patientId, bool archived, const QString& reason = {});

    Result<Patient> find(qint64 patientId);
    Result<Patient> findByChartNumber(const QString& chartNumber);
    // The next free chart number in the clinic's pattern, a prefix and a zero-padded number ("C000061" after
    // "C000060"): the pattern most of the latest patients follow, continued from its highest number. Empty when the
    // register is empty or its numbers end in no digits.
    Result<QString> nextChartNumber();

    // Every word typed must match the start of a name part, the chart number or the date of birth. In name order;
    // with `after`, the page that follows that row (the register reads a screenful at a time as it scrolls).
    Result<QList<PatientListEntry>> search(const QString& text, bool includeArchived, int limit, const QDate& today,
                                           const Patient* after = nullptr);
    Result<int> count(bool includeArchived);
    // How many patients the search would find, counting no further than `atMost`.
    Result<int> countMatches(const QString& text, bool includeArchived, int atMost);

    static QString auditValues(const Patient& patient);

private:
    // Whether a typed word matches so many search terms that walking the register in name order finds a page
    // sooner than sorting every match in the terms' index: a fifth of the register, and at least kBroadTermMatches
    // (measured at 100,000 patients: 6,400 matches sort in under 3 ms; the walk finds a page of a word matching a
    // fifth of the register in 2 ms).
    Result<bool> isBroadTerm(const QString& term);
    static constexpr int kBroadTermMatches = 2000;

    // How many of the latest patients' chart numbers decide the pattern a new number follows.
    static constexpr int kPatternSample = 50;

    Status writeSearchTerms(const Patient& patient, bool replace);
    Status checkChartNumberFree(const Patient& patient);
    Database& m_db;
};

} // namespace outcome
