// Reads one course of a patient (visits, assessments, the patient's clinical events) and builds its outcomes:
// the one loading path of the progress panel, the patient view, the report and the CLI.
#pragma once

#include "CourseOutcomes.h"
#include "Patient.h"
#include "Result.h"

#include <memory>

namespace outcome {

class Database;

struct LoadedCourse
{
    Patient patient;
    // Shared so that charts built later (lazily, or for export) keep it alive.
    std::shared_ptr<const CourseOutcomes> outcomes;
};

class CourseOutcomesLoader
{
public:
    // The library must outlive every loaded course: series point into its definitions.
    CourseOutcomesLoader(Database& db, const InstrumentLibrary& library)
        : m_db(db)
        , m_library(library)
    {}

    // `courseId` 0 takes the patient's latest course. A course of another patient is refused. Without free text:
    // no treatment label, notes, visit labels or event texts (see FreeText), for de-identified outputs.
    Result<LoadedCourse> load(qint64 patientId, qint64 courseId = 0, bool withoutFreeText = false);

private:
    Database& m_db;
    const InstrumentLibrary& m_library;
};

} // namespace outcome
