// Writing the CSV files from patient records; scores come from the scoring engine, never from stored numbers.
#include "CsvExport.h"

#include "ColumnNames.h"
#include "CsvWriter.h"
#include "DatabaseFile.h"
#include "DateText.h"
#include "FreeText.h"
#include "JsonWriter.h"
#include "PatientRecordReader.h"
#include "PrivateFile.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSaveFile>

#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CsvExport)
};

// A value that is not a finite number (a unit conversion that overflowed) is never written: its cell stays empty.
QString number(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? JsonObjectWriter::number(*value) : QString();
}

// The items of an answer set in form order; ids the definition does not know follow in their own order.
QStringList itemOrder(const InstrumentDefinition* definition, const AnswerSet& answers)
{
    QStringList ordered;
    QStringList rest = answers.itemIds();
    if (definition) {
        for (const ItemDefinition& item : definition->items()) {
            if (rest.removeOne(item.id))
                ordered.append(item.id);
        }
    }
    return ordered + rest;
}

QString plannedDay(const Visit& visit, const Course& course)
{
    return QString::number(course.startDate.daysTo(visit.scheduledDate));
}

// What the bands of a measure mean, for the column dictionary: "up to 20: Minimal disability; ...".
QString bandValues(const MeasureDefinition& measure)
{
    QStringList parts;
    for (const Band& band : measure.bands) {
        const QString label = band.id + QStringLiteral(" (") + band.label + QLatin1Char(')');
        if (!band.upper)
            parts.append(Tr::tr("above: %1").arg(label));
        else if (band.upper->inclusive)
            parts.append(Tr::tr("up to %1: %2").arg(JsonObjectWriter::number(band.upper->value), label));
        else
            parts.append(Tr::tr("below %1: %2").arg(JsonObjectWriter::number(band.upper->value), label));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CsvExport::CsvExport(const InstrumentLibrary& library, const ExportIdentity& identity, const ExportOptions& options)
    : m_library(library)
    , m_identity(identity)
    , m_options(options)
{}

const QStringList& CsvExport::answerColumns(bool deidentified)
{
    static const QStringList identified{QStringLiteral("chart_number"),
                                        QStringLiteral("family_name"),
                                        QStringLiteral("given_name"),
                                        QStringLiteral("birth_date"),
                                        QStringLiteral("sex"),
                                        QStringLiteral("course_start"),
                                        QStringLiteral("course_template"),
                                        QStringLiteral("course_template_version"),
                                        QStringLiteral("course_status"),
                                        QStringLiteral("course_end"),
                                        QStringLiteral("treatment_label"),
                                        QStringLiteral("course_clinician"),
                                        QStringLiteral("visit_sequence"),
                                        QStringLiteral("visit_kind"),
                                        QStringLiteral("session_number"),
                                        QStringLiteral("visit_label"),
                                        QStringLiteral("scheduled_date"),
                                        QStringLiteral("actual_date"),
                                        QStringLiteral("visit_status"),
                                        QStringLiteral("visit_note"),
                                        QStringLiteral("instrument"),
                                        QStringLiteral("instrument_version"),
                                        QStringLiteral("form_incomplete"),
                                        QStringLiteral("item"),
                                        QStringLiteral("value"),
                                        QStringLiteral("unit"),
                                        QStringLiteral("censored")};
    static const QStringList deidentifiedColumns{QStringLiteral("patient_id"),
                                                 QStringLiteral("age_years"),
                                                 QStringLiteral("sex"),
                                                 QStringLiteral("course_template"),
                                                 QStringLiteral("course_template_version"),
                                                 QStringLiteral("course_status"),
                                                 QStringLiteral("course_end_day"),
                                                 QStringLiteral("visit_sequence"),
                                                 QStringLiteral("visit_kind"),
                                                 QStringLiteral("session_number"),
                                                 QStringLiteral("scheduled_day"),
                                                 QStringLiteral("actual_day"),
                                                 QStringLiteral("visit_status"),
                                                 QStringLiteral("instrument"),
                                                 QStringLiteral("instrument_version"),
                                                 QStringLiteral("form_incomplete"),
                                                 QStringLiteral("item"),
                                                 QStringLiteral("value"),
                                                 QStringLiteral("unit"),
                                                 QStringLiteral("censored")};
    return deidentified ? deidentifiedColumns : identified;
}

QStringList CsvExport::numberColumns()
{
    return {QStringLiteral("age_years"),       QStringLiteral("course_template_version"),
            QStringLiteral("course_end_day"),  QStringLiteral("visit_sequence"),
            QStringLiteral("session_number"),  QStringLiteral("scheduled_day"),
            QStringLiteral("actual_day"),      QStringLiteral("days_from_start"),
            QStringLiteral("form_incomplete"), QStringLiteral("value"),
            QStringLiteral("record_id")};
}

QStringList CsvExport::identityColumns() const
{
    if (m_options.deidentified)
        return {QStringLiteral("patient_id"), QStringLiteral("age_years"), QStringLiteral("sex")};
    return {QStringLiteral("chart_number"), QStringLiteral("family_name"), QStringLiteral("given_name"),
            QStringLiteral("birth_date"), QStringLiteral("sex")};
}

QStringList CsvExport::identity(const Patient& patient, const Course& course) const
{
    if (m_options.deidentified)
        return {m_identity.pseudonym(patient), QString::number(patient.ageOn(course.startDate)),
                sexToCode(patient.sex)};
    return {patient.chartNumber, patient.familyName, patient.givenName, isoDate(patient.birthDate),
            sexToCode(patient.sex)};
}

QStringList CsvExport::courseColumns() const
{
    QStringList columns;
    if (!m_options.deidentified)
        columns.append(QStringLiteral("course_start"));
    columns.append(QStringLiteral("course_template"));
    if (m_options.writesFreeText())
        columns << QStringLiteral("treatment_label") << QStringLiteral("course_clinician");
    return columns;
}

QStringList CsvExport::course(const CourseRecord& course) const
{
    QStringList fields;
    if (!m_options.deidentified)
        fields.append(isoDate(course.course.startDate));
    fields.append(course.templateKey);
    if (m_options.writesFreeText())
        fields << course.course.treatmentLabel << course.course.clinician;
    return fields;
}

QString CsvExport::visitTitle(const Visit& visit, const Course& course) const
{
    return m_options.writesFreeText() ? visit.title() : FreeText::withoutFreeText(visit, course.startDate).title();
}

// The part of a wide column name that says which visit: "b", "s3", "3_months", "x_flare_check" ("f28", "x10"
// when the labels are left out).
QString CsvExport::visitKey(const Visit& visit, const Course& course) const
{
    switch (visit.kind) {
    case VisitKind::Baseline:
        return QStringLiteral("b");
    case VisitKind::Session:
        return QStringLiteral("s") + QString::number(visit.sessionNumber);
    case VisitKind::FollowUp:
        if (!m_options.writesFreeText())
            return QStringLiteral("f") + plannedDay(visit, course);
        return visit.label.isEmpty() ? QStringLiteral("f") + QString::number(visit.sequence) : visit.label;
    case VisitKind::Extra:
        break;
    }
    if (!m_options.writesFreeText())
        return QStringLiteral("x") + plannedDay(visit, course);
    return visit.label.isEmpty() ? QStringLiteral("x") : QStringLiteral("x_") + visit.label;
}

QString CsvExport::date(const QDate& date, const Course& course) const
{
    if (!m_options.deidentified)
        return isoDate(date);
    return date.isValid() ? QString::number(course.startDate.daysTo(date)) : QString();
}

QByteArray CsvExport::answers(const QList<PatientRecord>& records) const
{
    QStringList columns = answerColumns(m_options.deidentified);
    if (m_options.deidentified && m_options.includeFreeText) {
        columns.insert(columns.indexOf(QStringLiteral("visit_sequence")), QStringLiteral("treatment_label"));
        columns.insert(columns.indexOf(QStringLiteral("visit_sequence")), QStringLiteral("course_clinician"));
        columns.insert(columns.indexOf(QStringLiteral("scheduled_day")), QStringLiteral("visit_label"));
        columns.insert(columns.indexOf(QStringLiteral("instrument")), QStringLiteral("visit_note"));
    }
    CsvWriter csv(columns, numberColumns());
    csv.keepNumberLikeTextAsText(m_options.spreadsheet);
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            const Course& c = course.course;
            // Every visit has its lines, in course order: one per answer, or a single line without an instrument
            // for a visit where nothing was recorded (planned, missed, cancelled), so an import rebuilds the course
            // as it stands.
            QList<std::pair<const Visit*, const Assessment*>> lines;
            for (const Visit& visit : course.visits) {
                bool recorded = false;
                for (const Assessment& assessment : course.assessments) {
                    if (assessment.visitId == visit.id) {
                        lines.append({&visit, &assessment});
                        recorded = true;
                    }
                }
                if (!recorded)
                    lines.append({&visit, nullptr});
            }
            for (const auto& [visit, assessment] : lines) {
                QStringList head = identity(record.patient, c);
                if (!m_options.deidentified)
                    head << isoDate(c.startDate);
                head << course.templateKey << QString::number(c.templateVersion) << courseStatusToCode(c.status)
                     << date(c.endDate, c);
                if (m_options.writesFreeText())
                    head << c.treatmentLabel << c.clinician;
                head << QString::number(visit->sequence) << visitKindToCode(visit->kind)
                     << QString::number(visit->sessionNumber);
                if (m_options.writesFreeText())
                    head << visit->label;
                head << date(visit->scheduledDate, c) << date(visit->actualDate, c) << visitStatusToCode(visit->status);
                if (m_options.writesFreeText())
                    head << visit->note;
                if (!assessment) {
                    csv.addRow(head + QStringList{{}, {}, {}, {}, {}, {}, {}});
                    continue;
                }
                head << assessment->instrumentId << assessment->instrumentVersion
                     << (assessment->answers.markedIncomplete() ? QStringLiteral("1") : QStringLiteral("0"));
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, *assessment);
                const QStringList items = itemOrder(definition, assessment->answers);
                if (items.isEmpty())
                    csv.addRow(head + QStringList{{}, {}, {}, {}});
                for (const QString& itemId : items) {
                    const ItemAnswer* answer = assessment->answers.find(itemId);
                    csv.addRow(head + QStringList{itemId, number(answer->value), answer->unit,
                                                  censoringToCode(answer->censoring)});
                }
            }
        }
    }
    return finished(csv);
}

