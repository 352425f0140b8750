// SQLite-specific statements and the file-header check.
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SqlDialect)
};

Status run(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return makeError(ErrorKind::Io,
                         Tr::tr("Database statement failed (%1): %2").arg(statement, query.lastError().text()));
    return {};
}

} // namespace

QString SqlDialect::connectOptions(bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
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

Status SqlDialect::claimSoleUse(const QString& path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("outcome-sole-use-%1").arg(counter.fetchAndAddRelaxed(1));
    bool inUse = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions(false));
        if (db.open()) {
            // Leaving write-ahead-log mode needs every other connection closed; SQLite answers "busy" otherwise.
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()) {
                inUse = query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0;
            } else {
                const QString code = query.lastError().nativeErrorCode();
                inUse = code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (inUse)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 is in use by another copy of Outcome Tracker (in another window "
                                "or on another computer). Close it there, then try again.")
                             .arg(path));
    return {};
}

Result<int> SqlDialect::schemaVersionFromHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || QFileInfo(path).size() == 0)
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(ErrorKind::Refused, Tr::tr("%1 is not an Outcome Tracker database (it is not an SQLite file). "
                                                    "Choose another file, or restore a backup.")
                                                 .arg(path));
    // The user_version field sits at byte 60 of the header, big-endian.
    return int(qFromBigEndian<quint32>(header.constData() + 60));
}

} // namespace outcome
