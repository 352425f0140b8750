// The one place for SQL that only SQLite speaks: pragmas, schema version, locking, integrity and copies.
// A PostgreSQL server would get a sibling of this class; repositories use only portable SQL.
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace outcome {

class SqlDialect
{
public:
    static constexpr const char* kDriver = "QSQLITE";

    // Connection options for QSqlDatabase::setConnectOptions. An exclusive connection waits only briefly for others
    // (a lasting one means the file is in use); a URI name is for reading a file in a read-only folder
    // (immutableName).
    static QString connectOptions(bool readOnly, bool exclusive = false, bool uri = false);
    // The name under which SQLite reads a file that nobody can change (in a read-only folder) without locks or a
    // shared-memory file beside it.
    static QString immutableName(const QString& path);
    // Takes the file for this connection alone and keeps it until the connection closes; a Conflict error names
    // what to close when any other connection has it open.
    static Status takeExclusive(QSqlDatabase& db, const QString& path);
    // foreign keys on, WAL journal, synchronous=FULL so a committed save survives power loss.
    static Status configure(QSqlDatabase& db, bool readOnly);

    // For one large transaction into a new file (the demo clinic): a page cache big enough that nothing spills
    // before the commit, a rollback journal, so new pages are written once instead of to the log and then
    // again into the file, and foreign keys checked once at the end (checkForeignKeys) instead of row by row.
    // endBulkLoad returns to the write-ahead log, the default cache and foreign keys on.
    static Status beginBulkLoad(QSqlDatabase& db);
    static Status endBulkLoad(QSqlDatabase& db);
    // Fails, naming the first table, when a row points at a parent that does not exist.
    static Status checkForeignKeys(QSqlDatabase& db);

    // The ids a multi-row INSERT just gave its rows, in the order of its VALUES. SQLite gives a new row the
    // largest id so far plus one, and a write transaction keeps every other writer out, so they are the
    // `count` ids ending at the last one inserted; reading them this way saves RETURNING's temporary table.
    static QList<qint64> insertedIds(const QSqlQuery& insert, qsizetype count);

    // "INTEGER PRIMARY KEY" here; an identity column elsewhere.
    static QString idColumn();
    // Reads a table's rows through the named covering index rather than the table itself: a few narrow columns of
    // thousands of scattered rows then come from a few pages. Empty where the engine chooses by itself.
    static QString throughIndex(const QString& index) { return QStringLiteral(" INDEXED BY ") + index; }
    // Statements that make the audit log append-only.
    static QStringList auditLogGuards();

    static Result<int> schemaVersion(QSqlDatabase& db);
    // Whether the database holds any table, index or view at all (a version-0 file that does is someone else's).
    static Result<bool> holdsTables(QSqlDatabase& db);
    // PRAGMA data_version: changes when another connection commits.
    static Result<qint64> dataVersion(QSqlDatabase& db);
    static Status setSchemaVersion(QSqlDatabase& db, int version);

    // Write transactions take the write lock up front, so two writers queue instead of failing half-way.
    static QString beginWriteStatement() { return QStringLiteral("BEGIN IMMEDIATE"); }
    // A text column read as its stored UTF-8 bytes (a QByteArray), without a conversion to UTF-16 and back.
    static QString textAsBytes(const QString& column) { return QStringLiteral("CAST(%1 AS BLOB)").arg(column); }
    // A read of several statements that sees one moment: in WAL mode a deferred transaction's first read fixes
    // what it sees, and it never blocks a writer.
    static QString beginReadStatement() { return QStringLiteral("BEGIN"); }

    // "ok", or the first problems found.
    static Result<QString> integrityCheck(QSqlDatabase& db, bool quick);
    // A consistent copy of the live database into a new file.
    static Status copyInto(QSqlDatabase& db, const QString& targetPath);
    // Everything of the database file `sourcePath` (tables and rows, indexes, triggers, the schema version) in
    // place of everything in `db`, as one transaction.
    static Status replaceContents(QSqlDatabase& db, const QString& sourcePath);
};

} // namespace outcome
