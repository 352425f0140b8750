// Two queries for the whole clinic (courses, then the instrument's assessments), scored as they are read.
#include "OutcomeCourseReader.h"

#include "Database.h"
#include "ScoringEngine.h"
#include "SqlValue.h"
#include "StoredScores.h"

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

// Where one answer set's values go, and what they need of its visit.
struct ValuePlace
{
    qsizetype course = 0; // index into the courses read
    int sequence = 0;     // the visit's place in its course
    qsizetype title = 0;  // index into the visit titles
    VisitKind kind = VisitKind::Session;
    int sessionNumber = 0;
    QDate scheduledDate;
    QDate effectiveDate;
};

// An answer set without usable kept scores: its stored JSON (UTF-8, emptied once scored), its values of the
// measures asked for once scored, and what is kept of them.
struct AnswerRow
{
    ValuePlace place;
    const InstrumentDefinition* definition = nullptr;
    std::vector<std::optional<StoredValue>> scores; // one per measure asked for
    QByteArray answers;
    StoredScore stored;
    bool scored = false; // scored here, and so worth keeping
};

// Visit titles, worked out once per kind of visit rather than once per answer: a clinic has a handful.
class VisitTitles
{
public:
    qsizetype indexOf(const Visit& visit)
    {
        if (m_last < m_entries.size() && m_entries[m_last].matches(visit))
            return m_last;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].matches(visit))
                return m_last = i;
        }
        m_entries.push_back(Entry{visit.kind, visit.sessionNumber, visit.label, visit.title()});
        return m_last = m_entries.size() - 1;
    }
    const QString& at(qsizetype index) const { return m_entries[index].title; }

private:
    struct Entry
    {
        VisitKind kind;
        int sessionNumber;
        QString label;
        QString title;
        bool matches(const Visit& visit) const
        {
            return kind == visit.kind && sessionNumber == visit.sessionNumber && label == visit.label;
        }
    };
    QList<Entry> m_entries;
    qsizetype m_last = 0;
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
                    row.scores[size_t(m)] = StoredValue{*measure->value, measure->censoring};
            }
            row.stored.scores = StoredScores::encode(result);
            row.scored = true;
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

Error givenUp()
{
    return makeError(ErrorKind::Internal, Tr::tr("Reading the answers was given up."));
}

// Below this many, the answers still to score are read one by one by id; above, in one pass over the instrument's.
constexpr size_t kReadOneByOne = 64;

