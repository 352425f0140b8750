// Building FHIR resources as JSON from patient records and their scores.
#include "FhirExport.h"

#include "DatabaseFile.h"
#include "DateText.h"
#include "FreeText.h"
#include "PatientLanguage.h"
#include "PatientRecordReader.h"
#include "PrivateFile.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::FhirExport)
};

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

QJsonObject extension(const char* name, const QString& type, const QJsonValue& value)
{
    return {{QStringLiteral("url"), QString(fromLatin1(FhirExport::kExtensionBase) + fromLatin1(name))}, {type, value}};
}

QJsonObject ageInYears(int years)
{
    return {{QStringLiteral("value"), years},
            {QStringLiteral("unit"), QStringLiteral("years")},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), QStringLiteral("a")}};
}

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject result{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        result.insert(QStringLiteral("display"), display);
    return result;
}

QString episodeStatusOf(CourseStatus status)
{
    switch (status) {
    case CourseStatus::Active:
        return QStringLiteral("active");
    case CourseStatus::Completed:
        return QStringLiteral("finished");
    case CourseStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

// A missed visit is a cancelled encounter; the visit-status extension keeps "missed" apart from "cancelled".
QString encounterStatusOf(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Scheduled:
        return QStringLiteral("planned");
    case VisitStatus::Done:
        return QStringLiteral("finished");
    case VisitStatus::Missed:
    case VisitStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString questionnaireItemType(InputKind input)
{
    switch (input) {
    case InputKind::LabValue:
        return QStringLiteral("quantity");
    case InputKind::Decimal:
        return QStringLiteral("decimal");
    case InputKind::Options:
    case InputKind::YesNo:
    case InputKind::Integer:
        break;
    }
    return QStringLiteral("integer");
}

// A computable name (FHIR asks for a capital letter first, then letters, digits and underscores): "odi" -> "ODI".
QString computableName(const QString& id)
{
    QString name;
    for (const QChar c : id.toUpper()) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            name += c;
        else
            name += QLatin1Char('_');
    }
    return name.isEmpty() || !name.front().isLetter() ? QStringLiteral("Q") + name : name;
}

} // namespace

FhirExport::FhirExport(const InstrumentLibrary& library, const ExportIdentity& identity, const ExportOptions& options)
    : m_library(library)
    , m_identity(options.deidentified ? identity.withUnlinkableIds() : identity)
    , m_options(options)
{}

QJsonObject FhirExport::patient(const Patient& patient, const QString& fullUrl, const QDate& exportDay) const
{
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                         {QStringLiteral("id"), idOf(fullUrl)},
                         {QStringLiteral("active"), !patient.archived},
                         {QStringLiteral("gender"), genderOf(patient.sex)}};
    if (m_options.deidentified) {
        // The age in years on the day of the export stands in for the birth date.
        if (patient.birthDate.isValid())
            resource.insert(QStringLiteral("extension"), QJsonArray{extension("age", QStringLiteral("valueAge"),
                                                                              ageInYears(patient.ageOn(exportDay)))});
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
    if (!patient.language.isEmpty()) {
        const QJsonObject language{
            {QStringLiteral("coding"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:bcp:47")},
                                    {QStringLiteral("code"), patient.language}}}},
            {QStringLiteral("text"), PatientLanguage::displayName(patient.language)}};
        resource.insert(QStringLiteral("communication"), QJsonArray{QJsonObject{{QStringLiteral("language"), language},
                                                                                {QStringLiteral("preferred"), true}}});
    }
    return resource;
}

QJsonObject FhirExport::questionnaire(const InstrumentDefinition& definition, const QString& version,
                                      const QString& fullUrl) const
{
    QJsonArray items;
    for (const ItemDefinition& item : definition.items()) {
        QJsonObject entry{{QStringLiteral("linkId"), item.id},
                          {QStringLiteral("text"), item.label},
                          {QStringLiteral("type"), questionnaireItemType(item.input)}};
        QJsonArray options;
        for (const AnswerOption& option : item.options) {
            options.append(
                QJsonObject{{QStringLiteral("valueInteger"), option.code},
                            {QStringLiteral("extension"),
                             QJsonArray{extension("option-label", QStringLiteral("valueString"), option.label)}}});
        }
        if (!options.isEmpty())
            entry.insert(QStringLiteral("answerOption"), options);
        items.append(entry);
    }
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
                         {QStringLiteral("id"), idOf(fullUrl)},
                         {QStringLiteral("url"), QString(fromLatin1(kQuestionnaireBase) + definition.id)},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("name"), computableName(definition.id)},
                         {QStringLiteral("title"), definition.name},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("subjectType"), QJsonArray{QStringLiteral("Patient")}},
                         {QStringLiteral("item"), items}};
    if (!definition.recall.isEmpty()) {
        resource.insert(QStringLiteral("description"), QString(QStringLiteral("Recall period: ") + definition.recall));
        resource.insert(QStringLiteral("extension"),
                        QJsonArray{extension("recall-period", QStringLiteral("valueString"), definition.recall)});
    }
    if (!definition.codes.isEmpty())
        resource.insert(QStringLiteral("code"),
                        codeableConcept(definition.codes, definition.name).value(QStringLiteral("coding")));
    if (!definition.licence.isEmpty())
        resource.insert(QStringLiteral("copyright"), definition.licence);
    return resource;
}