QByteArray CsvExport::scores(const QList<PatientRecord>& records) const
{
    QStringList columns = identityColumns() + courseColumns();
    columns << QStringLiteral("visit_sequence") << QStringLiteral("visit");
    if (!m_options.deidentified)
        columns << QStringLiteral("visit_date");
    columns << QStringLiteral("days_from_start") << QStringLiteral("instrument") << QStringLiteral("instrument_version")
            << QStringLiteral("measure") << QStringLiteral("value") << QStringLiteral("unit")
            << QStringLiteral("censored") << QStringLiteral("band") << QStringLiteral("out_of_range");
    CsvWriter csv(columns, numberColumns());
    csv.keepNumberLikeTextAsText(m_options.spreadsheet);
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            for (const Assessment& assessment : course.assessments) {
                const Visit* visit = course.visit(assessment.visitId);
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                if (!visit || !definition)
                    continue;
                const ScoreResult result = ScoringEngine::score(*definition, assessment.answers);
                QStringList head = identity(record.patient, course.course) + this->course(course);
                head << QString::number(visit->sequence) << visitTitle(*visit, course.course);
                if (!m_options.deidentified)
                    head << isoDate(visit->effectiveDate());
                head << QString::number(course.course.startDate.daysTo(visit->effectiveDate()))
                     << assessment.instrumentId << assessment.instrumentVersion;
                for (const MeasureDefinition* measure : definition->reportedMeasures()) {
                    const MeasureScore* score = result.find(measure->id);
                    if (!score || !score->isValid())
                        continue;
                    // A value that is not a finite number has no band and no range verdict either.
                    const bool finite = std::isfinite(*score->value);
                    csv.addRow(head + QStringList{measure->id, number(score->value), score->unit,
                                                  censoringToCode(score->censoring),
                                                  finite && score->band ? score->band->id : QString(),
                                                  finite && score->isOutOfRange()
                                                      ? codeOf(kRangeFlagCodes, score->rangeFlag)
                                                      : QString()});
                }
            }
        }
    }
    return finished(csv);
}

