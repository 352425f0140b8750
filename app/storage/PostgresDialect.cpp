// PostgreSQL-specific statements, the server address and pg_dump/pg_restore.
#include "PostgresDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PostgresDialect)
};

// The libpq settings an address may carry after "?"; anything else is refused rather than silently dropped.
const QStringList& passedThrough()
{
    static const QStringList names{QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("sslcrl"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("target_session_attrs")};
    return names;
}

using Address = ServerAddress;

Result<Address> parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    const auto invalid = [&](const QString& why) {
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE (%2).")
                             .arg(PostgresDialect::displayAddress(location).isEmpty()
                                      ? QStringLiteral("The --db value")
                                      : PostgresDialect::displayAddress(location),
                                  why));
    };
    if (!url.isValid())
        return invalid(url.errorString());
    if (!url.password().isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The server address must not hold a password, where others can read it in the process "
                                "list and the settings. Put it in ~/.pgpass or PGPASSWORD instead, or leave it out "
                                "and type it when the program asks."));
    Address address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.host.isEmpty())
        return invalid(Tr::tr("no host"));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(Tr::tr("no database name after the host"));
    for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!passedThrough().contains(name))
            return invalid(Tr::tr("unknown setting \"%1\"; these are passed on: %2")
                               .arg(name, passedThrough().join(QStringLiteral(", "))));
        address.options.append({name, value});
    }
    return address;
}

// Passwords typed in this process, by address (without a password).
QHash<QString, QString>& rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QMutex& rememberedPasswordsLock()
{
    static QMutex lock;
    return lock;
}

QString rememberedPassword(const QString& location)
{
    const QMutexLocker locker(&rememberedPasswordsLock());
    return rememberedPasswords().value(PostgresDialect::displayAddress(location));
}

Status run(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return makeError(ErrorKind::Io,
                         Tr::tr("Database statement failed (%1): %2").arg(statement, query.lastError().text()));
    return {};
}

// A libpq connection-string value, quoted where it needs to be.
QString conninfoValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Status runTool(const QString& tool, const QStringList& arguments, const QString& whatFor, const QString& location)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return makeError(ErrorKind::Io, Tr::tr("Could not %1: %2 is not installed. Install the PostgreSQL client "
                                               "programs (Debian and Ubuntu: postgresql-client), then try again.")
                                            .arg(whatFor, tool));
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // A password typed in the program reaches the tool as libpq's own variable, never on its command line.
    if (const QString password = rememberedPassword(location); !password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not %1: %2 did not start (%3).").arg(whatFor, tool, process.errorString()));
    process.closeWriteChannel(); // never waits for a password typed at a terminal
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return makeError(
            ErrorKind::Io,
            Tr::tr("Could not %1: %2 failed: %3").arg(whatFor, tool, said.isEmpty() ? process.errorString() : said));
    }
    return {};
}

} // namespace

QString ServerAddress::option(const QString& name) const
{
    for (const auto& [key, value] : options) {
        if (key == name)
            return value;
    }
    return {};
}

Result<ServerAddress> PostgresDialect::parseAddress(const QString& location)
{
    return parse(location);
}

QString PostgresDialect::addressOf(const ServerAddress& address)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(address.host);
    url.setPort(address.port);
    url.setUserName(address.user);
    url.setPath(QLatin1Char('/') + address.database);
    if (!address.options.isEmpty()) {
        QUrlQuery query;
        for (const auto& [name, value] : address.options)
            query.addQueryItem(name, value);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

bool PostgresDialect::isAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString PostgresDialect::displayAddress(const QString& location)
{
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isAddress(location))
        return {};
    url.setPassword(QString());
    return url.toString();
}