QJsonObject FhirExport::episodeOfCare(const CourseRecord& course, const Patient& patient, const QString& fullUrl,
                                      const QString& patientUrl) const
{
    const Course& c = course.course;
    QJsonObject type{
        {QStringLiteral("coding"), QJsonArray{coding(fromLatin1(kCourseTemplateSystem), course.templateKey, {})}}};
    if (m_options.writesFreeText() && !c.treatmentLabel.isEmpty())
        type.insert(QStringLiteral("text"), c.treatmentLabel);
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("EpisodeOfCare")},
                         {QStringLiteral("id"), idOf(fullUrl)},
                         {QStringLiteral("status"), episodeStatusOf(c.status)},
                         {QStringLiteral("type"), QJsonArray{type}},
                         {QStringLiteral("patient"), reference(patientUrl)}};
    if (m_options.deidentified) {
        QJsonArray extensions;
        if (patient.birthDate.isValid())
            extensions.append(
                extension("age-at-start", QStringLiteral("valueAge"), ageInYears(patient.ageOn(c.startDate))));
        if (c.endDate.isValid())
            extensions.append(extension("end-day", QStringLiteral("valueInteger"), int(c.startDate.daysTo(c.endDate))));
        if (!extensions.isEmpty())
            resource.insert(QStringLiteral("extension"), extensions);
        return resource;
    }
    QJsonObject period{{QStringLiteral("start"), isoDate(c.startDate)}};
    if (c.endDate.isValid())
        period.insert(QStringLiteral("end"), isoDate(c.endDate));
    resource.insert(QStringLiteral("period"), period);
    return resource;
}

QJsonObject FhirExport::encounter(const Visit& visit, const Course& course, const QString& fullUrl,
                                  const QString& patientUrl, const QString& episodeUrl) const
{
    QJsonArray extensions{extension("visit-sequence", QStringLiteral("valueInteger"), visit.sequence),
                          extension("visit-status", QStringLiteral("valueCode"), visitStatusToCode(visit.status))};
    if (visit.kind == VisitKind::Session)
        extensions.append(extension("session-number", QStringLiteral("valueInteger"), visit.sessionNumber));
    QString title = visit.title();
    if (m_options.deidentified) {
        // Days from the course start stand in for the dates.
        if (visit.scheduledDate.isValid())
            extensions.append(extension("planned-day", QStringLiteral("valueInteger"),
                                        int(course.startDate.daysTo(visit.scheduledDate))));
        if (visit.actualDate.isValid())
            extensions.append(extension("actual-day", QStringLiteral("valueInteger"),
                                        int(course.startDate.daysTo(visit.actualDate))));
        if (!m_options.includeFreeText)
            title = FreeText::withoutFreeText(visit, course.startDate).title();
    } else if (visit.scheduledDate.isValid()) {
        extensions.append(extension("planned-date", QStringLiteral("valueDate"), isoDate(visit.scheduledDate)));
    }
    QJsonObject resource{
        {QStringLiteral("resourceType"), QStringLiteral("Encounter")},
        {QStringLiteral("id"), idOf(fullUrl)},
        {QStringLiteral("extension"), extensions},
        {QStringLiteral("status"), encounterStatusOf(visit.status)},
        {QStringLiteral("class"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                         QStringLiteral("AMB"), QStringLiteral("ambulatory"))},
        {QStringLiteral("type"),
         QJsonArray{QJsonObject{{QStringLiteral("coding"),
                                 QJsonArray{coding(fromLatin1(kVisitKindSystem), visitKindToCode(visit.kind), {})}},
                                {QStringLiteral("text"), title}}}},
        {QStringLiteral("subject"), reference(patientUrl)},
        {QStringLiteral("episodeOfCare"), QJsonArray{reference(episodeUrl)}}};
    if (!m_options.deidentified && visit.actualDate.isValid())
        resource.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), isoDate(visit.actualDate)},
                                                              {QStringLiteral("end"), isoDate(visit.actualDate)}});
    return resource;
}