std::pair<QByteArray, QByteArray> CsvExport::wide(const QList<PatientRecord>& records) const
{
    // First pass: every value by row, measure and visit key, and the order visits come in.
    struct Row
    {
        QStringList head;
        QHash<QString, QString> values; // "instrument/measure/visit key" -> value; "/visit key" -> its date
    };
    struct MeasureColumn
    {
        QString instrumentId;
        int measureIndex = 0;
        const MeasureDefinition* measure = nullptr;
    };
    QList<Row> rows;
    QMap<std::pair<QString, int>, MeasureColumn> measures; // by instrument, then definition order
    QMap<QString, std::pair<int, int>> visitRank;          // visit key -> (kind, first position seen)
    QMap<QString, QString> visitTitles;
    QSet<QString> present;
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            // A course without answers has nothing to analyse (and nothing an import could bring back).
            if (course.assessments.isEmpty())
                continue;
            Row row;
            row.head = identity(record.patient, course.course) + this->course(course);
            QHash<qint64, QString> keyOfVisit;
            QSet<QString> keysInCourse;
            for (const Visit& visit : course.visits) {
                const QString base = visitKey(visit, course.course);
                QString key = base;
                for (int n = 2; keysInCourse.contains(key); ++n)
                    key = base + QLatin1Char('_') + QString::number(n);
                keysInCourse.insert(key);
                keyOfVisit.insert(visit.id, key);
                const std::pair<int, int> rank{int(visit.kind), visit.sequence};
                if (!visitRank.contains(key) || rank < visitRank.value(key)) {
                    visitRank.insert(key, rank);
                    visitTitles.insert(key, visitTitle(visit, course.course));
                }
            }
            for (const Assessment& assessment : course.assessments) {
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                if (!definition || !keyOfVisit.contains(assessment.visitId))
                    continue;
                const ScoreResult result = ScoringEngine::score(*definition, assessment.answers);
                const QList<const MeasureDefinition*> reported = definition->reportedMeasures();
                for (int index = 0; index < reported.size(); ++index) {
                    const MeasureDefinition* measure = reported[index];
                    const MeasureScore* score = result.find(measure->id);
                    if (!score || !score->isValid())
                        continue;
                    measures.insert({definition->id, index}, MeasureColumn{definition->id, index, measure});
                    const QString key = keyOfVisit.value(assessment.visitId);
                    const QString cell = definition->id + QLatin1Char('/') + measure->id + QLatin1Char('/') + key;
                    row.values.insert(cell, number(score->value));
                    if (score->censoring != Censoring::None)
                        row.values.insert(cell + QStringLiteral("/censored"), censoringToCode(score->censoring));
                    present.insert(cell);
                    // The date of a visit with a value (a visit without one is not in the import format either).
                    present.insert(QLatin1Char('/') + key);
                    if (const Visit* visit = course.visit(assessment.visitId))
                        row.values.insert(QLatin1Char('/') + key, date(visit->effectiveDate(), course.course));
                }
            }
            rows.append(row);
        }
    }
    QStringList visitKeys = visitRank.keys();
    std::sort(visitKeys.begin(), visitKeys.end(), [&visitRank](const QString& a, const QString& b) {
        return visitRank.value(a) != visitRank.value(b) ? visitRank.value(a) < visitRank.value(b) : a < b;
    });

    // Second pass: the columns that hold at least one value, with names safe for statistics packages, each
    // described in the dictionary.
    ColumnNames names;
    QStringList header;
    QStringList numbers{QStringLiteral("age_years")};
    QStringList cells;
    CsvWriter dictionary({QStringLiteral("column"), QStringLiteral("instrument"), QStringLiteral("measure"),
                          QStringLiteral("visit"), QStringLiteral("description"), QStringLiteral("unit"),
                          QStringLiteral("values")});
    dictionary.keepNumberLikeTextAsText(m_options.spreadsheet);
    const auto describe = [&](const QString& column, const QString& description, const QString& unit = {},
                              const QString& values = {}) {
        header.append(names.unique(column));
        dictionary.addRow({header.last(), {}, {}, {}, description, unit, values});
    };
    for (const QString& column : identityColumns() + courseColumns()) {
        if (column == QLatin1String("chart_number"))
            describe(column, Tr::tr("The patient's chart number"));
        else if (column == QLatin1String("family_name"))
            describe(column, Tr::tr("The patient's family name"));
        else if (column == QLatin1String("given_name"))
            describe(column, Tr::tr("The patient's given name"));
        else if (column == QLatin1String("birth_date"))
            describe(column, Tr::tr("Date of birth"), Tr::tr("date, YYYY-MM-DD"));
        else if (column == QLatin1String("patient_id"))
            describe(column, Tr::tr("Pseudonym: the same patient gets the same one in every de-identified export "
                                    "of this database; it cannot be turned back into a chart number"));
        else if (column == QLatin1String("age_years"))
            describe(column, Tr::tr("Age at the course start, in whole years"), Tr::tr("years"));
        else if (column == QLatin1String("sex"))
            describe(column, Tr::tr("Sex as recorded"), {}, QStringLiteral("female, male, other, unknown"));
        else if (column == QLatin1String("course_start"))
            describe(column, Tr::tr("The day the course of care started"), Tr::tr("date, YYYY-MM-DD"));
        else if (column == QLatin1String("course_template"))
            describe(column, Tr::tr("The key of the course template the schedule came from"));
        else if (column == QLatin1String("course_clinician"))
            describe(column, Tr::tr("The clinician who treats the patient in the course (free text; empty where none "
                                    "was recorded)"));
        else
            describe(column, Tr::tr("The clinician's label for the treatment (free text)"));
    }
    for (const QString& key : visitKeys) {
        if (!present.contains(QLatin1Char('/') + key))
            continue;
        cells.append(QLatin1Char('/') + key);
        if (m_options.deidentified)
            describe(QStringLiteral("day_") + key,
                     Tr::tr("Days from the course start to %1 (when it took place, else when it was planned)")
                         .arg(visitTitles.value(key)),
                     Tr::tr("days"));
        else
            describe(QStringLiteral("date_") + key,
                     Tr::tr("Date of %1 (when it took place, else when it was planned)").arg(visitTitles.value(key)),
                     Tr::tr("date, YYYY-MM-DD"));
        numbers.append(header.last());
    }
    for (const MeasureColumn& column : measures) {
        const MeasureDefinition& measure = *column.measure;
        for (const QString& key : visitKeys) {
            const QString cell = column.instrumentId + QLatin1Char('/') + measure.id + QLatin1Char('/') + key;
            if (!present.contains(cell))
                continue;
            const QString name =
                names.unique(column.instrumentId + QLatin1Char('_') + measure.id + QLatin1Char('_') + key);
            header.append(name);
            numbers.append(name);
            cells.append(cell);
            dictionary.addRow({name, column.instrumentId, measure.id, visitTitles.value(key),
                               Tr::tr("%1 at %2").arg(measure.name, visitTitles.value(key)), measure.unit,
                               bandValues(measure)});
            // A lab value reported as "< 0.5" is 0.5 in its own column and "below" beside it: a detection limit,
            // not a measurement.
            if (measure.isLabValue()) {
                header.append(names.unique(name + QStringLiteral("_censored")));
                cells.append(cell + QStringLiteral("/censored"));
                dictionary.addRow({header.last(),
                                   column.instrumentId,
                                   measure.id,
                                   visitTitles.value(key),
                                   Tr::tr("Whether %1 at %2 was reported beyond the lab's limit")
                                       .arg(measure.name, visitTitles.value(key)),
                                   {},
                                   Tr::tr("empty: measured; below: less than the value given (detection limit); "
                                          "above: more than the value given")});
            }
        }
    }
    CsvWriter csv(header, numbers);
    csv.keepNumberLikeTextAsText(m_options.spreadsheet);
    for (const Row& row : rows) {
        QStringList fields = row.head;
        for (const QString& cell : cells)
            fields.append(row.values.value(cell));
        csv.addRow(fields);
    }
    return {finished(csv), finished(dictionary)};
}

