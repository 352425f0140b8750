// Import: parse, check every field and every repeated fact, match against the database, then write in one unit.
#include "CsvImport.h"

#include "AssessmentRepository.h"
#include "ClinicalEventRepository.h"
#include "Clock.h"
#include "CourseRepository.h"
#include "CourseSchedule.h"
#include "CourseTemplateRepository.h"
#include "CsvExport.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "Database.h"
#include "DateText.h"
#include "OutcomeCourseReader.h"
#include "PatientRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <tuple>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CsvImport)
};

constexpr int kMaxErrors = 20;

// The template's properties of the planned visit the imported one is: the same position, kind, session and name.
void restoreFromTemplate(Visit& visit, const QList<Visit>& planned)
{
    for (const Visit& plannedVisit : planned) {
        if (plannedVisit.sequence != visit.sequence || plannedVisit.kind != visit.kind ||
            plannedVisit.sessionNumber != visit.sessionNumber || plannedVisit.label != visit.label)
            continue;
        visit.closesCourse = plannedVisit.closesCourse;
        visit.plannedInstruments = plannedVisit.plannedInstruments;
        visit.optionalInstruments = plannedVisit.optionalInstruments;
        return;
    }
}

QString lineColumn(int line, int index, const QString& column, const QString& message)
{
    return Tr::tr("line %1, column %2 (%3): %4").arg(line).arg(index + 1).arg(column, message);
}

} // namespace

struct CsvImport::Plan
{
    struct AssessmentIn
    {
        int line = 0;
        Assessment assessment;
        bool exists = false;
    };
    struct VisitIn
    {
        int line = 0;
        Visit visit;
        qint64 existingId = 0;
        QList<AssessmentIn> assessments;
    };
    struct CourseIn
    {
        int line = 0;
        Course course;
        QString templateKey;
        qint64 existingId = 0;
        QMap<int, VisitIn> visits; // by position
    };
    struct PatientIn
    {
        int line = 0;
        Patient patient;
        qint64 existingId = 0;
        QList<CourseIn> courses;
    };
    struct EventIn
    {
        int line = 0;
        QString chart;
        QString courseKey; // empty: the event belongs to no course
        ClinicalEvent event;
        bool exists = false;
    };
    QList<PatientIn> patients;
    QList<EventIn> events;
    QHash<QString, int> patientPosition;                // chart number -> index in patients
    QHash<QString, std::pair<int, int>> coursePosition; // course key -> (patient index, course index)
    ImportSummary summary;
    bool needsStandardTemplate = false;
    QHash<QString, int> columns; // column name -> index in the file

    // "line 12, column 24 (value): ...", as every problem found in one line is reported.
    QString at(int line, const QString& column, const QString& message) const
    {
        return lineColumn(line, columns.value(column), column, message);
    }
};

namespace {

// One record of the file with its line, and the errors found so far.
class Line
{
public:
    Line(const CsvRecord& record, const QHash<QString, int>& columns, QStringList& errors)
        : m_record(record)
        , m_columns(columns)
        , m_errors(errors)
    {}

    int number() const { return m_record.line; }
    const CsvRecord& record() const { return m_record; }
    // The cell as written before export neutralized a formula-like text (see CsvWriter::neutralized).
    QString text(const QString& column) const
    {
        if (!m_columns.contains(column))
            return {}; // an optional column the file does not have
        return CsvWriter::restored(m_record.fields.value(m_columns.value(column)).trimmed());
    }

    void fail(const QString& column, const QString& message)
    {
        if (m_errors.size() < kMaxErrors)
            m_errors.append(lineColumn(m_record.line, m_columns.value(column), column, message));
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    QString required(const QString& column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            fail(column, Tr::tr("a value is required"));
        return value;
    }
    QDate date(const QString& column, bool isRequired)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (isRequired)
                fail(column, Tr::tr("a date is required (YYYY-MM-DD)"));
            return {};
        }
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid())
            fail(column, Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value));
        return parsed;
    }
    int integer(const QString& column, int minimum)
    {
        bool ok = false;
        const QString value = text(column);
        const int parsed = value.toInt(&ok);
        if (!ok || parsed < minimum)
            fail(column, Tr::tr("\"%1\" is not allowed (a whole number, %2 or more)").arg(value).arg(minimum));
        return parsed;
    }
    // A code from a fixed list: the value must be one of `allowed`.
    template <typename Enum>
    Enum code(const QString& column, Enum (*fromCode)(const QString&), const QStringList& allowed)
    {
        const QString value = text(column);
        if (!allowed.contains(value))
            fail(column, Tr::tr("\"%1\" is not allowed (one of: %2)").arg(value, allowed.join(QStringLiteral(", "))));
        return fromCode(value);
    }
    // A fact repeated on every line of a record must read the same as on the line that first described it.
    void sameAs(const Line& first, const QStringList& columns)
    {
        for (const QString& column : columns) {
            if (text(column) != first.text(column))
                fail(column, Tr::tr("\"%1\" differs from line %2 (\"%3\"), which describes the same record")
                                 .arg(text(column))
                                 .arg(first.number())
                                 .arg(first.text(column)));
        }
    }

