// FHIR R4 export: one Bundle of type "collection" with a Questionnaire per instrument version used, and per patient
// a Patient, an EpisodeOfCare per course, an Encounter per visit, a QuestionnaireResponse per assessment and an
// Observation per score, all referring to each other through the bundle's urn:uuid full URLs.
#pragma once

#include "ExportIdentity.h"
#include "ExportOptions.h"
#include "InstrumentLibrary.h"
#include "PatientRecord.h"
#include "Result.h"

#include <QJsonObject>

namespace outcome {

class FhirExport
{
public:
    static constexpr const char* kInstrumentSystem = "https://outcometracker.org/fhir/CodeSystem/instrument";
    static constexpr const char* kQuestionnaireBase = "https://outcometracker.org/fhir/Questionnaire/";
    static constexpr const char* kChartNumberSystem = "https://outcometracker.org/fhir/NamingSystem/chart-number";
    static constexpr const char* kPseudonymSystem = "https://outcometracker.org/fhir/NamingSystem/pseudonym";
    static constexpr const char* kCourseTemplateSystem = "https://outcometracker.org/fhir/CodeSystem/course-template";
    static constexpr const char* kVisitKindSystem = "https://outcometracker.org/fhir/CodeSystem/visit-kind";
    // Extensions are this base and a name: age, age-at-start, end-day, visit-sequence, visit-status,
    // session-number, planned-date, planned-day, actual-day, recall-period, option-label.
    static constexpr const char* kExtensionBase = "https://outcometracker.org/fhir/StructureDefinition/";

    // De-identified: the Patient carries only the pseudonym, sex and age in years, no name, birth date, chart number
    // or contact; no resource carries a date (days from the course start instead) or free text (unless
    // includeFreeText), and resource ids are random for each export, shared with no other export.
    FhirExport(const InstrumentLibrary& library, const ExportIdentity& identity, const ExportOptions& options);

    // Codes come from the instrument definitions: LOINC only where the clinical reference lists a verified code,
    // otherwise the project's own code system (instrument id / measure id).
    QJsonObject bundle(const QList<PatientRecord>& records, const QDateTime& timestamp) const;
    // The bundle as indented JSON in the file `path`, written whole or not at all; an existing file is refused.
    Status writeFile(const QList<PatientRecord>& records, const QDateTime& timestamp, const QString& path) const;

private:
    QJsonObject patient(const Patient& patient, const QString& fullUrl, const QDate& exportDay) const;
    // Built from the definition: items, answer options and the recall period.
    QJsonObject questionnaire(const InstrumentDefinition& definition, const QString& version,
                              const QString& fullUrl) const;
    QJsonObject episodeOfCare(const CourseRecord& course, const Patient& patient, const QString& fullUrl,
                              const QString& patientUrl) const;
    QJsonObject encounter(const Visit& visit, const Course& course, const QString& fullUrl, const QString& patientUrl,
                          const QString& episodeUrl) const;
    QJsonObject questionnaireResponse(const Assessment& assessment, const InstrumentDefinition& definition,
                                      const QString& subject, const QString& encounterUrl) const;

    const InstrumentLibrary& m_library;
    const ExportIdentity m_identity;
    ExportOptions m_options;
};

} // namespace outcome
