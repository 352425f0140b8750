// SQLite-specific statements and the file-header check.
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <optional>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SqlDialect)
};

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes: the file's contents are damaged.
bool isDamageError(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    return isNumber && (code == 11 || code == 26);
}

// A statement that finds the file damaged fails as a refusal, any other failure as one of input and output.
Status run(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return makeError(isDamageError(query.lastError()) ? ErrorKind::Refused : ErrorKind::Io,
                         Tr::tr("Database statement failed (%1): %2").arg(statement, query.lastError().text()));
    return {};
}

} // namespace

QString SqlDialect::connectOptions(bool readOnly, bool exclusive, bool uri)
{
    // An exclusive connection waits a moment for a passing reader (a script's query) but not for a copy of the
    // program that keeps the file open.
    QString options =
        exclusive ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000") : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (uri)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

QString SqlDialect::immutableName(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

Status SqlDialect::takeExclusive(QSqlDatabase& db, const QString& path)
{
    // In exclusive locking mode the first read takes the file's lock and keeps it; in write-ahead-log mode every
    // other open connection holds a shared lock on the file for as long as it is open, so the read fails at once.
    QSqlQuery query(db);
    bool taken = query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
                 query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    query.finish();
    // A file in rollback mode lets readers in between transactions: a write lock, also kept, shuts them out.
    taken = taken && query.exec(QStringLiteral("BEGIN EXCLUSIVE")) && query.exec(QStringLiteral("COMMIT"));
    if (taken)
        return {};
    const QString code = query.lastError().nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) // SQLITE_BUSY, SQLITE_LOCKED
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 is in use by another copy of Outcome Tracker (in another window "
                                "or on another computer). Close it there, then try again.")
                             .arg(path));
    return makeError(ErrorKind::Refused,
                     Tr::tr("Cannot take %1 for replacing it: %2").arg(path, query.lastError().text()));
}