QJsonObject FhirExport::questionnaireResponse(const Assessment& assessment, const InstrumentDefinition& definition,
                                              const QString& subject, const QString& encounterUrl) const
{
    QJsonArray items;
    for (const ItemDefinition& item : definition.items()) {
        const ItemAnswer* answer = assessment.answers.find(item.id);
        if (!answer)
            continue;
        QJsonObject entry{{QStringLiteral("linkId"), item.id}, {QStringLiteral("text"), item.label}};
        // A value that is not a finite number is never written: the item stays without an answer.
        if (answer->isAnswered() && std::isfinite(*answer->value)) {
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
        {QStringLiteral("encounter"), reference(encounterUrl)},
        {QStringLiteral("item"), items}};
    if (!m_options.deidentified)
        resource.insert(QStringLiteral("authored"), isoTimestamp(assessment.enteredAt));
    return resource;
}

QJsonObject FhirExport::bundle(const QList<PatientRecord>& records, const QDateTime& timestamp) const
{
    QJsonArray questionnaires;
    QSet<QString> questionnairesAdded;
    QJsonArray entries;
    for (const PatientRecord& record : records) {
        const QString patientUrl = m_identity.urn(QStringLiteral("patient"), record.patient.id);
        entries.append(entry(patientUrl, patient(record.patient, patientUrl, timestamp.date())));
        for (const CourseRecord& course : record.courses) {
            const QString episodeUrl = m_identity.urn(QStringLiteral("course"), course.course.id);
            entries.append(entry(episodeUrl, episodeOfCare(course, record.patient, episodeUrl, patientUrl)));
            for (const Visit& visit : course.visits) {
                const QString encounterUrl = m_identity.urn(QStringLiteral("visit"), visit.id);
                entries.append(
                    entry(encounterUrl, encounter(visit, course.course, encounterUrl, patientUrl, episodeUrl)));
            }
            for (const Assessment& assessment : course.assessments) {
                const Visit* visit = course.visit(assessment.visitId);
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                if (!visit || !definition)
                    continue;
                const QString canonical = definition->id + QLatin1Char('|') + assessment.instrumentVersion;
                if (!questionnairesAdded.contains(canonical)) {
                    questionnairesAdded.insert(canonical);
                    const QString url = m_identity.urn(QStringLiteral("questionnaire/") + canonical, 0);
                    questionnaires.append(entry(url, questionnaire(*definition, assessment.instrumentVersion, url)));
                }
                const QString encounterUrl = m_identity.urn(QStringLiteral("visit"), visit->id);
                const QString responseUrl = m_identity.urn(QStringLiteral("assessment"), assessment.id);
                QJsonObject response = questionnaireResponse(assessment, *definition, patientUrl, encounterUrl);
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
                        {QStringLiteral("encounter"), reference(encounterUrl)},
                        {QStringLiteral("derivedFrom"), QJsonArray{reference(responseUrl)}}};
                    if (!m_options.deidentified) {
                        observation.insert(QStringLiteral("effectiveDateTime"), isoDate(visit->effectiveDate()));
                        observation.insert(QStringLiteral("issued"), isoTimestamp(assessment.updatedAt));
                    }
                    // A value that is not a finite number (a unit conversion that overflowed) is never written:
                    // the observation says why it has none.
                    if (!std::isfinite(*score->value)) {
                        observation.insert(
                            QStringLiteral("dataAbsentReason"),
                            QJsonObject{{QStringLiteral("coding"),
                                         QJsonArray{coding(
                                             QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason"),
                                             QStringLiteral("error"), QStringLiteral("Error"))}}});
                        entries.append(entry(observationUrl, observation));
                        continue;
                    }
                    observation.insert(QStringLiteral("valueQuantity"),
                                       quantity(*score->value, score->unit, score->censoring));
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
    for (const QJsonValue& value : std::as_const(entries))
        questionnaires.append(value);
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), isoTimestamp(timestamp)},
            {QStringLiteral("entry"), questionnaires}};
}

Status FhirExport::writeFile(const QList<PatientRecord>& records, const QDateTime& timestamp, const QString& path) const
{
    if (Status status = DatabaseFile::refuseOverwrite(path); !status)
        return status;
    const QByteArray json = QJsonDocument(bundle(records, timestamp)).toJson(QJsonDocument::Indented);
    return PrivateFile::write(path, json);
}

} // namespace outcome