Status PostgresDialect::applyAddress(QSqlDatabase& db, const QString& location)
{
    const Result<Address> address = parse(location);
    if (!address)
        return address.error();
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    if (const QString password = rememberedPassword(location); !password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("application_name=outcome-tracker")};
    bool timeoutGiven = false;
    for (const auto& [name, value] : address->options) {
        options.append(name + QLatin1Char('=') + value);
        timeoutGiven = timeoutGiven || name == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return {};
}

void PostgresDialect::rememberPassword(const QString& location, const QString& password)
{
    const QMutexLocker locker(&rememberedPasswordsLock());
    rememberedPasswords().insert(displayAddress(location), password);
}

Result<QStringList> PostgresDialect::commandLineConnection(const QString& location)
{
    const Result<Address> address = parse(location);
    if (!address)
        return address.error();
    QStringList parts{QStringLiteral("host=") + conninfoValue(address->host),
                      QStringLiteral("port=") + QString::number(address->port),
                      QStringLiteral("dbname=") + conninfoValue(address->database)};
    if (!address->user.isEmpty())
        parts.append(QStringLiteral("user=") + conninfoValue(address->user));
    for (const auto& [name, value] : address->options)
        parts.append(name + QLatin1Char('=') + conninfoValue(value));
    return QStringList{QStringLiteral("--dbname=") + parts.join(QLatin1Char(' '))};
}

Status PostgresDialect::configure(QSqlDatabase& db, bool readOnly)
{
    // Times are stored as ISO text by the program, so the session's zone changes nothing stored; a lock waited on
    // for long means a workstation hangs, which is reported rather than waited out.
    QStringList statements{QStringLiteral("SET client_min_messages = warning"),
                           QStringLiteral("SET lock_timeout = '20s'"),
                           QStringLiteral("SET idle_in_transaction_session_timeout = '10min'")};
    if (readOnly)
        statements.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString& statement : statements) {
        if (Status status = run(db, statement); !status)
            return status;
    }
    return {};
}

Status PostgresDialect::listenForChanges(QSqlDatabase& db)
{
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChangeChannel)))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Could not listen for other workstations' changes: %1").arg(db.driver()->lastError().text()));
    return {};
}

QString PostgresDialect::adaptDefinition(const QString& statement)
{
    static const QRegularExpression textType(QStringLiteral("\\bTEXT\\b"));
    if (!statement.startsWith(QLatin1String("CREATE TABLE")) && !statement.startsWith(QLatin1String("ALTER TABLE")))
        return statement;
    QString adapted = statement;
    adapted.replace(textType, QStringLiteral("TEXT COLLATE \"C\""));
    return adapted;
}

QStringList PostgresDialect::auditLogGuards()
{
    return {QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")};
}

QString PostgresDialect::changeSignalFunction()
{
    // Every change, whatever the table, is announced once per transaction (NOTIFY folds repeats).
    return QStringLiteral("CREATE FUNCTION outcome_announce_change() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END$$")
        .arg(QString::fromLatin1(kChangeChannel));
}

QString PostgresDialect::changeSignal(const QString& table)
{
    return QStringLiteral("CREATE TRIGGER %1_announce AFTER INSERT OR UPDATE OR DELETE ON %1 "
                          "FOR EACH STATEMENT EXECUTE FUNCTION outcome_announce_change()")
        .arg(table);
}

QString PostgresDialect::continueIdsAfterCopy(const QString& table)
{
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM "
                          "%1), false)")
        .arg(table);
}

Result<int> PostgresDialect::schemaVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('outcome_schema') IS NOT NULL")) || !query.next())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not read the database version: %1").arg(query.lastError().text()));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM outcome_schema")) || !query.next())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not read the database version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

Result<bool> PostgresDialect::holdsTables(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema()")) ||
        !query.next())
        return makeError(ErrorKind::Refused,
                         Tr::tr("Could not read the database's tables: %1").arg(query.lastError().text()));
    return query.value(0).toInt() > 0;
}

Status PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version)
{
    if (Status status = run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS outcome_schema (version INTEGER NOT NULL)"));
        !status)
        return status;
    if (Status status = run(db, QStringLiteral("DELETE FROM outcome_schema")); !status)
        return status;
    return run(db, QStringLiteral("INSERT INTO outcome_schema (version) VALUES (%1)").arg(version));
}