private:
    const CsvRecord& m_record;
    const QHash<QString, int>& m_columns;
    QStringList& m_errors;
    bool m_ok = true;
};

const QStringList kPatientColumns{QStringLiteral("family_name"), QStringLiteral("given_name"),
                                  QStringLiteral("birth_date"), QStringLiteral("sex")};
const QStringList kCourseColumns{QStringLiteral("course_status"), QStringLiteral("course_end"),
                                 QStringLiteral("treatment_label"), QStringLiteral("course_clinician")};
// Columns added after the format was first published: files written before them still import.
const QStringList kOptionalColumns{QStringLiteral("course_clinician")};
const QStringList kVisitColumns{QStringLiteral("visit_kind"),  QStringLiteral("session_number"),
                                QStringLiteral("visit_label"), QStringLiteral("scheduled_date"),
                                QStringLiteral("actual_date"), QStringLiteral("visit_status"),
                                QStringLiteral("visit_note")};
const QStringList kAssessmentColumns{QStringLiteral("instrument_version"), QStringLiteral("form_incomplete")};
const QStringList kAnswerOnlyColumns{QStringLiteral("instrument_version"),
                                     QStringLiteral("form_incomplete"),
                                     QStringLiteral("item"),
                                     QStringLiteral("value"),
                                     QStringLiteral("unit"),
                                     QStringLiteral("censored")};

template <typename Enum> QStringList codesFor(QString (*toCode)(Enum), std::initializer_list<Enum> values)
{
    QStringList codes;
    for (Enum value : values)
        codes.append(toCode(value));
    return codes;
}

const QStringList kSexes = codesFor(&sexToCode, {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other});
const QStringList kEventKinds =
    codesFor(&clinicalEventKindToCode,
             {ClinicalEventKind::FlareUp, ClinicalEventKind::Injection, ClinicalEventKind::TreatmentChange,
              ClinicalEventKind::Imaging, ClinicalEventKind::Other});
const QStringList kCourseStatuses =
    codesFor(&courseStatusToCode, {CourseStatus::Active, CourseStatus::Completed, CourseStatus::Cancelled});
const QStringList kVisitKinds =
    codesFor(&visitKindToCode, {VisitKind::Baseline, VisitKind::Session, VisitKind::FollowUp, VisitKind::Extra});
const QStringList kVisitStatuses = codesFor(
    &visitStatusToCode, {VisitStatus::Scheduled, VisitStatus::Done, VisitStatus::Missed, VisitStatus::Cancelled});
const QStringList kCensoring =
    codesFor(&censoringToCode, {Censoring::None, Censoring::BelowLimit, Censoring::AboveLimit});

QString courseKeyOf(const QString& chart, const Line& line)
{
    return chart + QLatin1Char('\x1f') + line.text(QStringLiteral("course_start")) + QLatin1Char('\x1f') +
           line.text(QStringLiteral("course_template")) + QLatin1Char('\x1f') +
           line.text(QStringLiteral("course_template_version"));
}

} // namespace

