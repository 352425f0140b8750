// Hand-written SQL through the sqlite3 C API, prepared once and reused like the program's statements.
#include "RawSqlite.h"

#include <QDateTime>

#include <sqlite3.h>

namespace outcome::bench {

namespace {

const char* const kSearch =
    "SELECT p.id, p.chart_number, p.family_name, p.given_name, p.birth_date, c.id, c.status, c.start_date,"
    " (SELECT MIN(CASE WHEN v.status = 'scheduled' THEN v.scheduled_date END) FROM visits v WHERE v.course_id = c.id),"
    " (SELECT COUNT(CASE WHEN v.status = 'scheduled' AND v.kind = 'session' THEN 1 END) FROM visits v"
    "   WHERE v.course_id = c.id)"
    " FROM (SELECT DISTINCT t.sort_name, t.patient_id FROM patient_search_terms t"
    "   WHERE t.term >= ?1 AND t.term < ?2 AND t.archived = 0 ORDER BY t.sort_name, t.patient_id LIMIT ?3) m"
    " JOIN patients p ON p.id = m.patient_id"
    " LEFT JOIN courses c ON c.id = (SELECT c2.id FROM courses c2 WHERE c2.patient_id = p.id"
    "   ORDER BY c2.start_date DESC, c2.id DESC LIMIT 1)"
    " ORDER BY m.sort_name, m.patient_id";

const char* const kInsert =
    "INSERT INTO assessments (visit_id, instrument_id, instrument_version, answers, entered_at, entered_by, "
    "updated_at, row_version) VALUES (?1, ?2, '1', ?3, ?4, 'bench', ?4, 1)";

} // namespace

std::optional<RawSqlite> RawSqlite::open(const QString& path, QString* error)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return std::nullopt;
    }
    RawSqlite raw(db);
    if (!raw.exec("PRAGMA journal_mode = WAL") || !raw.exec("PRAGMA synchronous = FULL") ||
        !raw.exec("PRAGMA foreign_keys = ON") || !raw.exec("PRAGMA busy_timeout = 5000") ||
        sqlite3_prepare_v2(db, kSearch, -1, &raw.m_search, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, kInsert, -1, &raw.m_insert, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    return raw;
}

RawSqlite::RawSqlite(RawSqlite&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_search(std::exchange(other.m_search, nullptr))
    , m_insert(std::exchange(other.m_insert, nullptr))
{}

RawSqlite::~RawSqlite()
{
    sqlite3_finalize(m_search);
    sqlite3_finalize(m_insert);
    sqlite3_close(m_db);
}

bool RawSqlite::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

int RawSqlite::search(const QString& foldedPrefix, int limit)
{
    const QByteArray from = foldedPrefix.toUtf8();
    const QByteArray to = (foldedPrefix + QChar(0xFFFF)).toUtf8();
    sqlite3_reset(m_search);
    sqlite3_bind_text(m_search, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_search, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    sqlite3_bind_int(m_search, 3, limit);
    int rows = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(m_search)) == SQLITE_ROW) {
        // Read what a list shows, so the work matches the program's.
        for (int column = 0; column < sqlite3_column_count(m_search); ++column)
            (void)sqlite3_column_text(m_search, column);
        ++rows;
    }
    sqlite3_reset(m_search);
    return step == SQLITE_DONE ? rows : -1;
}

QString RawSqlite::searchScript(const QString& foldedPrefix, int limit)
{
    // The end of the range is written as SQL: U+FFFF does not pass reliably through a program's arguments.
    QString quoted = foldedPrefix;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    const QString from = QLatin1Char('\'') + quoted + QLatin1Char('\'');
    return QString::fromUtf8(kSearch)
               .replace(QLatin1String("?1"), from)
               .replace(QLatin1String("?2"), from + QLatin1String(" || char(65535)"))
               .replace(QLatin1String("?3"), QString::number(limit)) +
           QLatin1Char(';');
}

bool RawSqlite::saveAssessment(qint64 visitId, const QString& instrumentId, const QString& answersJson)
{
    const QByteArray instrument = instrumentId.toUtf8();
    const QByteArray answers = answersJson.toUtf8();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    sqlite3_reset(m_insert);
    sqlite3_bind_int64(m_insert, 1, visitId);
    sqlite3_bind_text(m_insert, 2, instrument.constData(), int(instrument.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insert, 3, answers.constData(), int(answers.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insert, 4, now.constData(), int(now.size()), SQLITE_STATIC);
    const bool inserted = sqlite3_step(m_insert) == SQLITE_DONE;
    sqlite3_reset(m_insert);
    if (!inserted) {
        exec("ROLLBACK");
        return false;
    }
    return exec("COMMIT");
}

} // namespace outcome::bench
