// Building FHIR resources as JSON from patient records and their scores.
#include "FhirExport.h"

#include "DateText.h"
#include "PatientRecordReader.h"
#include "ScoringEngine.h"

#include <QJsonArray>

namespace outcome {

namespace {

const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

QString fromLatin1(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject entry(const QString& fullUrl, const QJsonObject& resource)
{
    return {{QStringLiteral("fullUrl"), fullUrl}, {QStringLiteral("resource"), resource}};
}

QJsonObject reference(const QString& fullUrl)
{
    return {{QStringLiteral("reference"), fullUrl}};
}

// The resource id is the uuid of its urn:uuid full URL.
QString idOf(const QString& fullUrl)
{
    return fullUrl.section(QLatin1Char(':'), 2);
}

QString genderOf(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// A Quantity with its UCUM code where the unit has one ("points" are the annotation "{score}").
QJsonObject quantity(double value, const QString& unit, Censoring censoring)
{
    QJsonObject result{{QStringLiteral("value"), value}};
    if (censoring == Censoring::BelowLimit)
        result.insert(QStringLiteral("comparator"), QStringLiteral("<"));
    else if (censoring == Censoring::AboveLimit)
        result.insert(QStringLiteral("comparator"), QStringLiteral(">"));
    if (!unit.isEmpty()) {
        result.insert(QStringLiteral("unit"), unit);
        result.insert(QStringLiteral("system"), kUcum);
        result.insert(QStringLiteral("code"), unit == QLatin1String("points") ? QStringLiteral("{score}") : unit);
    }
    return result;
}

QJsonObject codeableConcept(const QList<Coding>& codes, const QString& text)
{
    QJsonArray codings;
    for (const Coding& code : codes) {
        QJsonObject coding{{QStringLiteral("system"), code.system}, {QStringLiteral("code"), code.code}};
        if (!code.display.isEmpty())
            coding.insert(QStringLiteral("display"), code.display);
        codings.append(coding);
    }
    return {{QStringLiteral("coding"), codings}, {QStringLiteral("text"), text}};
}

QJsonObject category(bool laboratory)
{
    const QString code = laboratory ? QStringLiteral("laboratory") : QStringLiteral("survey");
    return {{QStringLiteral("coding"),
             QJsonArray{QJsonObject{{QStringLiteral("system"),
                                     QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
                                    {QStringLiteral("code"), code}}}}};
}

QJsonObject interpretation(RangeFlag flag)
{
    const bool high = flag == RangeFlag::High;
    return {
        {QStringLiteral("coding"),
         QJsonArray{QJsonObject{{QStringLiteral("system"),
                                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation")},
                                {QStringLiteral("code"), high ? QStringLiteral("H") : QStringLiteral("L")},
                                {QStringLiteral("display"), high ? QStringLiteral("High") : QStringLiteral("Low")}}}}};
}

// A measure without a code of its own still gets the project's code for it.
QList<Coding> codesOf(const InstrumentDefinition& definition, const MeasureDefinition& measure)
{
    if (!measure.codes.isEmpty())
        return measure.codes;
    return {
        Coding{fromLatin1(FhirExport::kInstrumentSystem), definition.id + QLatin1Char('/') + measure.id, measure.name}};
}

} // namespace

FhirExport::FhirExport(const InstrumentLibrary& library, const ExportIdentity& identity, bool deidentified)
    : m_library(library)
    , m_identity(identity)
    , m_deidentified(deidentified)
{}

QJsonObject FhirExport::patient(const Patient& patient, const QString& fullUrl) const
{
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                         {QStringLiteral("id"), idOf(fullUrl)},
                         {QStringLiteral("active"), !patient.archived},
                         {QStringLiteral("gender"), genderOf(patient.sex)}};
    if (m_deidentified) {
        resource.insert(QStringLiteral("identifier"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"), fromLatin1(kPseudonymSystem)},
                                               {QStringLiteral("value"), m_identity.pseudonym(patient)}}});
        return resource;
    }
    resource.insert(QStringLiteral("identifier"),
                    QJsonArray{QJsonObject{{QStringLiteral("system"), fromLatin1(kChartNumberSystem)},
                                           {QStringLiteral("value"), patient.chartNumber}}});
    resource.insert(QStringLiteral("name"),
                    QJsonArray{QJsonObject{{QStringLiteral("family"), patient.familyName},
                                           {QStringLiteral("given"), QJsonArray{patient.givenName}}}});
    resource.insert(QStringLiteral("birthDate"), isoDate(patient.birthDate));
    QJsonArray telecom;
    if (!patient.phone.isEmpty())
        telecom.append(
            QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), patient.phone}});
    if (!patient.email.isEmpty())
        telecom.append(
            QJsonObject{{QStringLiteral("system"), QStringLiteral("email")}, {QStringLiteral("value"), patient.email}});
    if (!telecom.isEmpty())
        resource.insert(QStringLiteral("telecom"), telecom);
    return resource;
}

