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

    // Connection options for QSqlDatabase::setConnectOptions.
    static QString connectOptions(bool readOnly);
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
    // Statements that make the audit log append-only.
    static QStringList auditLogGuards();

    static Result<int> schemaVersion(QSqlDatabase& db);
    static Status setSchemaVersion(QSqlDatabase& db, int version);

    // Write transactions take the write lock up front, so two writers queue instead of failing half-way.
    static QString beginWriteStatement() { return QStringLiteral("BEGIN IMMEDIATE"); }

    // "ok", or the first problems found.
    static Result<QString> integrityCheck(QSqlDatabase& db, bool quick);
    // A consistent copy of the live database into a new file.
    static Status copyInto(QSqlDatabase& db, const QString& targetPath);
    // Makes sure no other connection (another window, another computer) has the file open, and folds its
    // write-ahead log into the file itself, so that the file can be moved aside as one complete file.
    // A Conflict error names what to close; a file SQLite cannot read at all is nobody's to share.
    static Status claimSoleUse(const QString& path);

    // The schema version stored in a database file's header, read without opening it through SQLite
    // so that a file we must refuse is never touched. 0 for an empty or missing file.
    static Result<int> schemaVersionFromHeader(const QString& path);
};

} // namespace outcome