// Reads the answers of `rows` as their stored UTF-8 bytes (which the JSON parser reads as they are) and scores them,
// on the other cores while the rest are still read. A row whose assessment has gone since is left out.
Result<std::vector<AnswerRow>> scoreAnswers(Database& db, const QString& instrumentId, const QStringList& measureIds,
                                            std::vector<AnswerRow> rows, int threads, const std::atomic<bool>* stop)
{
    const auto stopped = [stop]() {
        return stop && stop->load(std::memory_order_relaxed);
    };
    ScoringPipeline pipeline(measureIds, threads - 1);
    const QString answers = db.textAsBytes(QStringLiteral("answers"));
    if (rows.size() <= kReadOneByOne) {
        QSqlQuery& query = db.prepared(QStringLiteral("SELECT %1 FROM assessments WHERE id = ?").arg(answers));
        for (AnswerRow& row : rows) {
            if (stopped()) {
                pipeline.abandon();
                return givenUp();
            }
            if (Status read = db.exec(query, {row.stored.assessmentId}, Tr::tr("read the assessments")); !read) {
                pipeline.abandon();
                return read.error();
            }
            if (query.next()) {
                AnswerRow& added = pipeline.add();
                added = std::move(row);
                added.answers = query.value(0).toByteArray();
            }
            query.finish();
        }
        return pipeline.finish();
    }
    QHash<qint64, size_t> indexOf;
    indexOf.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        indexOf.insert(rows[i].stored.assessmentId, i);
    QSqlQuery& query =
        db.prepared(QStringLiteral("SELECT id, %1 FROM assessments WHERE instrument_id = ?").arg(answers));
    if (Status read = db.exec(query, {instrumentId}, Tr::tr("read the assessments")); !read) {
        pipeline.abandon();
        return read.error();
    }
    while (query.next()) {
        if (stopped()) {
            query.finish();
            pipeline.abandon();
            return givenUp();
        }
        const auto found = indexOf.constFind(query.value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        AnswerRow& added = pipeline.add();
        added = std::move(rows[*found]);
        added.answers = query.value(1).toByteArray();
    }
    query.finish();
    return pipeline.finish();
}

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
    // The status is taken as a value, so that this stays one prepared statement: '' matches every course.
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

    // Each measure's list gets values of its own: the last takes the courses read rather than a copy to detach.
    const qsizetype courseCount = courses.size();
    QHash<QString, QList<OutcomeCourse>> byMeasure;
    for (qsizetype m = 0; m < measureIds.size(); ++m)
        byMeasure.insert(measureIds[m], m + 1 == measureIds.size() ? std::move(courses) : courses);
    const InstrumentDefinition* current = library.find(instrumentId);
    if (!current)
        return byMeasure;
    // Each assessment comes with its kept scores where they still belong to it (the same row version and last
    // change), found by instrument: a server reads that instrument's entries of their index and nothing else. The
    // rows are put in course order here rather than by the database. Every course is read above; the courses are
    // joined only to leave out those not completed.
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT v.course_id, v.kind, v.session_number, v.label, v.scheduled_date, v.actual_date,"
                       " a.instrument_version, v.sequence, a.id, a.row_version, a.updated_at, s.scored_with, s.scores"
                       " FROM assessments a JOIN visits v ON v.id = a.visit_id%1"
                       " LEFT JOIN assessment_scores s ON s.instrument_id = a.instrument_id AND s.assessment_id = a.id"
                       " AND s.assessment_version = a.row_version AND s.assessment_updated_at = a.updated_at"
                       " WHERE a.instrument_id = ? AND v.status <> 'cancelled'%2")
            .arg(completedOnly ? QStringLiteral(" JOIN courses c ON c.id = v.course_id") : QString(),
                 completedOnly ? QStringLiteral(" AND c.status = ?") : QString()));
    if (Status read = m_db.exec(query, completedOnly ? QVariantList{instrumentId, status} : QVariantList{instrumentId},
                                Tr::tr("read the assessments"));
        !read)
        return read.error();
    // Scoring reads the definition an answer was entered with; keep the lookups out of the loop.
    struct Definition
    {
        const InstrumentDefinition* definition = nullptr;
        QString scoredWith;
    };
    QHash<QString, Definition> definitionOf;
    VisitTitles titles;
    // The values of the measures asked for, measureCount of them per place, in the order of `places`.
    const size_t measureCount = size_t(measureIds.size());
    std::vector<ValuePlace> places;
    std::vector<std::optional<StoredValue>> values;
    std::vector<AnswerRow> unscored;         // without usable kept scores
    places.reserve(size_t(courseCount) * 4); // a course has a handful of visits with each instrument
    values.reserve(places.capacity() * measureCount);
    while (query.next()) {
        if (m_stop && m_stop->load(std::memory_order_relaxed)) {
            query.finish();
            return givenUp();
        }
        const qsizetype index = indexOf.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        const QString version = query.value(6).toString();
        auto found = definitionOf.find(version);
        if (found == definitionOf.end()) {
            const InstrumentDefinition* exact = library.find(instrumentId, version);
            const InstrumentDefinition* used = exact ? exact : current;
            found = definitionOf.insert(version, Definition{used, StoredScores::scoredWith(*used)});
        }
        Visit visit;
        visit.kind = visitKindFromCode(query.value(1).toString());
        visit.sessionNumber = query.value(2).toInt();
        visit.label = query.value(3).toString();
        visit.scheduledDate = sql::toDate(query.value(4));
        visit.actualDate = sql::toDate(query.value(5));
        ValuePlace place;
        place.course = index;
        place.sequence = query.value(7).toInt();
        place.title = titles.indexOf(visit);
        place.kind = visit.kind;
        place.sessionNumber = visit.sessionNumber;
        place.scheduledDate = visit.scheduledDate;
        place.effectiveDate = visit.effectiveDate();
        if (query.value(11).toString() == found->scoredWith) {
            places.push_back(place);
            values.resize(values.size() + measureCount);
            StoredScores::decode(query.value(12).toString(), measureIds, values.data() + values.size() - measureCount);
            continue;
        }
        AnswerRow& row = unscored.emplace_back();
        row.place = place;
        row.definition = found->definition;
        row.stored.instrumentId = instrumentId;
        row.stored.assessmentId = query.value(8).toLongLong();
        row.stored.assessmentVersion = query.value(9).toInt();
        row.stored.assessmentUpdatedAt = query.value(10).toString();
        row.stored.scoredWith = found->scoredWith;
    }
    query.finish();
    if (!unscored.empty()) {
        // Parsing and scoring each answer is most of the work: it runs on every core.
        const int threads = m_threads > 0 ? m_threads : std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
        Result<std::vector<AnswerRow>> scored =
            scoreAnswers(m_db, instrumentId, measureIds, std::move(unscored), threads, m_stop);
        if (!scored)
            return scored.error();
        std::vector<AnswerRow> scoredRows = std::move(scored).value();
        std::vector<StoredScore> keep;
        keep.reserve(scoredRows.size());
        for (AnswerRow& row : scoredRows) {
            if (row.scored)
                keep.push_back(std::move(row.stored));
            places.push_back(row.place);
            values.insert(values.end(), row.scores.begin(), row.scores.end());
        }
        // Kept for the next reader where this connection may write; a reader that may not (a read-only file or
        // account, a save in progress) scores them again next time, which is slower but the same.
        if (m_keepScores && !m_db.isReadOnly() && !m_db.inTransaction())
            (void)StoredScores::store(m_db, keep);
    }
    // Course order, and within a course visit order (a visit holds one answer set per instrument); the places stay
    // where they are and only their order is sorted.
    std::vector<std::tuple<qsizetype, int, size_t>> order;
    order.reserve(places.size());
    for (size_t i = 0; i < places.size(); ++i)
        order.emplace_back(places[i].course, places[i].sequence, i);
    std::sort(order.begin(), order.end());

    // The hash holds each measure's list at a stable place while nothing is inserted.
    std::vector<QList<OutcomeCourse>*> lists;
    for (const QString& measureId : measureIds)
        lists.push_back(&byMeasure[measureId]);
    for (size_t first = 0; first < order.size();) {
        // One course's places at a time, so that its lists of values are made at their size at once.
        const qsizetype courseIndex = std::get<0>(order[first]);
        size_t end = first + 1;
        while (end < order.size() && std::get<0>(order[end]) == courseIndex)
            ++end;
        for (size_t m = 0; m < measureCount; ++m) {
            OutcomeCourse& course = (*lists[m])[courseIndex];
            course.values.reserve(course.values.size() + qsizetype(end - first));
            for (size_t i = first; i < end; ++i) {
                const size_t at = std::get<2>(order[i]);
                const std::optional<StoredValue>& score = values[at * measureCount + m];
                if (!score)
                    continue;
                const ValuePlace& place = places[at];
                OutcomeValue value;
                value.visit = titles.at(place.title);
                value.kind = place.kind;
                value.sessionNumber = place.sessionNumber;
                value.day = int(course.startDate.daysTo(place.scheduledDate));
                value.date = place.effectiveDate;
                value.value = score->value;
                value.censoring = score->censoring;
                course.values.append(std::move(value));
            }
        }
        first = end;
    }
    return byMeasure;
}

Status OutcomeCourseReader::keepScores(const InstrumentLibrary& library)
{
    if (Status writable = m_db.mayWrite(); !writable)
        return writable;
    // Reading an instrument's answers keeps the scores of those that had none.
    for (const InstrumentDefinition* definition : library.definitions()) {
        if (const Result<QHash<QString, QList<OutcomeCourse>>> read =
                this->read(library, definition->id, QStringList{});
            !read)
            return read.error();
    }
    return {};
}

} // namespace outcome
