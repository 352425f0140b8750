// FHIR R4 export: one Bundle of type "collection" with a Patient, a QuestionnaireResponse per assessment and an
// Observation per score, all referring to each other through the bundle's urn:uuid full URLs.
#pragma once

#include "ExportIdentity.h"
#include "InstrumentLibrary.h"
#include "PatientRecord.h"

#include <QJsonObject>

namespace outcome {

class FhirExport
{
public:
    static constexpr const char* kInstrumentSystem = "https://outcometracker.org/fhir/CodeSystem/instrument";
    static constexpr const char* kQuestionnaireBase = "https://outcometracker.org/fhir/Questionnaire/";
    static constexpr const char* kChartNumberSystem = "https://outcometracker.org/fhir/NamingSystem/chart-number";
    static constexpr const char* kPseudonymSystem = "https://outcometracker.org/fhir/NamingSystem/pseudonym";

    // De-identified: the Patient carries only the pseudonym and sex, no name, birth date, chart number or contact.
    FhirExport(const InstrumentLibrary& library, const ExportIdentity& identity, bool deidentified);

    // Codes come from the instrument definitions: LOINC only where the clinical reference lists a verified code,
    // otherwise the project's own code system (instrument id / measure id).
    QJsonObject bundle(const QList<PatientRecord>& records, const QDateTime& timestamp) const;

private:
    QJsonObject patient(const Patient& patient, const QString& fullUrl) const;
    QJsonObject questionnaireResponse(const Assessment& assessment, const InstrumentDefinition& definition,
                                      const QString& subject) const;

    const InstrumentLibrary& m_library;
    const ExportIdentity& m_identity;
    bool m_deidentified = false;
};

} // namespace outcome
