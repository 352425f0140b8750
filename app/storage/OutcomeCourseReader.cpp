// Two queries for the whole clinic (courses, then the instrument's assessments), scored as they are read.
#include "OutcomeCourseReader.h"

#include "Database.h"
#include "ScoringEngine.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <iterator>
#include <mutex>
#include <thread>
#include <tuple>
#include <vector>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::OutcomeCourseReader)
};

struct MeasureValue
{
    double value = 0;
    Censoring censoring = Censoring::None;
};

// One stored answer set, as read, then its values of the measures asked for.
struct AnswerRow
{
    qsizetype course = 0; // index into the courses read
    int sequence = 0;     // the visit's place in its course
    const InstrumentDefinition* definition = nullptr;
    QByteArray answers; // the stored JSON, UTF-8; emptied once scored
    // What the values need of the visit.
    QString title;
    VisitKind kind = VisitKind::Session;
    int sessionNumber = 0;
    QDate scheduledDate;
    QDate effectiveDate;
    std::vector<std::optional<MeasureValue>> scores; // one per measure asked for
};

// Visit titles, worked out once per kind of visit rather than once per answer.
class VisitTitles
{
public:
    const QString& of(const Visit& visit)
    {
        const QString key = QString::number(int(visit.kind)) + QLatin1Char('/') + QString::number(visit.sessionNumber) +
                            QLatin1Char('/') + visit.label;
        auto found = m_titles.constFind(key);
        if (found == m_titles.cend())
            found = m_titles.insert(key, visit.title());
        return *found;
    }

private:
    QHash<QString, QString> m_titles;
};

// Scores answers while the database is still being read: the reading thread hands over full batches of rows,
// helper threads score them meanwhile, and the reading thread joins in once it has read the last row. Parsing and
// scoring read only the rows and constant definitions.
class ScoringPipeline
{
public:
    ScoringPipeline(const QStringList& measureIds, int helpers)
        : m_measureIds(measureIds)
        , m_helperCount(helpers)
    {
        m_open.reserve(kBatch);
    }
    ~ScoringPipeline() { (void)finish(); }
    ScoringPipeline(const ScoringPipeline&) = delete;
    ScoringPipeline& operator=(const ScoringPipeline&) = delete;

    AnswerRow& add()
    {
        if (m_open.size() == kBatch) {
            handOver();
            m_open.reserve(kBatch);
        }
        return m_open.emplace_back();
    }

    // Leaves every row not yet being scored unscored, so that finish() returns at once: for a read given up.
    void abandon()
    {
        m_open.clear();
        const std::lock_guard lock(m_mutex);
        m_claimed = m_batches.size();
    }

    // Every row, scored, in the order read.
    std::vector<AnswerRow> finish()
    {
        if (!m_open.empty())
            handOver();
        {
            const std::lock_guard lock(m_mutex);
            m_reading = false;
        }
        m_wake.notify_all();
        while (scoreNext()) {
        }
        for (std::thread& helper : m_helpers)
            helper.join();
        m_helpers.clear();
        std::vector<AnswerRow> rows;
        for (std::vector<AnswerRow>& batch : m_batches)
            std::move(batch.begin(), batch.end(), std::back_inserter(rows));
        m_batches.clear();
        m_claimed = 0;
        return rows;
    }

private:
    static constexpr size_t kBatch = 512;

