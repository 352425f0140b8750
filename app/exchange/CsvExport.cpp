// Writing the CSV files from patient records; scores come from the scoring engine, never from stored numbers.
#include "CsvExport.h"

#include "ColumnNames.h"
#include "CsvWriter.h"
#include "DatabaseFile.h"
#include "DateText.h"
#include "JsonWriter.h"
#include "PatientRecordReader.h"
#include "PrivateFile.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSaveFile>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CsvExport)
};

QString number(const std::optional<double>& value)
{
    return value ? JsonObjectWriter::number(*value) : QString();
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

// The part of a wide column name that says which visit: "b", "s3", "3_months", "x_flare_check".
QString visitKey(const Visit& visit)
{
    switch (visit.kind) {
    case VisitKind::Baseline:
        return QStringLiteral("b");
    case VisitKind::Session:
        return QStringLiteral("s") + QString::number(visit.sessionNumber);
    case VisitKind::FollowUp:
        return visit.label.isEmpty() ? QStringLiteral("f") + QString::number(visit.sequence) : visit.label;
    case VisitKind::Extra:
        break;
    }
    return visit.label.isEmpty() ? QStringLiteral("x") : QStringLiteral("x_") + visit.label;
}

const QStringList kCourseColumns{QStringLiteral("course_start"), QStringLiteral("course_template"),
                                 QStringLiteral("treatment_label")};

} // namespace

CsvExport::CsvExport(const InstrumentLibrary& library, const ExportIdentity& identity, bool deidentified)
    : m_library(library)
    , m_identity(identity)
    , m_deidentified(deidentified)
{}

const QStringList& CsvExport::answerColumns(bool deidentified)
{
    static const QStringList visitAndAnswer{QStringLiteral("course_start"),
                                            QStringLiteral("course_template"),
                                            QStringLiteral("course_template_version"),
                                            QStringLiteral("course_status"),
                                            QStringLiteral("course_end"),
                                            QStringLiteral("treatment_label"),
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
    static const QStringList identified =
        QStringList{QStringLiteral("chart_number"), QStringLiteral("family_name"), QStringLiteral("given_name"),
                    QStringLiteral("birth_date"), QStringLiteral("sex")} +
        visitAndAnswer;
    static const QStringList deidentifiedColumns = [] {
        QStringList columns =
            QStringList{QStringLiteral("patient_id"), QStringLiteral("age_years"), QStringLiteral("sex")} +
            visitAndAnswer;
        columns.removeOne(QStringLiteral("visit_note"));
        return columns;
    }();
    return deidentified ? deidentifiedColumns : identified;
}

QStringList CsvExport::identityColumns() const
{
    if (m_deidentified)
        return {QStringLiteral("patient_id"), QStringLiteral("age_years"), QStringLiteral("sex")};
    return {QStringLiteral("chart_number"), QStringLiteral("family_name"), QStringLiteral("given_name"),
            QStringLiteral("birth_date"), QStringLiteral("sex")};
}

QStringList CsvExport::identity(const Patient& patient, const Course& course) const
{
    if (m_deidentified)
        return {m_identity.pseudonym(patient), QString::number(patient.ageOn(course.startDate)),
                sexToCode(patient.sex)};
    return {patient.chartNumber, patient.familyName, patient.givenName, isoDate(patient.birthDate),
            sexToCode(patient.sex)};
}

QByteArray CsvExport::answers(const QList<PatientRecord>& records) const
{
    CsvWriter csv(answerColumns(m_deidentified));
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            for (const Assessment& assessment : course.assessments) {
                const Visit* visit = course.visit(assessment.visitId);
                if (!visit)
                    continue;
                QStringList head = identity(record.patient, course.course);
                head << isoDate(course.course.startDate) << course.templateKey
                     << QString::number(course.course.templateVersion) << courseStatusToCode(course.course.status)
                     << isoDate(course.course.endDate) << course.course.treatmentLabel
                     << QString::number(visit->sequence) << visitKindToCode(visit->kind)
                     << QString::number(visit->sessionNumber) << visit->label << isoDate(visit->scheduledDate)
                     << isoDate(visit->actualDate) << visitStatusToCode(visit->status);
                if (!m_deidentified)
                    head << visit->note;
                head << assessment.instrumentId << assessment.instrumentVersion
                     << (assessment.answers.markedIncomplete() ? QStringLiteral("1") : QStringLiteral("0"));
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                const QStringList items = itemOrder(definition, assessment.answers);
                if (items.isEmpty())
                    csv.addRow(head + QStringList{{}, {}, {}, {}});
                for (const QString& itemId : items) {
                    const ItemAnswer* answer = assessment.answers.find(itemId);
                    csv.addRow(head + QStringList{itemId, number(answer->value), answer->unit,
                                                  censoringToCode(answer->censoring)});
                }
            }
        }
    }
    return csv.bytes();
}