QJsonObject FhirExport::questionnaireResponse(const Assessment& assessment, const InstrumentDefinition& definition,
                                              const QString& subject) const
{
    QJsonArray items;
    for (const ItemDefinition& item : definition.items()) {
        const ItemAnswer* answer = assessment.answers.find(item.id);
        if (!answer)
            continue;
        QJsonObject entry{{QStringLiteral("linkId"), item.id}, {QStringLiteral("text"), item.label}};
        if (answer->isAnswered()) {
            QJsonObject value;
            switch (item.input) {
            case InputKind::LabValue:
                value.insert(
                    QStringLiteral("valueQuantity"),
                    quantity(*answer->value, answer->unit.isEmpty() ? item.unit : answer->unit, answer->censoring));
                break;
            case InputKind::Decimal:
                value.insert(QStringLiteral("valueDecimal"), *answer->value);
                break;
            case InputKind::Options:
            case InputKind::YesNo:
            case InputKind::Integer:
                value.insert(QStringLiteral("valueInteger"), qRound64(*answer->value));
                break;
            }
            entry.insert(QStringLiteral("answer"), QJsonArray{value});
        }
        items.append(entry);
    }
    QJsonObject resource{
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("questionnaire"),
         QString(fromLatin1(kQuestionnaireBase) + definition.id + QLatin1Char('|') + assessment.instrumentVersion)},
        {QStringLiteral("status"), assessment.answers.markedIncomplete() ? QStringLiteral("in-progress")
                                   : assessment.rowVersion > 1           ? QStringLiteral("amended")
                                                                         : QStringLiteral("completed")},
        {QStringLiteral("subject"), reference(subject)},
        {QStringLiteral("authored"), isoTimestamp(assessment.enteredAt)},
        {QStringLiteral("item"), items}};
    return resource;
}

QJsonObject FhirExport::bundle(const QList<PatientRecord>& records, const QDateTime& timestamp) const
{
    QJsonArray entries;
    for (const PatientRecord& record : records) {
        const QString patientUrl = m_identity.urn(QStringLiteral("patient"), record.patient.id);
        entries.append(entry(patientUrl, patient(record.patient, patientUrl)));
        for (const CourseRecord& course : record.courses) {
            for (const Assessment& assessment : course.assessments) {
                const Visit* visit = course.visit(assessment.visitId);
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                if (!visit || !definition)
                    continue;
                const QString responseUrl = m_identity.urn(QStringLiteral("assessment"), assessment.id);
                QJsonObject response = questionnaireResponse(assessment, *definition, patientUrl);
                response.insert(QStringLiteral("id"), idOf(responseUrl));
                entries.append(entry(responseUrl, response));

                const bool laboratory =
                    std::any_of(definition->items().cbegin(), definition->items().cend(),
                                [](const ItemDefinition& item) { return item.input == InputKind::LabValue; });
                const ScoreResult result = ScoringEngine::score(*definition, assessment.answers);
                for (const MeasureDefinition* measure : definition->reportedMeasures()) {
                    const MeasureScore* score = result.find(measure->id);
                    if (!score || !score->isValid())
                        continue;
                    const QString observationUrl =
                        m_identity.urn(QStringLiteral("observation/") + measure->id, assessment.id);
                    QJsonObject observation{
                        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
                        {QStringLiteral("id"), idOf(observationUrl)},
                        {QStringLiteral("status"),
                         assessment.rowVersion > 1 ? QStringLiteral("amended") : QStringLiteral("final")},
                        {QStringLiteral("category"), QJsonArray{category(laboratory)}},
                        {QStringLiteral("code"), codeableConcept(codesOf(*definition, *measure), measure->name)},
                        {QStringLiteral("subject"), reference(patientUrl)},
                        {QStringLiteral("effectiveDateTime"), isoDate(visit->effectiveDate())},
                        {QStringLiteral("issued"), isoTimestamp(assessment.updatedAt)},
                        {QStringLiteral("valueQuantity"), quantity(*score->value, score->unit, score->censoring)},
                        {QStringLiteral("derivedFrom"), QJsonArray{reference(responseUrl)}}};
                    QJsonArray interpretations;
                    if (score->isOutOfRange())
                        interpretations.append(interpretation(score->rangeFlag));
                    if (score->band)
                        interpretations.append(QJsonObject{{QStringLiteral("text"), score->band->label}});
                    if (!interpretations.isEmpty())
                        observation.insert(QStringLiteral("interpretation"), interpretations);
                    entries.append(entry(observationUrl, observation));
                }
            }
        }
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), isoTimestamp(timestamp)},
            {QStringLiteral("entry"), entries}};
}

} // namespace outcome