    void handOver()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(m_open)); // a deque keeps the batches being scored where they are
        }
        m_open = {};
        // The helpers start with the first full batch: a small read is scored where it is read.
        if (m_helpers.empty() && m_reading) {
            for (int i = 0; i < m_helperCount; ++i)
                m_helpers.emplace_back([this]() { help(); });
        }
        m_wake.notify_one();
    }

    void help()
    {
        for (;;) {
            std::vector<AnswerRow>* batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this]() { return m_claimed < m_batches.size() || !m_reading; });
                if (m_claimed == m_batches.size())
                    return;
                batch = &m_batches[m_claimed++];
            }
            score(*batch);
        }
    }

    bool scoreNext()
    {
        std::vector<AnswerRow>* batch = nullptr;
        {
            const std::lock_guard lock(m_mutex);
            if (m_claimed == m_batches.size())
                return false;
            batch = &m_batches[m_claimed++];
        }
        score(*batch);
        return true;
    }

    void score(std::vector<AnswerRow>& batch) const
    {
        for (AnswerRow& row : batch) {
            row.scores.resize(size_t(m_measureIds.size()));
            const std::optional<AnswerSet> answers = AnswerSet::fromJsonBytes(row.answers);
            row.answers = QByteArray();
            if (!answers)
                continue; // the integrity check reports unreadable answers; the statistics leave them out
            const ScoreResult result = ScoringEngine::score(*row.definition, *answers);
            for (qsizetype m = 0; m < m_measureIds.size(); ++m) {
                const MeasureScore* measure = result.find(m_measureIds[m]);
                if (measure && measure->value)
                    row.scores[size_t(m)] = MeasureValue{*measure->value, measure->censoring};
            }
        }
    }

    const QStringList m_measureIds;
    const int m_helperCount;
    std::vector<AnswerRow> m_open;                // being filled by the reading thread
    std::deque<std::vector<AnswerRow>> m_batches; // handed over
    size_t m_claimed = 0;                         // batches taken by a scorer
    bool m_reading = true;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::thread> m_helpers;
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
            "SELECT c.id, c.patient_id, t.name, c.treatment_label, c.start_date, c.status, p.archived, c.clinician"
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
            course.clinician = query.value(7).toString();
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
    // The answers come as their stored UTF-8 bytes, which the JSON parser reads as they are. The rows are put in
    // course order here rather than by the database, which would sort every answer's text along with its key.
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT v.course_id, v.kind, v.session_number, v.label, v.scheduled_date, v.actual_date,"
                       " a.instrument_version, %1, v.sequence FROM assessments a"
                       " JOIN visits v ON v.id = a.visit_id JOIN courses c ON c.id = v.course_id"
                       " WHERE a.instrument_id = ? AND v.status <> 'cancelled' AND (? = '' OR c.status = ?)")
            .arg(m_db.textAsBytes(QStringLiteral("a.answers"))));
    if (Status read = m_db.exec(query, {instrumentId, status, status}, Tr::tr("read the assessments")); !read)
        return read.error();
    // Parsing and scoring each answer is most of the work: it runs on the other cores while rows are still read.
    const int threads = m_threads > 0 ? m_threads : std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    ScoringPipeline pipeline(measureIds, threads - 1);
    // Scoring reads the definition an answer was entered with; keep the lookups out of the loop.
    QHash<QString, const InstrumentDefinition*> definitionOf;
    VisitTitles titles;
    while (query.next()) {
        if (m_stop && m_stop->load(std::memory_order_relaxed)) {
            query.finish();
            pipeline.abandon();
            return makeError(ErrorKind::Internal, Tr::tr("Reading the answers was given up."));
        }
        const qsizetype index = indexOf.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        const QString version = query.value(6).toString();
        auto found = definitionOf.find(version);
        if (found == definitionOf.end()) {
            const InstrumentDefinition* exact = library.find(instrumentId, version);
            found = definitionOf.insert(version, exact ? exact : current);
        }
        Visit visit;
        visit.kind = visitKindFromCode(query.value(1).toString());
        visit.sessionNumber = query.value(2).toInt();
        visit.label = query.value(3).toString();
        visit.scheduledDate = sql::toDate(query.value(4));
        visit.actualDate = sql::toDate(query.value(5));
        AnswerRow& row = pipeline.add();
        row.course = index;
        row.sequence = query.value(8).toInt();
        row.definition = *found;
        row.answers = query.value(7).toByteArray();
        row.title = titles.of(visit);
        row.kind = visit.kind;
        row.sessionNumber = visit.sessionNumber;
        row.scheduledDate = visit.scheduledDate;
        row.effectiveDate = visit.effectiveDate();
    }
    query.finish();
    std::vector<AnswerRow> rows = pipeline.finish();
    // Course order, and within a course visit order (a visit holds one answer set per instrument).
    std::sort(rows.begin(), rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
        return std::tie(a.course, a.sequence) < std::tie(b.course, b.sequence);
    });

    // The hash holds each measure's list at a stable place while nothing is inserted.
    std::vector<QList<OutcomeCourse>*> lists;
    for (const QString& measureId : measureIds)
        lists.push_back(&byMeasure[measureId]);
    for (const AnswerRow& row : rows) {
        for (qsizetype m = 0; m < measureIds.size(); ++m) {
            const std::optional<MeasureValue>& score = row.scores[size_t(m)];
            if (!score)
                continue;
            OutcomeCourse& course = (*lists[size_t(m)])[row.course];
            OutcomeValue value;
            value.visit = row.title;
            value.kind = row.kind;
            value.sessionNumber = row.sessionNumber;
            value.day = int(course.startDate.daysTo(row.scheduledDate));
            value.date = row.effectiveDate;
            value.value = score->value;
            value.censoring = score->censoring;
            course.values.append(value);
        }
    }
    return byMeasure;
}

} // namespace outcome