Status SqlDialect::configure(QSqlDatabase& db, bool readOnly)
{
    // Statement journals (the undo of one multi-row statement inside a transaction) stay in memory rather than in
    // temporary files written page by page.
    QStringList statements{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (!readOnly) {
        statements << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& statement : statements) {
        if (Status status = run(db, statement); !status)
            return status;
    }
    return {};
}

Status SqlDialect::beginBulkLoad(QSqlDatabase& db)
{
    // A negative cache_size counts KiB.
    for (const QString& statement :
         {QStringLiteral("PRAGMA cache_size = -524288"), QStringLiteral("PRAGMA journal_mode = DELETE"),
          QStringLiteral("PRAGMA foreign_keys = OFF")}) {
        if (Status status = run(db, statement); !status)
            return status;
    }
    return {};
}

Status SqlDialect::endBulkLoad(QSqlDatabase& db)
{
    for (const QString& statement :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA cache_size = -2000"),
          QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (Status status = run(db, statement); !status)
            return status;
    }
    return {};
}

Status SqlDialect::checkForeignKeys(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return makeError(ErrorKind::Io, query.lastError().text());
    if (query.next())
        return makeError(ErrorKind::Internal,
                         QStringLiteral("Row %1 of %2 points at a missing row of %3.")
                             .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    return {};
}

QList<qint64> SqlDialect::insertedIds(const QSqlQuery& insert, qsizetype count)
{
    const qint64 last = insert.lastInsertId().toLongLong();
    QList<qint64> ids;
    ids.reserve(count);
    for (qint64 id = last - count + 1; id <= last; ++id)
        ids.append(id);
    return ids;
}

QString SqlDialect::idColumn()
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QStringList SqlDialect::auditLogGuards()
{
    return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")};
}

Result<int> SqlDialect::schemaVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not read the database version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

Result<bool> SqlDialect::holdsTables(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return makeError(ErrorKind::Refused,
                         Tr::tr("Could not read the database's tables: %1").arg(query.lastError().text()));
    return query.value(0).toInt() > 0;
}

Result<qint64> SqlDialect::dataVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return makeError(ErrorKind::Io, Tr::tr("Could not ask for changes: %1").arg(query.lastError().text()));
    return query.value(0).toLongLong();
}

Status SqlDialect::setSchemaVersion(QSqlDatabase& db, int version)
{
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<QString> SqlDialect::integrityCheck(QSqlDatabase& db, bool quick)
{
    QSqlQuery query(db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check(20)") : QStringLiteral("PRAGMA integrity_check(20)")))
        return makeError(ErrorKind::Refused, query.lastError().text());
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings.isEmpty())
        return makeError(ErrorKind::Refused, Tr::tr("The integrity check returned nothing."));
    return findings.join(QLatin1Char('\n'));
}

Status SqlDialect::copyInto(QSqlDatabase& db, const QString& targetPath)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (!query.exec())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not copy the database to %1: %2").arg(targetPath, query.lastError().text()));
    return {};
}

namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Runs the statements of one content swap; the first failure ends it.
class Swap
{
public:
    explicit Swap(QSqlDatabase& db)
        : m_db(db)
    {}

    bool run(const QString& statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        m_error = query.lastError().text() + QStringLiteral(" (") + statement.left(80) + QLatin1Char(')');
        return false;
    }

    // The rows of one query: a list of columns each.
    std::optional<QList<QStringList>> rows(const QString& statement, int columns)
    {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            return std::nullopt;
        }
        QList<QStringList> result;
        while (query.next()) {
            QStringList row;
            for (int column = 0; column < columns; ++column)
                row.append(query.value(column).toString());
            result.append(row);
        }
        return result;
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    QString m_error;
};

bool swapContents(Swap& swap)
{
    // Views first, then tables: a table's indexes and triggers go with it (dropping runs no trigger).
    const auto old = swap.rows(QStringLiteral("SELECT type, name FROM main.sqlite_master WHERE type IN ('view', "
                                              "'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                              "ORDER BY type = 'table'"),
                               2);
    if (!old)
        return false;
    for (const QStringList& object : *old) {
        if (!swap.run(QStringLiteral("DROP %1 main.%2").arg(object[0].toUpper(), quoted(object[1]))))
            return false;
    }
    // Tables with their rows first, then what refers to them; triggers last, so that copying fires none.
    const auto incoming = swap.rows(
        QStringLiteral("SELECT type, name, sql FROM incoming.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
                       "'sqlite\\_%' ESCAPE '\\' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN "
                       "'view' THEN 2 ELSE 3 END, rowid"),
        3);
    if (!incoming)
        return false;
    for (const QStringList& object : *incoming) {
        if (!swap.run(object[2]))
            return false;
        if (object[0] == QLatin1String("table") &&
            !swap.run(QStringLiteral("INSERT INTO main.%1 SELECT * FROM incoming.%1").arg(quoted(object[1]))))
            return false;
    }
    const auto sequence =
        swap.rows(QStringLiteral("SELECT COUNT(*) FROM incoming.sqlite_master WHERE name = 'sqlite_sequence'"), 1);
    if (!sequence)
        return false;
    if (sequence->first().first() != QLatin1String("0") &&
        !(swap.run(QStringLiteral("DELETE FROM main.sqlite_sequence")) &&
          swap.run(QStringLiteral("INSERT INTO main.sqlite_sequence SELECT * FROM incoming.sqlite_sequence"))))
        return false;
    const auto version = swap.rows(QStringLiteral("PRAGMA incoming.user_version"), 1);
    if (!version || !swap.run(QStringLiteral("PRAGMA main.user_version = %1").arg(version->first().first().toInt())))
        return false;
    const auto orphans = swap.rows(QStringLiteral("PRAGMA main.foreign_key_check"), 3);
    if (!orphans)
        return false;
    if (!orphans->isEmpty()) {
        swap.run(QStringLiteral("SELECT RAISE(ABORT, 'a row of %1 points at a missing row of %2')")
                     .arg(orphans->first()[0], orphans->first()[2]));
        return false;
    }
    return true;
}

} // namespace

Status SqlDialect::replaceContents(QSqlDatabase& db, const QString& sourcePath)
{
    Swap swap(db);
    // Foreign keys are checked once, at the end, for the whole new contents (the pragma is ignored inside a
    // transaction, so it is set around it).
    if (!swap.run(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return makeError(ErrorKind::Io, swap.error());
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS incoming"));
    attach.addBindValue(sourcePath);
    bool done = attach.exec();
    QString error = done ? QString() : attach.lastError().text();
    attach.finish();
    if (done) {
        done = swap.run(QStringLiteral("BEGIN IMMEDIATE")) && swapContents(swap) && swap.run(QStringLiteral("COMMIT"));
        if (!done) {
            error = swap.error();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
        QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE incoming"));
    }
    swap.run(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!done)
        return makeError(
            ErrorKind::Io,
            Tr::tr("Could not replace the contents with %1; nothing was changed: %2").arg(sourcePath, error));
    return {};
}

} // namespace outcome
