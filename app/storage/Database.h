// An open Outcome Tracker database: version check before any write, migrations, pragmas, prepared statements.
#pragma once

#include "Clock.h"
#include "DatabaseFile.h"
#include "Engine.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace outcome {

struct OpenOptions
{
    // Make a new database where there is no file, or an empty one. Only commands meant to create a database set
    // it; every other open refuses a missing or empty file without creating anything.
    bool createIfMissing = true;
    bool readOnly = false;
    // PRAGMA quick_check before the first write (before an upgrade, else when the first save begins): a damaged
    // file is refused for writing. Reading never waits for it; `check` looks at every page.
    bool quickCheck = true;
    int migrateTo = -1; // -1: the newest schema; tests open older versions on purpose
    // This connection alone: refused (Conflict) while any other connection, here or in another process, has the
    // file open, and nobody else can open it until this connection closes. For replacing a database's contents.
    bool exclusive = false;

    // The password for a server, when the program asked for it (never from the command line: libpq also reads
    // ~/.pgpass and PGPASSWORD). Unused for a file.
    QString password;

    // To look at a file as it is (describe it, check it, copy it): read-only, no check first, no upgrade.
    static OpenOptions asItIs()
    {
        OpenOptions options;
        options.createIfMissing = false;
        options.readOnly = true;
        options.quickCheck = false;
        options.migrateTo = 0;
        return options;
    }
};

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `location` is a file's path, or a server's address (postgresql://USER@HOST:PORT/DBNAME, see PostgresDialect).
    static Result<std::unique_ptr<Database>> open(const QString& location, const OpenOptions& options = {});
    // Whether a --db value names a server rather than a file.
    static bool isServerAddress(const QString& location);
    static int latestSchemaVersion();
    // Where the database lives when no --db is given: the platform's application-data folder.
    static QString defaultPath();
    // The refusal of a file that failed its integrity check; `finding` is SQLite's first complaint.
    static Error damaged(const QString& path, const QString& finding);
    // The refusal of a file that is not ours to open (empty, another program's database); `why` says what it is.
    static Error notOurs(const QString& path, const QString& why);

    // The file's absolute path, or the server's address without a password.
    QString path() const { return m_path; }
    // The name a person knows the database by: the server's database name, or the file's name without its folder
    // and suffix.
    QString databaseName() const;
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    bool isReadOnly() const { return m_readOnly; }
    // Refused, with the words a save gets, when the database is open read-only.
    Status mayWrite() const;
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase& connection() { return m_db; }

    // Who is named in the audit trail for changes made through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // The time stamped on records and audit rows: the program's clock, unless set here (the demo generator sets it
    // so its files are reproducible).
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : outcome::Clock::nowUtc(); }
    // now() as stored: ISO 8601 UTC with milliseconds.
    QString timestamp() const;

    // A statement prepared once per connection and reused; finish() it after reading.
    QSqlQuery& prepared(const QString& sql);
    // Binds the values in order and runs a prepared statement; on failure the error names what was being done.
    // Empty text is stored as '' (the NOT NULL text columns); a real NULL is bound as sql::null().
    Status exec(QSqlQuery& query, const QVariantList& values, const QString& whatFor);

    // Inserts rows of one table with as few statements as the parameter limit allows and returns the new ids in
    // row order. Must run inside a transaction (the ids are read back through the dialect).
    // A table without an id column (the search terms) passes wantIds = false and gets an empty list. `onConflict`
    // follows each statement's values (" ON CONFLICT (...) DO UPDATE ...", which both engines take).
    Result<QList<qint64>> insertRows(const QString& table, const QStringList& columns, const QList<QVariantList>& rows,
                                     const QString& whatFor, bool wantIds = true, const QString& onConflict = {});

    Result<QString> integrityCheck(bool quick);
    Status backupTo(const QString& targetPath);
    // Replaces everything in this database with the contents of the database file `sourcePath`, in one
    // transaction: a crash at any moment leaves either the old contents or the new. Needs an exclusive open. On a
    // server `sourcePath` is a pg_dump file, and the other workstations are told that everything changed.
    Status replaceContentsFrom(const QString& sourcePath);

    // A number that changes whenever another connection (another window, another process) commits to the file;
    // cheap enough to ask every second.
    Result<qint64> dataVersion();

    // True when other accounts on this computer may read the database file.
    bool readableByOthers() const;

    bool inTransaction() const { return m_transactionDepth > 0; }

    // The few pieces of SQL that differ between the engines, for repositories that otherwise speak portable SQL.
    // Reads a table through the named covering index (SQLite; a server's planner chooses by itself).
    QString throughIndex(const QString& index) const;
    // A text column read as its stored UTF-8 bytes (a QByteArray).
    QString textAsBytes(const QString& column) const;
    // Begins a transaction of reads that all see one moment; end it with COMMIT or ROLLBACK.
    QString beginReadStatement() const;
    // For one large transaction into a new database (the demo clinic), and back (see SqlDialect).
    Status beginBulkLoad();
    Status endBulkLoad();
    // After many rows arrived at once (a demo clinic, a migration): a server's planner learns the tables' sizes now
    // rather than at its next automatic pass, so the first queries after it are planned for the data they meet.
    // SQLite's plans here follow the indexes the statements name, so a file has nothing to learn.
    Status gatherStatistics();
    // Fails, naming the first table, when a row points at a parent that does not exist.
    Status checkForeignKeys();
    // Whether a statement's failure means the connection to the server has gone (always false for a file).
    bool connectionLost(const QSqlError& error);
    // Connects to the server again after the connection was lost (the server restarted, the network came back):
    // statements are prepared anew and other workstations' changes heard again. Any open transaction is gone.
    Status reconnect();

    // A condition every write must pass first, asked when a transaction begins (it may wait): the desktop program
    // opens without the quick check and runs it in the background, and no save goes through until it has passed.
    using WriteGate = std::function<Status()>;
    void setWriteGate(WriteGate gate) { m_writeGate = std::move(gate); }

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString path, bool readOnly, Engine engine = Engine::Sqlite);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, const OpenOptions& options);
    static Status acceptUnversioned(const Result<bool>& holdsTables, const QString& where, bool mayCreate,
                                    const QString& whyEmpty);
    // Upgrades from `version` to the version `options` asks for (refused when read-only) and records the result;
    // `where` names the database in a refusal.
    Status upgradeFrom(int version, const OpenOptions& options, const QString& where);
    // Prepares `statement`; a refusal is kept for exec() to report.
    void prepare(QSqlQuery& statement, const QString& sql);
    // On a server, hears other workstations' announcements (in a thread with an event loop).
    Status listenForOthers();

    Status begin();
    Status commit();
    // The quick check, run once per connection and remembered.
    Status quickCheckBeforeWriting();
    void rollback();

    DatabaseFile::LiveLease m_lease; // declared first: released only after the connection has closed
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_actor;
    Clock m_clock;
    WriteGate m_writeGate;
    std::optional<Status> m_writeCheck;
    mutable QDateTime m_lastMoment;
    mutable QString m_lastTimestamp;
    bool m_readOnly = false;
    Engine m_engine = Engine::Sqlite;
    qint64 m_othersChanges = 0; // a server's announcements of other workstations' commits
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const QSqlQuery*, QString> m_unprepared; // statements whose prepare failed, and why
};

// One unit of work: everything inside commits together or not at all. Nested transactions join the outer one.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Did BEGIN succeed? A failed begin means nothing may be written.
    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    Status m_started;
    bool m_finished = false;
};

} // namespace outcome