Result<CsvImport::Plan> CsvImport::plan(const QByteArray& bytes)
{
    Result<QList<CsvRecord>> parsed = CsvReader::parse(bytes);
    if (!parsed)
        return parsed.error();
    QList<CsvRecord> records = std::move(parsed).value();
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const CsvRecord& record) {
                                     return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
                                 }),
                  records.end());
    if (records.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The file is empty; it needs a header line and answers."));

    // The header: exactly the identified answer columns, in any order.
    const QStringList expected = CsvExport::answerColumns(false);
    const CsvRecord& header = records.first();
    QHash<QString, int> columns;
    QStringList errors;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        if (name == QLatin1String("patient_id"))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("line 1: this is a de-identified file (it has patient_id instead "
                                    "of chart_number); de-identified files cannot be imported."));
        if (!expected.contains(name))
            errors.append(Tr::tr("line 1, column %1: unknown column \"%2\" (expected: %3)")
                              .arg(i + 1)
                              .arg(name, expected.join(QStringLiteral(", "))));
        else if (columns.contains(name))
            errors.append(Tr::tr("line 1, column %1: column \"%2\" appears twice").arg(i + 1).arg(name));
        columns.insert(name, i);
    }
    for (const QString& name : expected) {
        if (!columns.contains(name) && !kOptionalColumns.contains(name))
            errors.append(Tr::tr("line 1: the column \"%1\" is missing").arg(name));
    }
    if (!errors.isEmpty())
        return makeError(ErrorKind::Invalid, errors.join(QLatin1Char('\n')));

    Plan plan;
    plan.columns = columns;
    const QDate today = Clock::today();
    QHash<QString, int>& patientPosition = plan.patientPosition;
    QHash<QString, std::pair<int, int>>& coursePosition = plan.coursePosition;
    QHash<QString, qsizetype> firstRecord; // record key -> index of the record that first described it
    QSet<QString> refusedVisits;           // visits whose answers were refused already
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (m_progress && r % 256 == 0)
            m_progress(r, records.size());
        Line line(records[r], columns, errors);
        if (records[r].fields.size() != header.fields.size()) {
            line.fail(expected.first(), Tr::tr("the line has %1 fields; the header has %2")
                                            .arg(records[r].fields.size())
                                            .arg(header.fields.size()));
            continue;
        }
        ++plan.summary.rows;
        const auto repeated = [&](const QString& key, const QStringList& factColumns) {
            if (!firstRecord.contains(key)) {
                firstRecord.insert(key, r);
                return false;
            }
            line.sameAs(Line(records[firstRecord.value(key)], columns, errors), factColumns);
            return true;
        };

        const QString chart = line.required(QStringLiteral("chart_number"));
        if (!repeated(QStringLiteral("p\x1f") + chart, kPatientColumns)) {
            Plan::PatientIn patient;
            patient.line = line.number();
            patient.patient.chartNumber = chart;
            patient.patient.familyName = line.required(QStringLiteral("family_name"));
            patient.patient.givenName = line.required(QStringLiteral("given_name"));
            patient.patient.birthDate = line.date(QStringLiteral("birth_date"), true);
            patient.patient.sex = line.code(QStringLiteral("sex"), &sexFromCode, kSexes);
            if (line.ok()) {
                if (Status status = validatePatient(patient.patient, Clock::today()); !status)
                    line.fail(QStringLiteral("birth_date"), status.error().message);
            }
            patientPosition.insert(chart, int(plan.patients.size()));
            plan.patients.append(patient);
        }
        const QString courseKey = courseKeyOf(chart, line);
        if (!repeated(QStringLiteral("c\x1f") + courseKey, kCourseColumns)) {
            Plan::CourseIn course;
            course.line = line.number();
            course.course.startDate = line.date(QStringLiteral("course_start"), true);
            course.templateKey = line.required(QStringLiteral("course_template"));
            course.course.templateVersion = line.integer(QStringLiteral("course_template_version"), 1);
            course.course.status = line.code(QStringLiteral("course_status"), &courseStatusFromCode, kCourseStatuses);
            course.course.endDate = line.date(QStringLiteral("course_end"), false);
            course.course.treatmentLabel = line.text(QStringLiteral("treatment_label"));
            course.course.clinician = line.text(QStringLiteral("course_clinician"));
            const int patientAt = patientPosition.value(chart);
            coursePosition.insert(courseKey, {patientAt, int(plan.patients[patientAt].courses.size())});
            plan.patients[patientAt].courses.append(course);
        }
        if (!coursePosition.contains(courseKey))
            continue;
        const auto [patientAt, courseAt] = coursePosition.value(courseKey);
        Plan::CourseIn& course = plan.patients[patientAt].courses[courseAt];

        const int sequence = line.integer(QStringLiteral("visit_sequence"), 1);
        const QString visitKey = courseKey + QStringLiteral("\x1fv") + QString::number(sequence);
        if (!repeated(visitKey, kVisitColumns)) {
            Plan::VisitIn visit;
            visit.line = line.number();
            visit.visit.sequence = sequence;
            visit.visit.kind = line.code(QStringLiteral("visit_kind"), &visitKindFromCode, kVisitKinds);
            visit.visit.sessionNumber = line.integer(QStringLiteral("session_number"), 0);
            visit.visit.label = line.text(QStringLiteral("visit_label"));
            visit.visit.scheduledDate = line.date(QStringLiteral("scheduled_date"), true);
            visit.visit.actualDate = line.date(QStringLiteral("actual_date"), false);
            visit.visit.status = line.code(QStringLiteral("visit_status"), &visitStatusFromCode, kVisitStatuses);
            visit.visit.note =
                CsvWriter::restored(records[r].fields.value(columns.value(QStringLiteral("visit_note"))));
            // A visit that took place did so on a day that has come.
            if (visit.visit.status == VisitStatus::Done && !visit.visit.actualDate.isValid())
                line.fail(QStringLiteral("actual_date"),
                          Tr::tr("a visit that took place (done) needs the date it took place"));
            else if (visit.visit.actualDate.isValid() && visit.visit.actualDate > today)
                line.fail(QStringLiteral("actual_date"),
                          Tr::tr("%1 is in the future (today is %2); answers can only belong to a visit that took "
                                 "place")
                              .arg(isoDate(visit.visit.actualDate), isoDate(today)));
            if (visit.visit.kind == VisitKind::Session && visit.visit.sessionNumber < 1)
                line.fail(QStringLiteral("session_number"), Tr::tr("a session needs its number (1 or more)"));
            course.visits.insert(sequence, visit);
        }
        if (!course.visits.contains(sequence))
            continue;
        Plan::VisitIn& visit = course.visits[sequence];

        // A line without an instrument describes its visit only: one where nothing was recorded.
        if (line.text(QStringLiteral("instrument")).isEmpty()) {
            for (const QString& column : kAnswerOnlyColumns) {
                if (!line.text(column).isEmpty())
                    line.fail(column, Tr::tr("a line without an instrument describes a visit only; this column "
                                             "must be empty, or name the instrument"));
            }
            continue;
        }
        // Answers belong only to a visit that took place; said once per visit.
        if (visit.visit.status != VisitStatus::Done) {
            if (!refusedVisits.contains(visitKey))
                line.fail(QStringLiteral("visit_status"),
                          Tr::tr("the visit is \"%1\", but answers can only belong to a visit that took place "
                                 "(done); correct the visit or remove its answers")
                              .arg(visitStatusToCode(visit.visit.status)));
            refusedVisits.insert(visitKey);
            continue;
        }
        const QString instrumentId = line.required(QStringLiteral("instrument"));
        const QString assessmentKey = visitKey + QStringLiteral("\x1f") + instrumentId;
        const InstrumentDefinition* definition =
            m_library.find(instrumentId, line.text(QStringLiteral("instrument_version")));
        if (!definition) {
            QStringList known;
            for (const InstrumentSummary& summary : m_library.summaries())
                known.append(summary.id + QLatin1Char(' ') + summary.version);
            line.fail(QStringLiteral("instrument"),
                      Tr::tr("\"%1\" version \"%2\" is not a known instrument (known: %3)")
                          .arg(instrumentId, line.text(QStringLiteral("instrument_version")),
                               known.join(QStringLiteral(", "))));
            continue;
        }
        if (!repeated(assessmentKey, kAssessmentColumns)) {
            Plan::AssessmentIn assessment;
            assessment.line = line.number();
            assessment.assessment.instrumentId = definition->id;
            assessment.assessment.instrumentVersion = definition->version;
            const QString incomplete = line.text(QStringLiteral("form_incomplete"));
            if (incomplete != QLatin1String("0") && incomplete != QLatin1String("1"))
                line.fail(QStringLiteral("form_incomplete"), Tr::tr("\"%1\" is not allowed (0 or 1)").arg(incomplete));
            assessment.assessment.answers.setMarkedIncomplete(incomplete == QLatin1String("1"));
            visit.assessments.append(assessment);
        }
        Plan::AssessmentIn* assessment = nullptr;
        for (Plan::AssessmentIn& candidate : visit.assessments) {
            if (candidate.assessment.instrumentId == definition->id)
                assessment = &candidate;
        }
        const QString itemId = line.text(QStringLiteral("item"));
        if (!assessment || itemId.isEmpty())
            continue;
        const ItemDefinition* item = definition->item(itemId);
        if (!item) {
            QStringList ids;
            for (const ItemDefinition& known : definition->items())
                ids.append(known.id);
            line.fail(QStringLiteral("item"), Tr::tr("\"%1\" is not an item of %2 (items: %3)")
                                                  .arg(itemId, definition->id, ids.join(QStringLiteral(", "))));
            continue;
        }
        if (assessment->assessment.answers.find(itemId)) {
            line.fail(QStringLiteral("item"), Tr::tr("item \"%1\" appears twice for this assessment").arg(itemId));
            continue;
        }
        ItemAnswer answer;
        const QString value = line.text(QStringLiteral("value"));
        if (!value.isEmpty()) {
            bool ok = false;
            answer.value = value.toDouble(&ok);
            if (!ok) {
                line.fail(QStringLiteral("value"),
                          Tr::tr("\"%1\" is not a number (use a point for decimals)").arg(value));
                continue;
            }
        }
        answer.unit = line.text(QStringLiteral("unit"));
        answer.censoring = line.code(QStringLiteral("censored"), &censoringFromCode, kCensoring);
        if (answer.isAnswered()) {
            if (Status status = item->check(answer); !status) {
                line.fail(QStringLiteral("value"), status.error().message);
                continue;
            }
        }
        assessment->assessment.answers.set(itemId, answer);
    }
    if (!m_events.isEmpty())
        planEvents(plan, errors);
    if (!errors.isEmpty())
        return makeError(ErrorKind::Invalid, errors.join(QLatin1Char('\n')));
    if (Status status = matchDatabase(plan); !status)
        return status.error();
    return plan;
}

