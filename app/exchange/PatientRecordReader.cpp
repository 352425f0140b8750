// Gathering a patient's records through the repositories.
#include "PatientRecordReader.h"

#include "AssessmentRepository.h"
#include "ClinicalEventRepository.h"
#include "Clock.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "PatientRepository.h"

#include <limits>

namespace outcome {

const InstrumentDefinition* PatientRecordReader::definitionOf(const InstrumentLibrary& library,
                                                              const Assessment& assessment)
{
    const InstrumentDefinition* exact = library.find(assessment.instrumentId, assessment.instrumentVersion);
    return exact ? exact : library.find(assessment.instrumentId);
}

Result<QList<PatientRecord>> PatientRecordReader::read(const QString& chartNumber, bool withAudit)
{
    QList<Patient> patients;
    if (!chartNumber.isEmpty()) {
        Result<Patient> patient = PatientRepository(m_db).findByChartNumber(chartNumber);
        if (!patient)
            return patient.error();
        patients.append(*patient);
    } else {
        Result<QList<PatientListEntry>> entries =
            PatientRepository(m_db).search({}, true, std::numeric_limits<int>::max(), Clock::today());
        if (!entries)
            return entries.error();
        for (const PatientListEntry& entry : *entries)
            patients.append(entry.patient);
    }
    return readAll(patients, withAudit, {});
}

Result<QList<PatientRecord>> PatientRecordReader::read(const QList<qint64>& patientIds, bool withAudit,
                                                       const std::function<void(int, int)>& progress)
{
    QList<Patient> patients;
    for (const qint64 id : patientIds) {
        Result<Patient> patient = PatientRepository(m_db).find(id);
        if (!patient)
            return patient.error();
        patients.append(*patient);
    }
    return readAll(patients, withAudit, progress);
}

Result<QList<PatientRecord>> PatientRecordReader::readAll(QList<Patient> patients, bool withAudit,
                                                          const std::function<void(int, int)>& progress)
{
    std::sort(patients.begin(), patients.end(),
              [](const Patient& a, const Patient& b) { return a.chartNumber < b.chartNumber; });
    QList<PatientRecord> records;
    records.reserve(patients.size());
    for (const Patient& patient : std::as_const(patients)) {
        Result<PatientRecord> record = readOne(patient, withAudit);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
        if (progress)
            progress(int(records.size()), int(patients.size()));
    }
    return records;
}

Result<PatientRecord> PatientRecordReader::readOne(const Patient& patient, bool withAudit)
{
    PatientRecord record;
    record.patient = patient;
    CourseRepository courseRepository(m_db);
    Result<QList<Course>> courses = courseRepository.forPatient(patient.id);
    if (!courses)
        return courses.error();
    Result<QList<DatedAssessment>> assessments = AssessmentRepository(m_db).forPatient(patient.id);
    if (!assessments)
        return assessments.error();
    for (const Course& course : *courses) {
        CourseRecord courseRecord;
        courseRecord.course = course;
        if (!m_templateKeys.contains(course.templateId)) {
            Result<CourseTemplate> found = CourseTemplateRepository(m_db).find(course.templateId);
            if (!found)
                return found.error();
            m_templateKeys.insert(course.templateId, found->key);
        }
        courseRecord.templateKey = m_templateKeys.value(course.templateId);
        Result<QList<Visit>> visits = courseRepository.visits(course.id);
        if (!visits)
            return visits.error();
        courseRecord.visits = *visits;
        for (const DatedAssessment& dated : *assessments) {
            if (dated.courseId == course.id)
                courseRecord.assessments.append(dated.assessment);
        }
        QHash<qint64, int> position;
        for (const Visit& visit : courseRecord.visits)
            position.insert(visit.id, visit.sequence);
        std::sort(courseRecord.assessments.begin(), courseRecord.assessments.end(),
                  [&position](const Assessment& a, const Assessment& b) {
                      const int left = position.value(a.visitId);
                      const int right = position.value(b.visitId);
                      return left != right ? left < right : a.instrumentId < b.instrumentId;
                  });
        record.courses.append(courseRecord);
    }
    Result<QList<ClinicalEvent>> events = ClinicalEventRepository(m_db).forPatient(patient.id);
    if (!events)
        return events.error();
    record.events = *events;
    if (withAudit) {
        Result<QList<AuditEntry>> audit = AuditTrail(m_db).forPatient(patient.id);
        if (!audit)
            return audit.error();
        record.audit = *audit;
    }
    return record;
}

} // namespace outcome
