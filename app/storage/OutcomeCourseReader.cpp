// Two queries for the whole clinic (courses, then the instrument's assessments), scored as they are read.
#include "OutcomeCourseReader.h"

#include "Database.h"
#include "ScoringEngine.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::OutcomeCourseReader)
};

} // namespace

Result<QList<OutcomeCourse>> OutcomeCourseReader::read(const InstrumentLibrary& library, const QString& instrumentId,
                                                       const QString& measureId)
{
    Result<QHash<QString, QList<OutcomeCourse>>> byMeasure = read(library, instrumentId, QStringList{measureId});
    if (!byMeasure)
        return byMeasure.error();
    return byMeasure->value(measureId);
}

Result<QHash<QString, QList<OutcomeCourse>>> OutcomeCourseReader::read(const InstrumentLibrary& library,
                                                                       const QString& instrumentId,
                                                                       const QStringList& measureIds,
                                                                       bool completedOnly)
{
    // Both queries take the status as a value, so that each stays one prepared statement: '' matches every course.
    const QString status = completedOnly ? courseStatusToCode(CourseStatus::Completed) : QStringLiteral("");
    QList<OutcomeCourse> courses;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery& query = m_db.prepared(QStringLiteral(
            "SELECT c.id, c.patient_id, t.name, c.treatment_label, c.start_date, c.status, p.archived"
            " FROM courses c JOIN course_templates t ON t.id = c.template_id JOIN patients p ON p.id = c.patient_id"
            " WHERE ? = '' OR c.status = ? ORDER BY c.id"));
        if (Status read = m_db.exec(query, {status, status}, Tr::tr("read the courses")); !read)
            return read.error();
        while (query.next()) {
            OutcomeCourse course;
            course.courseId = query.value(0).toLongLong();
            course.patientId = query.value(1).toLongLong();
            course.templateName = query.value(2).toString();
            course.treatmentLabel = query.value(3).toString();
            course.startDate = sql::toDate(query.value(4));
            course.status = courseStatusFromCode(query.value(5).toString());
            course.archived = query.value(6).toBool();
            indexOf.insert(course.courseId, courses.size());
            courses.append(std::move(course));
        }
        query.finish();
    }

    QHash<QString, QList<OutcomeCourse>> byMeasure;
    for (const QString& measureId : measureIds)
        byMeasure.insert(measureId, courses);
    const InstrumentDefinition* current = library.find(instrumentId);
    if (!current)
        return byMeasure;
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT v.course_id, v.kind, v.session_number, v.label, v.scheduled_date, v.actual_date,"
                       " a.instrument_version, a.answers FROM assessments a JOIN visits v ON v.id = a.visit_id"
                       " JOIN courses c ON c.id = v.course_id"
                       " WHERE a.instrument_id = ? AND v.status <> 'cancelled' AND (? = '' OR c.status = ?)"
                       " ORDER BY v.course_id, v.sequence, a.id"));
    if (Status read = m_db.exec(query, {instrumentId, status, status}, Tr::tr("read the assessments")); !read)
        return read.error();
    // Scoring reads the definition an answer was entered with; keep the lookups out of the loop.
    QHash<QString, const InstrumentDefinition*> definitionOf;
    while (query.next()) {
        const qsizetype index = indexOf.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        const std::optional<AnswerSet> answers = AnswerSet::fromJsonText(query.value(7).toString());
        if (!answers)
            continue; // the integrity check reports unreadable answers; the statistics leave them out
        const QString version = query.value(6).toString();
        auto found = definitionOf.find(version);
        if (found == definitionOf.end()) {
            const InstrumentDefinition* exact = library.find(instrumentId, version);
            found = definitionOf.insert(version, exact ? exact : current);
        }
        const ScoreResult result = ScoringEngine::score(**found, *answers);
        std::optional<Visit> visit;
        for (auto it = byMeasure.begin(); it != byMeasure.end(); ++it) {
            const MeasureScore* score = result.find(it.key());
            if (!score || !score->value)
                continue;
            OutcomeCourse& course = (*it)[index];
            if (!visit) {
                visit.emplace();
                visit->kind = visitKindFromCode(query.value(1).toString());
                visit->sessionNumber = query.value(2).toInt();
                visit->label = query.value(3).toString();
                visit->scheduledDate = sql::toDate(query.value(4));
                visit->actualDate = sql::toDate(query.value(5));
            }
            OutcomeValue value;
            value.visit = visit->title();
            value.kind = visit->kind;
            value.sessionNumber = visit->sessionNumber;
            value.day = int(course.startDate.daysTo(visit->scheduledDate));
            value.date = visit->effectiveDate();
            value.value = *score->value;
            value.censoring = score->censoring;
            course.values.append(value);
        }
    }
    query.finish();
    return byMeasure;
}

} // namespace outcome