void CsvImport::planEvents(Plan& plan, QStringList& errors) const
{
    // Problems in the events file name it, so they are not read as lines of the answers file.
    QStringList found;
    const auto finish = [&]() {
        for (const QString& problem : std::as_const(found)) {
            if (errors.size() < kMaxErrors)
                errors.append(Tr::tr("%1: %2").arg(m_eventsName, problem));
        }
    };
    Result<QList<CsvRecord>> parsed = CsvReader::parse(m_events);
    if (!parsed) {
        found.append(parsed.error().message);
        return finish();
    }
    const QList<CsvRecord>& records = *parsed;
    const QStringList& expected = CsvExport::eventColumns();
    QHash<QString, int> columns;
    if (!records.isEmpty()) {
        const CsvRecord& header = records.first();
        for (int i = 0; i < header.fields.size(); ++i) {
            const QString name = header.fields[i].trimmed();
            if (!expected.contains(name))
                found.append(Tr::tr("line 1, column %1: unknown column \"%2\" (expected: %3)")
                                 .arg(i + 1)
                                 .arg(name, expected.join(QStringLiteral(", "))));
            columns.insert(name, i);
        }
    }
    for (const QString& name : expected) {
        if (!columns.contains(name))
            found.append(Tr::tr("line 1: the column \"%1\" is missing").arg(name));
    }
    if (!found.isEmpty())
        return finish();
    const QDate today = Clock::today();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() == 1 && records[r].fields.first().trimmed().isEmpty())
            continue;
        Line line(records[r], columns, found);
        if (records[r].fields.size() != records.first().fields.size()) {
            line.fail(expected.first(), Tr::tr("the line has %1 fields; the header has %2")
                                            .arg(records[r].fields.size())
                                            .arg(records.first().fields.size()));
            continue;
        }
        Plan::EventIn event;
        event.line = line.number();
        event.chart = line.required(QStringLiteral("chart_number"));
        const QString courseStart = line.text(QStringLiteral("course_start"));
        if (!courseStart.isEmpty() || !line.text(QStringLiteral("course_template")).isEmpty()) {
            // The course must be one the answers file describes, by the same fields.
            event.courseKey = courseKeyOf(event.chart, line);
            if (!plan.coursePosition.contains(event.courseKey))
                line.fail(QStringLiteral("course_start"),
                          Tr::tr("no course of chart number %1 starting %2 with template %3 version %4 is in the "
                                 "answers file")
                              .arg(event.chart, courseStart, line.text(QStringLiteral("course_template")),
                                   line.text(QStringLiteral("course_template_version"))));
        }
        event.event.date = line.date(QStringLiteral("date"), true);
        if (event.event.date.isValid() && event.event.date > today)
            line.fail(QStringLiteral("date"), Tr::tr("%1 is in the future (today is %2); an event is recorded once "
                                                     "it has happened")
                                                  .arg(isoDate(event.event.date), isoDate(today)));
        event.event.kind = line.code(QStringLiteral("kind"), &clinicalEventKindFromCode, kEventKinds);
        event.event.note = line.text(QStringLiteral("note"));
        if (line.ok())
            plan.events.append(event);
    }
    finish();
}

