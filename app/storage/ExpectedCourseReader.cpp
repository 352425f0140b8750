// Choosing the measures that can have an expected course, reading the clinic's values of them, and building each.
#include "ExpectedCourseReader.h"

#include "Database.h"
#include "OutcomeCourseReader.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ExpectedCourseReader)
};

// Every change to clinical data adds an audit entry: the latest one's id stands for the data's revision.
Result<qint64> clinicalRevision(Database& db)
{
    QSqlQuery& query = db.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (Status status = db.exec(query, {}, Tr::tr("read the audit trail")); !status)
        return status.error();
    const qint64 revision = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return revision;
}

} // namespace

Result<std::shared_ptr<const CompletedCourseCache::Courses>>
CompletedCourseCache::courses(Database& db, const InstrumentLibrary& library, const QString& instrumentId)
{
    const Result<qint64> revision = clinicalRevision(db);
    if (!revision)
        return revision.error();
    if (const auto found = m_entries.constFind(instrumentId); found != m_entries.cend() && found->revision == *revision)
        return found->courses;
    QStringList measureIds;
    if (const InstrumentDefinition* definition = library.find(instrumentId)) {
        for (const MeasureDefinition* measure : definition->reportedMeasures()) {
            if (ExpectedCourse::similarDistance(*measure))
                measureIds.append(measure->id);
        }
    }
    auto read = OutcomeCourseReader(db).read(library, instrumentId, measureIds, true);
    if (!read)
        return read.error();
    Courses ordered;
    for (auto it = read->cbegin(); it != read->cend(); ++it)
        ordered.insert(it.key(), CoursesByBaseline(it.value()));
    auto courses = std::make_shared<const Courses>(std::move(ordered));
    m_entries.insert(instrumentId, {*revision, courses});
    return std::shared_ptr<const Courses>(courses);
}

Result<ExpectedCourses> ExpectedCourseReader::read(const CourseOutcomes& outcomes, const QString& instrumentId,
                                                   CompletedCourseCache* cache)
{
    QList<const MeasureSeries*> wanted;
    for (const MeasureSeries* series : outcomes.seriesOf(instrumentId)) {
        const std::optional<Baseline>& baseline = series->baseline();
        if (!baseline || series->points()[baseline->index].censoring != Censoring::None ||
            !ExpectedCourse::similarDistance(series->measure()))
            continue;
        wanted.append(series);
    }
    ExpectedCourses expected;
    if (wanted.isEmpty())
        return expected;
    CompletedCourseCache once;
    const Result<std::shared_ptr<const CompletedCourseCache::Courses>> courses =
        (cache ? cache : &once)->courses(m_db, m_library, instrumentId);
    if (!courses)
        return courses.error();
    for (const MeasureSeries* series : std::as_const(wanted)) {
        expected.insert(series->key(), ExpectedCourse::build(series->measure(), (*courses)->value(series->measure().id),
                                                             series->baseline()->value, outcomes.course().patientId));
    }
    return expected;
}

} // namespace outcome
