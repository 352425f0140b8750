// The reference figures: the benchmark's search and save written by hand against the sqlite3 C API, with none of
// the program's layers, so that ours ÷ raw shows what the layers cost.
#pragma once

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace outcome::bench {

class RawSqlite
{
public:
    // Opens the file as the program does: write-ahead log, synchronous=FULL, foreign keys on.
    static std::optional<RawSqlite> open(const QString& path, QString* error);
    RawSqlite(RawSqlite&& other) noexcept;
    RawSqlite& operator=(RawSqlite&&) = delete;
    RawSqlite(const RawSqlite&) = delete;
    ~RawSqlite();

    // The register's search for one folded word typed so far: the first `limit` patients whose name, chart number
    // or birth date starts with it, in name order, each with its latest course. Returns the rows read, or -1.
    int search(const QString& foldedPrefix, int limit);
    // The same search as one statement for the sqlite3 program, with every value written into it: what
    // `outcome-tracker-cli patients --search` reads, for timing the two whole processes side by side.
    static QString searchScript(const QString& foldedPrefix, int limit);
    // One assessment inserted and committed (BEGIN IMMEDIATE, INSERT, COMMIT). False on any failure.
    bool saveAssessment(qint64 visitId, const QString& instrumentId, const QString& answersJson);

private:
    explicit RawSqlite(sqlite3* db)
        : m_db(db)
    {}
    bool exec(const char* sql);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_search = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};

} // namespace outcome::bench