Status CsvImport::matchDatabase(Plan& plan)
{
    QStringList errors;
    const auto fail = [&errors](int line, const QString& message) {
        if (errors.size() < kMaxErrors)
            errors.append(Tr::tr("line %1: %2").arg(line).arg(message));
    };
    const auto failAt = [&errors, &plan](int line, const QString& column, const QString& message) {
        if (errors.size() < kMaxErrors)
            errors.append(plan.at(line, column, message));
    };
    PatientRepository patients(m_db);
    CourseRepository courses(m_db);
    CourseTemplateRepository templates(m_db);
    AssessmentRepository assessments(m_db);
    const CourseTemplate standard = CourseTemplate::standard();
    QHash<QString, qint64> templateIds; // "key version" -> id; 0: the standard template, created by the import
    QHash<QString, CourseTemplate> templatesByName;
    ImportSummary& summary = plan.summary;
    for (Plan::PatientIn& patient : plan.patients) {
        Result<Patient> existing = patients.findByChartNumber(patient.patient.chartNumber);
        if (existing) {
            const Patient& stored = *existing;
            // Each fact the file states differently is a conflict; the register keeps its own values only when
            // the user chose so.
            const QList<std::tuple<QString, QString, QString>> facts{
                {QStringLiteral("family_name"), stored.familyName, patient.patient.familyName},
                {QStringLiteral("given_name"), stored.givenName, patient.patient.givenName},
                {QStringLiteral("birth_date"), isoDate(stored.birthDate), isoDate(patient.patient.birthDate)},
                {QStringLiteral("sex"), sexToCode(stored.sex), sexToCode(patient.patient.sex)}};
            QStringList conflicting;
            for (const auto& [column, inDatabase, inFile] : facts) {
                if (inDatabase == inFile)
                    continue;
                conflicting.append(column);
                if (!m_keepExisting)
                    failAt(patient.line, column,
                           Tr::tr("chart number %1 has \"%2\" in this database, the file \"%3\"; correct the file "
                                  "or the register, or keep the database's values")
                               .arg(stored.chartNumber, inDatabase, inFile));
            }
            if (!conflicting.isEmpty()) {
                if (!m_keepExisting)
                    continue;
                summary.keptExisting.append(
                    Tr::tr("%1 (%2)").arg(stored.chartNumber, conflicting.join(QStringLiteral(", "))));
            }
            patient.existingId = stored.id;
            ++summary.patientsFound;
        } else if (existing.error().kind != ErrorKind::NotFound) {
            return existing.error();
        } else {
            ++summary.patientsAdded;
        }
        QList<Course> storedCourses;
        if (patient.existingId > 0) {
            Result<QList<Course>> found = courses.forPatient(patient.existingId);
            if (!found)
                return found.error();
            storedCourses = *found;
        }
        for (Plan::CourseIn& course : patient.courses) {
            const QString templateName =
                course.templateKey + QLatin1Char(' ') + QString::number(course.course.templateVersion);
            if (!templateIds.contains(templateName)) {
                Result<CourseTemplate> found = templates.findVersion(course.templateKey, course.course.templateVersion);
                if (found) {
                    templateIds.insert(templateName, found->id);
                    templatesByName.insert(templateName, *found);
                } else if (found.error().kind != ErrorKind::NotFound) {
                    return found.error();
                } else if (course.templateKey == standard.key && course.course.templateVersion == standard.version) {
                    plan.needsStandardTemplate = true;
                    templateIds.insert(templateName, 0);
                    templatesByName.insert(templateName, standard);
                } else {
                    fail(course.line, Tr::tr("course template \"%1\" version %2 is not in this database; create it "
                                             "first")
                                          .arg(course.templateKey)
                                          .arg(course.course.templateVersion));
                    continue;
                }
            }
            course.course.templateId = templateIds.value(templateName);
            // What the template defines for a visit (which one closes the course, what is planned there) is not in
            // the file: it comes back from the template, so an imported course reads as the original.
            const QList<Visit> planned =
                CourseSchedule::plan(templatesByName.value(templateName), course.course.startDate);
            for (Plan::VisitIn& visit : course.visits)
                restoreFromTemplate(visit.visit, planned);
            for (const Course& stored : storedCourses) {
                if (course.course.templateId > 0 && stored.templateId == course.course.templateId &&
                    stored.startDate == course.course.startDate)
                    course.existingId = stored.id;
            }
            ++(course.existingId > 0 ? summary.coursesFound : summary.coursesAdded);
            QHash<int, Visit> storedVisits;
            if (course.existingId > 0) {
                Result<QList<Visit>> found = courses.visits(course.existingId);
                if (!found)
                    return found.error();
                for (const Visit& visit : *found)
                    storedVisits.insert(visit.sequence, visit);
            }
            for (Plan::VisitIn& visit : course.visits) {
                const Visit storedVisit = storedVisits.value(visit.visit.sequence);
                visit.existingId = storedVisit.id;
                if (visit.existingId > 0 && !visit.assessments.isEmpty()) {
                    // The file's answers are for the visit it describes; on a visit the database knows otherwise
                    // (missed, not yet held, on another day) they would land where they do not belong.
                    const QList<std::tuple<QString, QString, QString>> facts{
                        {QStringLiteral("visit_status"), visitStatusToCode(storedVisit.status),
                         visitStatusToCode(visit.visit.status)},
                        {QStringLiteral("scheduled_date"), isoDate(storedVisit.scheduledDate),
                         isoDate(visit.visit.scheduledDate)},
                        {QStringLiteral("actual_date"), isoDate(storedVisit.actualDate),
                         isoDate(visit.visit.actualDate)}};
                    for (const auto& [column, inDatabase, inFile] : facts) {
                        if (inDatabase != inFile)
                            failAt(visit.line, column,
                                   Tr::tr("visit %1 of the course starting %2 has \"%3\" in this database, the file "
                                          "\"%4\"; the answers would belong to another visit: correct the file or "
                                          "the visit first")
                                       .arg(visit.visit.sequence)
                                       .arg(isoDate(course.course.startDate), inDatabase, inFile));
                    }
                }
                ++(visit.existingId > 0 ? summary.visitsFound : summary.visitsAdded);
                QList<Assessment> storedAssessments;
                if (visit.existingId > 0) {
                    Result<QList<Assessment>> found = assessments.forVisit(visit.existingId);
                    if (!found)
                        return found.error();
                    storedAssessments = *found;
                }
                for (Plan::AssessmentIn& assessment : visit.assessments) {
                    for (const Assessment& stored : storedAssessments) {
                        if (stored.instrumentId != assessment.assessment.instrumentId)
                            continue;
                        assessment.exists = true;
                        if (stored.answers != assessment.assessment.answers ||
                            stored.instrumentVersion != assessment.assessment.instrumentVersion)
                            fail(assessment.line,
                                 Tr::tr("the %1 assessment at visit %2 of the course starting %3 already exists with "
                                        "other answers; an import never overwrites them: remove these lines or correct "
                                        "the assessment in the program")
                                     .arg(stored.instrumentId)
                                     .arg(visit.visit.sequence)
                                     .arg(isoDate(course.course.startDate)));
                    }
                    ++(assessment.exists ? summary.assessmentsFound : summary.assessmentsAdded);
                }
            }
        }
    }
    // An event is matched to one the patient already has (same day, kind, note and course), else added.
    QHash<qint64, QList<ClinicalEvent>> storedEvents; // patient id -> the patient's events in the database
    for (Plan::EventIn& event : plan.events) {
        qint64 patientId = 0; // stays 0 for a patient the import adds
        if (plan.patientPosition.contains(event.chart)) {
            patientId = plan.patients[plan.patientPosition.value(event.chart)].existingId;
        } else {
            Result<Patient> stored = patients.findByChartNumber(event.chart);
            if (!stored && stored.error().kind != ErrorKind::NotFound)
                return stored.error();
            if (!stored) {
                if (errors.size() < kMaxErrors)
                    errors.append(Tr::tr("%1: line %2: chart number %3 is neither in the answers file nor in this "
                                         "database")
                                      .arg(m_eventsName)
                                      .arg(event.line)
                                      .arg(event.chart));
                continue;
            }
            patientId = stored->id;
        }
        event.event.patientId = patientId;
        if (patientId > 0 && !storedEvents.contains(patientId)) {
            Result<QList<ClinicalEvent>> found = ClinicalEventRepository(m_db).forPatient(patientId);
            if (!found)
                return found.error();
            storedEvents.insert(patientId, *found);
        }
        qint64 courseId = 0;
        if (!event.courseKey.isEmpty()) {
            const auto [patientAt, courseAt] = plan.coursePosition.value(event.courseKey);
            courseId = plan.patients[patientAt].courses[courseAt].existingId;
        }
        const bool ofCourse = !event.courseKey.isEmpty();
        for (const ClinicalEvent& stored : storedEvents.value(patientId)) {
            if (stored.date == event.event.date && stored.kind == event.event.kind &&
                stored.note.trimmed() == event.event.note.trimmed() &&
                (ofCourse ? courseId > 0 && stored.courseId == courseId : stored.courseId == 0))
                event.exists = true;
        }
        ++(event.exists ? summary.eventsFound : summary.eventsAdded);
    }
    if (!errors.isEmpty())
        return makeError(ErrorKind::Invalid, errors.join(QLatin1Char('\n')));
    return {};
}