QByteArray CsvExport::audit(const QList<PatientRecord>& records) const
{
    CsvWriter csv({QStringLiteral("chart_number"), QStringLiteral("at"), QStringLiteral("actor"),
                   QStringLiteral("record"), QStringLiteral("record_id"), QStringLiteral("action"),
                   QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                   QStringLiteral("reason")},
                  numberColumns());
    csv.keepNumberLikeTextAsText(m_options.spreadsheet);
    for (const PatientRecord& record : records) {
        for (const AuditEntry& entry : record.audit) {
            const QStringList head{record.patient.chartNumber,
                                   isoTimestamp(entry.at),
                                   entry.actor,
                                   entry.tableName,
                                   QString::number(entry.rowId),
                                   entry.action};
            const QList<AuditFieldChange> changes = AuditTrail::changes(entry);
            if (changes.isEmpty())
                csv.addRow(head + QStringList{{}, {}, {}, entry.reason});
            for (const AuditFieldChange& change : changes)
                csv.addRow(head + QStringList{change.field, change.oldValue, change.newValue, entry.reason});
        }
    }
    return finished(csv);
}

const QStringList& CsvExport::eventColumns()
{
    static const QStringList columns{QStringLiteral("chart_number"),
                                     QStringLiteral("course_start"),
                                     QStringLiteral("course_template"),
                                     QStringLiteral("course_template_version"),
                                     QStringLiteral("date"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("note")};
    return columns;
}

QByteArray CsvExport::events(const QList<PatientRecord>& records) const
{
    CsvWriter csv(eventColumns(), numberColumns());
    csv.keepNumberLikeTextAsText(m_options.spreadsheet);
    for (const PatientRecord& record : records) {
        for (const ClinicalEvent& event : record.events) {
            // The course it belongs to by the fields that name a course in answers.csv; empty when it belongs
            // to none.
            QStringList course{{}, {}, {}};
            for (const CourseRecord& candidate : record.courses) {
                if (candidate.course.id == event.courseId)
                    course = {isoDate(candidate.course.startDate), candidate.templateKey,
                              QString::number(candidate.course.templateVersion)};
            }
            csv.addRow(QStringList{record.patient.chartNumber} + course +
                       QStringList{isoDate(event.date), clinicalEventKindToCode(event.kind), event.note});
        }
    }
    return finished(csv);
}

QByteArray CsvExport::finished(const CsvWriter& csv) const
{
    // The byte-order mark tells a spreadsheet the file is UTF-8 ("Krüger", not "KrÃ¼ger").
    return m_options.spreadsheet ? QByteArrayLiteral("\xEF\xBB\xBF") + csv.bytes() : csv.bytes();
}

Result<QStringList> CsvExport::writeFolder(const QList<PatientRecord>& records, const QString& folder) const
{
    if (Status status = PrivateFile::makeFolder(folder); !status)
        return status.error();
    const auto [wideFile, dictionary] = wide(records);
    QList<std::pair<QString, QByteArray>> files{{QStringLiteral("answers.csv"), answers(records)},
                                                {QStringLiteral("scores.csv"), scores(records)},
                                                {QStringLiteral("wide.csv"), wideFile},
                                                {QStringLiteral("wide-columns.csv"), dictionary}};
    if (!m_options.deidentified) {
        files.append({QStringLiteral("events.csv"), events(records)});
        files.append({QStringLiteral("audit.csv"), audit(records)});
    }
    QStringList written;
    for (const auto& [name, bytes] : files) {
        const QString path = QDir(folder).filePath(name);
        if (Status status = DatabaseFile::refuseOverwrite(path); !status)
            return status.error();
        if (Status status = PrivateFile::write(path, bytes); !status)
            return status.error();
        written.append(path);
    }
    return written;
}

} // namespace outcome