QStringList PostgresDialect::beginWriteStatements()
{
    // 0x4F5457 spells "OTW": Outcome Tracker's writers. Advisory locks are per database, so two clinics on one
    // server do not wait for each other.
    constexpr int kWritersLock = 0x4F5457;
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWritersLock)};
}

Result<QString> PostgresDialect::integrityCheck(QSqlDatabase& db)
{
    QStringList findings;
    QSqlQuery query(db);
    const auto ask = [&](const QString& sql) {
        if (!query.exec(sql))
            findings.append(query.lastError().text());
        return query.isActive();
    };
    if (ask(QStringLiteral("SELECT t.tgname FROM (VALUES ('audit_log_no_update'), ('audit_log_no_delete'), "
                           "('audit_log_no_truncate')) AS t(tgname) WHERE NOT EXISTS (SELECT 1 FROM pg_trigger g "
                           "WHERE g.tgname = t.tgname AND g.tgrelid = to_regclass('audit_log') AND g.tgenabled <> "
                           "'D')"))) {
        while (query.next())
            findings.append(Tr::tr("the audit log's guard %1 is missing or disabled").arg(query.value(0).toString()));
    }
    if (ask(QStringLiteral("SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN pg_namespace n ON "
                           "n.oid = c.connamespace WHERE n.nspname = current_schema() AND NOT c.convalidated"))) {
        while (query.next())
            findings.append(Tr::tr("the constraint %2 of %1 is not validated")
                                .arg(query.value(0).toString(), query.value(1).toString()));
    }
    if (ask(QStringLiteral("SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = "
                           "i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                           "current_schema() AND NOT (i.indisvalid AND i.indisready)"))) {
        while (query.next())
            findings.append(Tr::tr("the index %1 is not usable").arg(query.value(0).toString()));
    }
    if (findings.isEmpty())
        return QStringLiteral("ok");
    return findings.join(QLatin1Char('\n'));
}

Status PostgresDialect::dumpInto(const QString& location, const QString& targetPath)
{
    const Result<QStringList> connection = commandLineConnection(location);
    if (!connection)
        return connection.error();
    const QString whatFor = Tr::tr("back up %1").arg(displayAddress(location));
    if (QFile::exists(targetPath))
        return makeError(ErrorKind::Invalid, Tr::tr("%1 already exists; choose a new file name.").arg(targetPath));
    if (Status dumped = runTool(QStringLiteral("pg_dump"),
                                QStringList{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                            QStringLiteral("--no-privileges"), QStringLiteral("--no-password"),
                                            QStringLiteral("--file=") + targetPath} +
                                    *connection,
                                whatFor, location);
        !dumped) {
        QFile::remove(targetPath);
        return dumped;
    }
    // The copy is read back whole before it counts as a backup.
    if (Status listed = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), targetPath},
                                Tr::tr("check the backup %1").arg(targetPath), location);
        !listed) {
        QFile::remove(targetPath);
        return listed;
    }
    return {};
}

Status PostgresDialect::restoreFrom(const QString& location, const QString& dumpPath)
{
    const Result<QStringList> connection = commandLineConnection(location);
    if (!connection)
        return connection.error();
    return runTool(QStringLiteral("pg_restore"),
                   QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                               QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                               QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                               QStringLiteral("--no-password")} +
                       *connection + QStringList{dumpPath},
                   Tr::tr("restore %1").arg(displayAddress(location)), location);
}

Status PostgresDialect::announceChange(QSqlDatabase& db)
{
    return run(db, QStringLiteral("NOTIFY %1").arg(QString::fromLatin1(kChangeChannel)));
}

bool PostgresDialect::isDumpFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "PGDMP";
}

bool PostgresDialect::meansConnectionLost(const QSqlError& error)
{
    if (!error.isValid())
        return false;
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

bool PostgresDialect::meansWritesRefused(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("25006") || state == QLatin1String("42501");
}

bool PostgresDialect::answers(QSqlDatabase& db)
{
    QSqlQuery ping(db);
    return db.isOpen() && ping.exec(QStringLiteral("SELECT 1"));
}

} // namespace outcome