QByteArray CsvExport::scores(const QList<PatientRecord>& records) const
{
    CsvWriter csv(identityColumns() + kCourseColumns +
                  QStringList{QStringLiteral("visit_sequence"), QStringLiteral("visit"), QStringLiteral("visit_date"),
                              QStringLiteral("days_from_start"), QStringLiteral("instrument"),
                              QStringLiteral("instrument_version"), QStringLiteral("measure"), QStringLiteral("value"),
                              QStringLiteral("unit"), QStringLiteral("censored"), QStringLiteral("band"),
                              QStringLiteral("out_of_range")});
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            for (const Assessment& assessment : course.assessments) {
                const Visit* visit = course.visit(assessment.visitId);
                const InstrumentDefinition* definition = PatientRecordReader::definitionOf(m_library, assessment);
                if (!visit || !definition)
                    continue;
                const ScoreResult result = ScoringEngine::score(*definition, assessment.answers);
                const QStringList head =
                    identity(record.patient, course.course) +
                    QStringList{isoDate(course.course.startDate),
                                course.templateKey,
                                course.course.treatmentLabel,
                                QString::number(visit->sequence),
                                visit->title(),
                                isoDate(visit->effectiveDate()),
                                QString::number(course.course.startDate.daysTo(visit->effectiveDate())),
                                assessment.instrumentId,
                                assessment.instrumentVersion};
                for (const MeasureDefinition* measure : definition->reportedMeasures()) {
                    const MeasureScore* score = result.find(measure->id);
                    if (!score || !score->isValid())
                        continue;
                    csv.addRow(head + QStringList{measure->id, number(score->value), score->unit,
                                                  censoringToCode(score->censoring),
                                                  score->band ? score->band->id : QString(),
                                                  score->isOutOfRange() ? codeOf(kRangeFlagCodes, score->rangeFlag)
                                                                        : QString()});
                }
            }
        }
    }
    return csv.bytes();
}

std::pair<QByteArray, QByteArray> CsvExport::wide(const QList<PatientRecord>& records) const
{
    // First pass: every value by row, measure and visit key, and the order visits come in.
    struct Row
    {
        QStringList head;
        QHash<QString, QString> values; // "instrument/measure/visit key" -> value
    };
    struct MeasureColumn
    {
        QString instrumentId;
        int measureIndex = 0;
        QString measureId;
        QString measureName;
    };
    QList<Row> rows;
    QMap<std::pair<QString, int>, MeasureColumn> measures; // by instrument, then definition order
    QMap<QString, std::pair<int, int>> visitRank;          // visit key -> (kind, first position seen)
    QMap<QString, QString> visitTitle;
    QSet<QString> present;
    for (const PatientRecord& record : records) {
        for (const CourseRecord& course : record.courses) {
            // A course without answers has nothing to analyse (and nothing an import could bring back).
            if (course.assessments.isEmpty())
                continue;
            Row row;
            row.head = identity(record.patient, course.course) +
                       QStringList{isoDate(course.course.startDate), course.templateKey, course.course.treatmentLabel};
            QHash<qint64, QString> keyOfVisit;
            QSet<QString> keysInCourse;
            for (const Visit& visit : course.visits) {
                QString key = visitKey(visit);
                for (int n = 2; keysInCourse.contains(key); ++n)
                    key = visitKey(visit) + QLatin1Char('_') + QString::number(n);
                keysInCourse.insert(key);
                keyOfVisit.insert(visit.id, key);
                const std::pair<int, int> rank{int(visit.kind), visit.sequence};
                if (!visitRank.contains(key) || rank < visitRank.value(key)) {
                    visitRank.insert(key, rank);
                    visitTitle.insert(key, visit.title());
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
                    measures.insert({definition->id, index},
                                    MeasureColumn{definition->id, index, measure->id, measure->name});
                    const QString cell = definition->id + QLatin1Char('/') + measure->id + QLatin1Char('/') +
                                         keyOfVisit.value(assessment.visitId);
                    row.values.insert(cell, number(score->value));
                    present.insert(cell);
                }
            }
            rows.append(row);
        }
    }
    QStringList visitKeys = visitRank.keys();
    std::sort(visitKeys.begin(), visitKeys.end(), [&visitRank](const QString& a, const QString& b) {
        return visitRank.value(a) != visitRank.value(b) ? visitRank.value(a) < visitRank.value(b) : a < b;
    });

    // Second pass: the columns that hold at least one value, with names safe for statistics packages.
    ColumnNames names;
    QStringList header = identityColumns() + kCourseColumns;
    for (const QString& column : header)
        names.unique(column);
    CsvWriter dictionary({QStringLiteral("column"), QStringLiteral("instrument"), QStringLiteral("measure"),
                          QStringLiteral("visit"), QStringLiteral("description")});
    QStringList cells;
    for (const MeasureColumn& measure : measures) {
        for (const QString& key : visitKeys) {
            const QString cell = measure.instrumentId + QLatin1Char('/') + measure.measureId + QLatin1Char('/') + key;
            if (!present.contains(cell))
                continue;
            const QString column =
                names.unique(measure.instrumentId + QLatin1Char('_') + measure.measureId + QLatin1Char('_') + key);
            header.append(column);
            cells.append(cell);
            dictionary.addRow({column, measure.instrumentId, measure.measureId, visitTitle.value(key),
                               Tr::tr("%1 at %2").arg(measure.measureName, visitTitle.value(key))});
        }
    }
    CsvWriter csv(header);
    for (const Row& row : rows) {
        QStringList fields = row.head;
        for (const QString& cell : cells)
            fields.append(row.values.value(cell));
        csv.addRow(fields);
    }
    return {csv.bytes(), dictionary.bytes()};
}

QByteArray CsvExport::audit(const QList<PatientRecord>& records) const
{
    CsvWriter csv({QStringLiteral("chart_number"), QStringLiteral("at"), QStringLiteral("actor"),
                   QStringLiteral("record"), QStringLiteral("record_id"), QStringLiteral("action"),
                   QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                   QStringLiteral("reason")});
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
    return csv.bytes();
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
    if (!m_deidentified)
        files.append({QStringLiteral("audit.csv"), audit(records)});
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
