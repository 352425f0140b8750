// Choosing the measures that can have an expected course, reading the clinic's values of them, and building each.
#include "ExpectedCourseReader.h"

#include "Database.h"
#include "OutcomeCourseReader.h"

#include <QCoreApplication>
#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

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

// The measures of an instrument that can have an expected course (not the blood markers).
QStringList bandedMeasureIds(const InstrumentDefinition& definition)
{
    QStringList ids;
    for (const MeasureDefinition* measure : definition.reportedMeasures()) {
        if (ExpectedCourse::similarDistance(*measure))
            ids.append(measure->id);
    }
    return ids;
}

} // namespace

CompletedCourseCache::~CompletedCourseCache()
{
    m_stopPreload = true;
    if (m_preloading.joinable())
        m_preloading.join();
}

Result<std::shared_ptr<const CompletedCourseCache::Courses>>
CompletedCourseCache::read(Database& db, const InstrumentLibrary& library, const QString& instrumentId, int threads,
                           const std::atomic<bool>* stop, bool keepScores)
{
    const InstrumentDefinition* definition = library.find(instrumentId);
    const QStringList measureIds = definition ? bandedMeasureIds(*definition) : QStringList();
    OutcomeCourseReader reader(db);
    reader.setThreads(threads);
    reader.setStop(stop);
    reader.setKeepScores(keepScores);
    auto read = reader.read(library, instrumentId, measureIds, true);
    if (!read)
        return read.error();
    Courses ordered;
    for (auto it = read->cbegin(); it != read->cend(); ++it)
        ordered.insert(it.key(), CoursesByBaseline(it.value()));
    return std::make_shared<const Courses>(std::move(ordered));
}

Result<std::shared_ptr<const CompletedCourseCache::Courses>>
CompletedCourseCache::courses(Database& db, const InstrumentLibrary& library, const QString& instrumentId)
{
    const Result<qint64> revision = clinicalRevision(db);
    if (!revision)
        return revision.error();
    if (m_preloaded.valid())
        takePreloaded();
    if (const auto found = m_entries.constFind(instrumentId); found != m_entries.cend() && found->revision == *revision)
        return found->courses;
    Result<std::shared_ptr<const Courses>> courses = read(db, library, instrumentId, 0);
    if (!courses)
        return courses.error();
    m_entries.insert(instrumentId, {*revision, *courses});
    return courses;
}

namespace {

// The background read gives way to everything else the program does: a search typed while it runs is drawn first.
void runOnlyWhenIdle()
{
#ifdef Q_OS_LINUX
    sched_param parameters{};
    parameters.sched_priority = 0;
    (void)pthread_setschedparam(pthread_self(), SCHED_IDLE, &parameters);
#endif
}

} // namespace

void CompletedCourseCache::preload(const QString& path, const InstrumentLibrary& library)
{
    if (m_preloadStarted)
        return;
    m_preloadStarted = true;
    std::packaged_task<QHash<QString, Entry>()> task([this, path, library]() {
        runOnlyWhenIdle();
        return readAll(path, library, m_stopPreload);
    }); // the thread owns a copy of the library
    m_preloaded = task.get_future();
    m_preloading = std::thread(std::move(task));
}

QHash<QString, CompletedCourseCache::Entry>
CompletedCourseCache::readAll(const QString& path, const InstrumentLibrary& library, const std::atomic<bool>& stop)
{
    QHash<QString, Entry> entries;
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, OpenOptions::asItIs());
        if (!db)
            return entries; // the charts read what they need themselves
        // The revision and the courses are read at one moment, so that a save meanwhile shows as a newer revision.
        QSqlQuery transaction((*db)->connection());
        if (!transaction.exec((*db)->beginReadStatement()))
            return entries;
        const Result<qint64> revision = clinicalRevision(**db);
        if (!revision)
            return entries;
        for (const InstrumentDefinition* definition : library.definitions()) {
            if (stop)
                break;
            if (bandedMeasureIds(*definition).isEmpty())
                continue;
            // One thread: the desktop program's own work keeps the other cores.
            Result<std::shared_ptr<const Courses>> courses = read(**db, library, definition->id, 1, &stop, false);
            if (courses)
                entries.insert(definition->id, {*revision, *courses});
        }
        transaction.exec(QStringLiteral("COMMIT"));
    }
    return entries;
}

void CompletedCourseCache::takePreloaded()
{
    QHash<QString, Entry> preloaded = m_preloaded.get();
    m_preloading.join();
    for (auto it = preloaded.cbegin(); it != preloaded.cend(); ++it) {
        // What a chart read since is as new or newer.
        if (!m_entries.contains(it.key()))
            m_entries.insert(it.key(), it.value());
    }
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