Result<ImportSummary> CsvImport::check(const QByteArray& bytes)
{
    Result<Plan> planned = plan(bytes);
    if (!planned)
        return planned.error();
    return planned->summary;
}

Result<ImportSummary> CsvImport::run(const QByteArray& bytes, const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    // Planned inside the transaction: nothing can change between the check and the writes.
    Result<Plan> planned = plan(bytes);
    if (!planned)
        return planned.error();
    Plan& plan = planned.value();
    const QString audited = plan.summary.keptExisting.isEmpty()
                                ? reason
                                : Tr::tr("%1; the database's values were kept where the file differs: %2")
                                      .arg(reason, plan.summary.keptExisting.join(QStringLiteral("; ")));
    const auto atLine = [](int line, const Error& error) {
        return makeError(error.kind, Tr::tr("line %1: %2").arg(line).arg(error.message));
    };
    qint64 standardId = 0;
    if (plan.needsStandardTemplate) {
        Result<qint64> created = CourseTemplateRepository(m_db).ensureStandard();
        if (!created)
            return created.error();
        standardId = *created;
    }
    PatientRepository patients(m_db);
    CourseRepository courses(m_db);
    AssessmentRepository assessments(m_db);
    qint64 patientsWritten = 0;
    for (Plan::PatientIn& patient : plan.patients) {
        if (m_progress && patientsWritten++ % 16 == 0)
            m_progress(patientsWritten, plan.patients.size());
        if (patient.existingId == 0) {
            Result<qint64> created = patients.create(patient.patient);
            if (!created)
                return atLine(patient.line, created.error());
            patient.existingId = *created;
        }
        for (Plan::CourseIn& course : patient.courses) {
            QList<Visit> newVisits;
            for (const Plan::VisitIn& visit : course.visits) {
                if (visit.existingId == 0)
                    newVisits.append(visit.visit);
            }
            if (course.existingId == 0) {
                course.course.patientId = patient.existingId;
                if (course.course.templateId == 0)
                    course.course.templateId = standardId;
                Result<Course> created = courses.create(course.course, newVisits);
                if (!created)
                    return atLine(course.line, created.error());
                course.existingId = created->id;
            } else if (!newVisits.isEmpty()) {
                if (Status status = courses.addVisits(course.existingId, newVisits); !status)
                    return atLine(course.line, status.error());
            }
            for (const Visit& added : newVisits)
                course.visits[added.sequence].existingId = added.id;
            for (Plan::VisitIn& visit : course.visits) {
                for (Plan::AssessmentIn& assessment : visit.assessments) {
                    if (assessment.exists)
                        continue;
                    assessment.assessment.visitId = visit.existingId;
                    Result<Assessment> saved = assessments.save(assessment.assessment, audited);
                    if (!saved)
                        return atLine(assessment.line, saved.error());
                }
            }
        }
    }
    ClinicalEventRepository events(m_db);
    for (Plan::EventIn& event : plan.events) {
        if (event.exists)
            continue;
        if (plan.patientPosition.contains(event.chart))
            event.event.patientId = plan.patients[plan.patientPosition.value(event.chart)].existingId;
        if (!event.courseKey.isEmpty()) {
            const auto [patientAt, courseAt] = plan.coursePosition.value(event.courseKey);
            event.event.courseId = plan.patients[patientAt].courses[courseAt].existingId;
        }
        if (Result<ClinicalEvent> added = events.add(event.event); !added)
            return makeError(added.error().kind,
                             Tr::tr("%1: line %2: %3").arg(m_eventsName).arg(event.line).arg(added.error().message));
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    // The scores of what came in are kept now rather than by the first reader; should that fail, the readers score
    // the answers themselves.
    (void)OutcomeCourseReader(m_db).keepScores(m_library);
    return plan.summary;
}

} // namespace outcome
