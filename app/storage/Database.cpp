// Opening, checking and migrating the database; the transaction guard.
#include "Database.h"

#include "PostgresDialect.h"
#include "PrivateFile.h"
#include "Schema.h"
#include "SqlDialect.h"
#include "SqlValue.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <mutex>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::Database)
};

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("outcome-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString defaultActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("clinician") : name;
}

// SQLITE_READONLY (8) and its extended codes: the file, its folder or the disk cannot be written.
bool isReadOnlyError(const QSqlError& error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber && (code & 0xff) == 8;
}

// A server that stopped answering: whatever was being saved was not, and is still where it was typed.
Error lostConnectionError(const QString& whatFor, const QString& address, const QSqlError& error)
{
    return makeError(ErrorKind::Io, Tr::tr("Could not %1: the connection to %2 was lost (%3). Nothing was "
                                           "saved; what you entered is still here. Try again when the "
                                           "server can be reached.")
                                        .arg(whatFor, address, error.text().trimmed()));
}

// Whether a write was refused because the database may only be read: a read-only file, or a server account that
// may only read.
bool writesRefused(const QSqlError& error, bool server)
{
    return server ? PostgresDialect::meansWritesRefused(error) : isReadOnlyError(error);
}

// A file that cannot be written, or a server account that may only read.
Error readOnlyError(const QString& whatFor, const QString& path, const QString& text, bool server)
{
    if (server)
        return makeError(ErrorKind::Io, Tr::tr("Could not %1: the account may only read %2 (%3). Ask the clinic's "
                                               "administrator to let it write, or sign in with an account that may.")
                                            .arg(whatFor, path, text));
    return makeError(ErrorKind::Io, Tr::tr("Could not %1: the database %2 is read-only (%3). Make the file and its "
                                           "folder writable, or work on a copy.")
                                        .arg(whatFor, path, text));
}

// A database (a file or a server's) that a newer version of the program has written.
Error writtenByNewer(const QString& where, int version)
{
    return makeError(ErrorKind::Refused,
                     Tr::tr("%1 was written by a newer version of Outcome Tracker (database version %2; this "
                            "program understands up to %3). It has not been changed. Install the newer version "
                            "to open it.")
                         .arg(where)
                         .arg(version)
                         .arg(Schema::latestVersion()));
}

// An older database, opened only for reading, cannot be upgraded first.
Error olderReadOnly(const QString& where, int version)
{
    return makeError(ErrorKind::Refused,
                     Tr::tr("%1 uses an older database version (%2) and must be upgraded before it can be "
                            "read here, but this opens it read-only. Open it once in Outcome Tracker to "
                            "upgrade it.")
                         .arg(where)
                         .arg(version));
}

} // namespace

Database::Database(QSqlDatabase db, QString path, bool readOnly, Engine engine)
    : m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
    , m_path(std::move(path))
    , m_actor(defaultActor())
    , m_readOnly(readOnly)
    , m_engine(engine)
{}

Database::~Database()
{
    m_unprepared.clear();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("outcome-tracker.db"));
}

Error Database::notOurs(const QString& path, const QString& why)
{
    return makeError(ErrorKind::Refused, Tr::tr("%1 is not an Outcome Tracker database (%2). It has not been changed. "
                                                "Choose another file, or restore a backup.")
                                             .arg(path, why));
}

Error Database::damaged(const QString& path, const QString& finding)
{
    return makeError(ErrorKind::Refused,
                     Tr::tr("%1 is damaged and was not opened for writing (%2). Restore the latest good backup.")
                         .arg(path, finding));
}

// A database without a schema version: empty (ours to fill, where this open may create) or another program's.
Status Database::acceptUnversioned(const Result<bool>& holdsTables, const QString& where, bool mayCreate,
                                   const QString& whyEmpty)
{
    if (!holdsTables)
        return holdsTables.error();
    if (*holdsTables)
        return notOurs(where, Tr::tr("it holds other tables"));
    if (!mayCreate)
        return notOurs(where, whyEmpty);
    return {};
}

Status Database::upgradeFrom(int version, const OpenOptions& options, const QString& where)
{
    const int target = options.migrateTo < 0 ? Schema::latestVersion() : options.migrateTo;
    if (version < target) {
        if (options.readOnly)
            return olderReadOnly(where, version);
        if (Status status = Schema::migrate(*this, version, target); !status)
            return status;
    }
    m_schemaVersion = std::max(target, version);
    return {};
}

bool Database::isServerAddress(const QString& location)
{
    return PostgresDialect::isAddress(location);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, const OpenOptions& options)
{
    const QString address = PostgresDialect::displayAddress(location);
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(PostgresDialect::kDriver)))
        return makeError(ErrorKind::Io, Tr::tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed "
                                               "(Debian and Ubuntu: libqt6sql6-psql).")
                                            .arg(address.isEmpty() ? location : address));
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QString::fromLatin1(PostgresDialect::kDriver), newConnectionName()),
                     address, options.readOnly, Engine::Postgres));
    if (Status status = PostgresDialect::applyAddress(database->m_db, location); !status)
        return status.error();
    if (!options.password.isEmpty())
        database->m_db.setPassword(options.password);
    if (!database->m_db.open()) {
        const QString text = database->m_db.lastError().text();
        // libpq says so when the server wants a password it was not given, or refused the one it was.
        const bool password = text.contains(QLatin1String("password"), Qt::CaseInsensitive);
        return makeError(password ? ErrorKind::Denied : ErrorKind::Io,
                         Tr::tr("Cannot connect to %1: %2").arg(address, text.trimmed()));
    }
    if (!options.password.isEmpty())
        PostgresDialect::rememberPassword(location, options.password);
    if (Status status = PostgresDialect::configure(database->m_db, options.readOnly); !status)
        return status.error();

    const int latest = Schema::latestVersion();
    Result<int> version = PostgresDialect::schemaVersion(database->m_db);
    if (!version)
        return version.error();
    if (*version > latest)
        return writtenByNewer(address, *version);
    const bool mayCreate = options.createIfMissing && !options.readOnly;
    if (*version == 0) {
        if (Status status = acceptUnversioned(PostgresDialect::holdsTables(database->m_db), address, mayCreate,
                                              Tr::tr("it holds no data yet; `migrate` or `demo` fills it"));
            !status)
            return status.error();
    }
    if (Status status = database->upgradeFrom(*version, options, address); !status)
        return status.error();
    if (Status status = database->listenForOthers(); !status)
        return status.error();
    QObject::connect(database->m_db.driver(), &QSqlDriver::notification, database->m_db.driver(),
                     [raw = database.get()](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                         if (source == QSqlDriver::OtherSource)
                             ++raw->m_othersChanges;
                     });
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (isServerAddress(path))
        return openServer(path, options);
    const QFileInfo info(path);
    const int latest = Schema::latestVersion();
    const bool mayCreate = options.createIfMissing && !options.readOnly;

    // Look before SQLite opens it, so that a file we must refuse is not changed by a byte (nor gets a log beside it).
    const Result<DatabaseFile::Header> header = DatabaseFile::inspect(path);
    if (!header)
        return header.error();
    switch (header->kind) {
    case DatabaseFile::Kind::Missing:
        if (!mayCreate)
            return makeError(ErrorKind::NotFound, Tr::tr("There is no database at %1.").arg(path));
        if (Status status = PrivateFile::makeFolder(info.absolutePath()); !status)
            return status.error();
        break;
    case DatabaseFile::Kind::Empty:
        if (!mayCreate)
            return notOurs(path, Tr::tr("the file is empty"));
        break;
    case DatabaseFile::Kind::NotRegular:
        return makeError(ErrorKind::Refused,
                         Tr::tr("%1 is not a database file (it is a folder or a device). Choose an Outcome Tracker "
                                "database file.")
                             .arg(path));
    case DatabaseFile::Kind::NotDatabase:
        return notOurs(path, Tr::tr("it is not an SQLite file"));
    case DatabaseFile::Kind::Database:
        if (header->userVersion > latest)
            return writtenByNewer(path, header->userVersion);
        break;
    }
    const bool newFile = header->kind == DatabaseFile::Kind::Missing || header->kind == DatabaseFile::Kind::Empty;
    if (!options.readOnly) {
        // SQLite writes its log beside the file: say so now rather than fail at the first save.
        if (!DatabaseFile::folderWritable(path))
            return makeError(ErrorKind::Io,
                             Tr::tr("Cannot save in %1: the folder %2 is read-only for you, and Outcome Tracker "
                                    "needs to write beside the database. Move the database to a folder you can "
                                    "write to, or ask whoever manages the folder.")
                                 .arg(path, info.absolutePath()));
        if (!newFile && !DatabaseFile::fileWritable(path))
            return makeError(ErrorKind::Io, Tr::tr("Cannot save in %1: the file is read-only for you. Make it "
                                                   "writable, or work on a copy.")
                                                .arg(path));
    }

    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QString::fromLatin1(SqlDialect::kDriver), newConnectionName()),
                     info.absoluteFilePath(), options.readOnly));
    // Nobody can write in a read-only folder, and SQLite could not create its shared-memory file there: read the
    // file as it is. A log that is already there means it may still change, so it is read the usual way.
    const bool immutable =
        options.readOnly && !DatabaseFile::folderWritable(path) && !QFileInfo::exists(path + QStringLiteral("-wal"));
    database->m_db.setDatabaseName(immutable ? SqlDialect::immutableName(path) : path);
    database->m_db.setConnectOptions(SqlDialect::connectOptions(options.readOnly, options.exclusive, immutable));
    if (!database->m_db.open())
        return makeError(ErrorKind::Io, Tr::tr("Cannot open %1: %2").arg(path, database->m_db.lastError().text()));
    // SQLite has opened the file but read nothing, so it holds no lock yet.
    database->m_lease = DatabaseFile::LiveLease(path);
    if (newFile) {
        // The log files SQLite creates later take the mode of the database file.
        if (Status status = PrivateFile::make(path); !status)
            return status.error();
    }
    if (options.exclusive) {
        if (Status status = SqlDialect::takeExclusive(database->m_db, path); !status)
            return status.error();
    }

    // The header can lag behind a write-ahead log; ask SQLite too, still before writing anything.
    Result<int> version = SqlDialect::schemaVersion(database->m_db);
    if (!version)
        return version.error();
    if (*version > latest)
        return writtenByNewer(path, *version);
    if (*version == 0) {
        if (Status status =
                acceptUnversioned(SqlDialect::holdsTables(database->m_db), path, mayCreate, Tr::tr("it holds no data"));
            !status)
            return status.error();
    }

    // Reading never waits for the whole file to be checked (a damaged page fails the read that reaches it, and
    // `check` is there to look at every page); writing into a damaged file would spread the damage, so the file is
    // checked when the first write begins: an upgrade's, else the first save's.
    if (options.quickCheck && *version > 0 && !options.readOnly)
        database->m_writeGate = [raw = database.get()]() {
            return raw->quickCheckBeforeWriting();
        };

    if (Status status = SqlDialect::configure(database->m_db, options.readOnly); !status) {
        // Switching to the write-ahead log reads the file: damage found there is refused as damage.
        if (status.error().kind == ErrorKind::Refused)
            return damaged(path, status.error().message);
        return status.error();
    }

    if (Status status = database->upgradeFrom(*version, options, path); !status)
        return status.error();
    return database;
}

QString Database::timestamp() const
{
    // Many rows of one save share a moment; format it once.
    const QDateTime moment = now();
    if (moment != m_lastMoment) {
        m_lastMoment = moment;
        m_lastTimestamp = sql::fromDateTime(moment);
    }
    return m_lastTimestamp;
}

namespace {

// "?" placeholders become ":p1", ":p2", ...: binding by name skips the placeholder-name formatting Qt does for
// every positional value, the largest cost of a small insert.
QString withNamedPlaceholders(const QString& sql)
{
    QString result;
    result.reserve(sql.size() + 16);
    int number = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            inString = !inString;
        } else if (c == QLatin1Char('?') && !inString) {
            result += QStringLiteral(":p") + QString::number(++number);
            continue;
        }
        result.append(c);
    }
    return result;
}

constexpr int kMaxParameters = 900;

const QString& placeholderName(qsizetype index)
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (int i = 1; i <= kMaxParameters; ++i)
            list.append(QStringLiteral(":p") + QString::number(i));
        return list;
    }();
    return names.at(index);
}

} // namespace

QSqlQuery& Database::prepared(const QString& sql)
{
    std::unique_ptr<QSqlQuery>& statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->setForwardOnly(true);
        prepare(*statement, sql);
    }
    return *statement;
}

void Database::prepare(QSqlQuery& statement, const QString& sql)
{
    // A statement the engine refused is kept with its refusal, which exec() reports: running it anyway would report
    // something else (a server says only that an unnamed statement does not exist).
    if (!statement.prepare(withNamedPlaceholders(sql)))
        m_unprepared.emplace(&statement, statement.lastError().text());
}

Status Database::exec(QSqlQuery& query, const QVariantList& values, const QString& whatFor)
{
    static const QString emptyText(QLatin1String(""));
    Q_ASSERT(values.size() <= kMaxParameters);
    const auto bind = [&]() {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& value = values[i];
            // A null QString would bind as NULL.
            const bool nullText = value.metaType() == QMetaType::fromType<QString>() &&
                                  static_cast<const QString*>(value.constData())->isNull();
            // Flags live in INTEGER columns on both engines; a server will not take TRUE for one.
            if (value.metaType() == QMetaType::fromType<bool>())
                query.bindValue(placeholderName(i), value.toBool() ? 1 : 0);
            else
                query.bindValue(placeholderName(i), nullText ? QVariant(emptyText) : value);
        }
    };
    bind();
    if (const auto refused = m_unprepared.find(&query); refused != m_unprepared.end())
        return makeError(ErrorKind::Internal, Tr::tr("Could not %1: %2").arg(whatFor, refused->second));
    if (query.exec())
        return {};
    QSqlError error = query.lastError();
    if (connectionLost(error)) {
        // Outside a transaction only reads run (every write is in one), so a read is simply asked again on a new
        // connection; inside one, the save has failed as a whole and is reported.
        if (!inTransaction() && reconnect().ok()) {
            bind();
            if (query.exec())
                return {};
            error = query.lastError();
        }
        return lostConnectionError(whatFor, m_path, error);
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (writesRefused(error, isServer()))
        return readOnlyError(whatFor, m_path, text, isServer());
    const ErrorKind kind =
        text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ? ErrorKind::Conflict : ErrorKind::Io;
    return makeError(kind, Tr::tr("Could not %1: %2").arg(whatFor, text));
}

Result<QList<qint64>> Database::insertRows(const QString& table, const QStringList& columns,
                                           const QList<QVariantList>& rows, const QString& whatFor, bool wantIds,
                                           const QString& onConflict)
{
    Q_ASSERT(inTransaction());
    const qsizetype perStatement = std::max<qsizetype>(1, kMaxParameters / columns.size());
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                         columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    // A server's identity column need not hand out consecutive ids to one statement: it says which it gave.
    const QString tail = onConflict + (isServer() && wantIds ? QStringLiteral(" RETURNING id") : QString());
    const QString tuple =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    QList<qint64> ids;
    ids.reserve(rows.size());
    QVariantList values;
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        QSqlQuery& query = prepared(head + QStringList(count, tuple).join(QLatin1Char(',')) + tail);
        values.clear();
        values.reserve(count * columns.size());
        for (qsizetype row = first; row < first + count; ++row)
            values.append(rows[row]);
        if (Status status = exec(query, values, whatFor); !status)
            return status.error();
        if (wantIds && isServer()) {
            while (query.next())
                ids.append(query.value(0).toLongLong());
        } else if (wantIds) {
            ids.append(SqlDialect::insertedIds(query, count));
        }
        query.finish();
    }
    return ids;
}

Result<QString> Database::integrityCheck(bool quick)
{
    return isServer() ? PostgresDialect::integrityCheck(m_db) : SqlDialect::integrityCheck(m_db, quick);
}

Status Database::quickCheckBeforeWriting()
{
    if (!m_writeCheck) {
        const Result<QString> check = integrityCheck(true);
        if (!check)
            return check.error(); // not remembered: a busy file may be checked again at the next save
        m_writeCheck =
            *check == QLatin1String("ok") ? Status() : Status(damaged(m_path, check->section(QLatin1Char('\n'), 0, 0)));
    }
    return *m_writeCheck;
}

Status Database::backupTo(const QString& targetPath)
{
    return isServer() ? PostgresDialect::dumpInto(m_path, targetPath) : SqlDialect::copyInto(m_db, targetPath);
}

Status Database::replaceContentsFrom(const QString& sourcePath)
{
    Q_ASSERT(!inTransaction());
    m_unprepared.clear();
    m_statements.clear(); // prepared statements would pin the tables that are about to go
    if (!isServer())
        return SqlDialect::replaceContents(m_db, sourcePath);
    if (Status restored = PostgresDialect::restoreFrom(m_path, sourcePath); !restored)
        return restored;
    // pg_restore loads the rows before it makes the triggers that would have announced them.
    return PostgresDialect::announceChange(m_db);
}

QString Database::databaseName() const
{
    if (isServer()) {
        const Result<ServerAddress> address = PostgresDialect::parseAddress(m_path);
        return address ? address->database : m_path;
    }
    return QFileInfo(m_path).completeBaseName();
}

Result<qint64> Database::dataVersion()
{
    if (!isServer())
        return SqlDialect::dataVersion(m_db);
    // Announcements arrive while the event loop runs. A lost connection is noticed here, and made again as soon as
    // the server answers.
    if (!inTransaction() && !PostgresDialect::answers(m_db)) {
        if (Status status = reconnect(); !status)
            return makeError(ErrorKind::Io,
                             Tr::tr("Lost the connection to %1; trying again. %2").arg(m_path, status.error().message));
    }
    return m_othersChanges;
}

bool Database::readableByOthers() const
{
    return !isServer() && PrivateFile::readableByOthers(m_path);
}

QString Database::throughIndex(const QString& index) const
{
    return isServer() ? QString() : SqlDialect::throughIndex(index);
}

QString Database::textAsBytes(const QString& column) const
{
    return isServer() ? PostgresDialect::textAsBytes(column) : SqlDialect::textAsBytes(column);
}

QString Database::beginReadStatement() const
{
    return isServer() ? PostgresDialect::beginReadStatement() : SqlDialect::beginReadStatement();
}

Status Database::beginBulkLoad()
{
    return isServer() ? Status() : SqlDialect::beginBulkLoad(m_db);
}

Status Database::endBulkLoad()
{
    return isServer() ? gatherStatistics() : SqlDialect::endBulkLoad(m_db);
}

Status Database::gatherStatistics()
{
    if (!isServer())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ANALYZE")))
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not gather the server's statistics: %1").arg(query.lastError().text()));
    return {};
}

Status Database::checkForeignKeys()
{
    // A server checks every reference as the row is written.
    return isServer() ? Status() : SqlDialect::checkForeignKeys(m_db);
}

bool Database::connectionLost(const QSqlError& error)
{
    // The error says so, and the server does not answer a ping (a failure of the program's own making, such as a
    // statement the driver could not prepare, carries no SQLSTATE either).
    return isServer() && PostgresDialect::meansConnectionLost(error) && !PostgresDialect::answers(m_db);
}

Status Database::listenForOthers()
{
    // Announcements are heard by the event loop of the thread that opened the connection; a background reader's
    // thread has none and needs none.
    if (!QThread::currentThread()->eventDispatcher())
        return {};
    return PostgresDialect::listenForChanges(m_db);
}

namespace {

// The handler in place before the first of those that are leaving warnings out; kept until the last ends.
std::atomic<QtMessageHandler> g_otherMessages = nullptr;
std::mutex g_leavingOutMutex;
int g_leavingOut = 0; // how many are, on any thread

// Qt's PostgreSQL driver frees a statement on the server before it prepares it again, and warns when it cannot.
// After a lost connection none of them can be: the server let them go with the session that ended.
void withoutFreeStatementWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    g_otherMessages.load()(type, context, message);
}

// Leaves out those warnings, and only those, while it exists; the program's other messages pass as before. Two
// connections may be made again at once (the window's and a background reader's): the first puts the filter in
// place and the last takes it away.
class FreeStatementWarningsLeftOut
{
public:
    FreeStatementWarningsLeftOut()
    {
        const std::lock_guard lock(g_leavingOutMutex);
        if (g_leavingOut++ == 0)
            g_otherMessages = qInstallMessageHandler(withoutFreeStatementWarnings);
    }
    ~FreeStatementWarningsLeftOut()
    {
        const std::lock_guard lock(g_leavingOutMutex);
        if (--g_leavingOut == 0)
            qInstallMessageHandler(g_otherMessages.load());
    }
    FreeStatementWarningsLeftOut(const FreeStatementWarningsLeftOut&) = delete;
    FreeStatementWarningsLeftOut& operator=(const FreeStatementWarningsLeftOut&) = delete;
};

} // namespace

Status Database::reconnect()
{
    Q_ASSERT(isServer());
    m_transactionDepth = 0;
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    m_db.close();
    if (!m_db.open())
        return makeError(ErrorKind::Io, Tr::tr("Cannot reach %1: %2").arg(m_path, m_db.lastError().text().trimmed()));
    if (Status status = PostgresDialect::configure(m_db, m_readOnly); !status)
        return status;
    if (Status status = listenForOthers(); !status)
        return status;
    // The statements callers hold are prepared again in place on the new connection.
    m_unprepared.clear();
    const FreeStatementWarningsLeftOut quietly;
    for (auto& [sql, statement] : m_statements)
        prepare(*statement, sql);
    ++m_othersChanges; // whatever others saved meanwhile was not heard: everything shown is read again
    return {};
}

Status Database::mayWrite() const
{
    if (m_readOnly)
        return makeError(ErrorKind::Refused, Tr::tr("This database is open read-only; changes cannot be saved."));
    return {};
}

Status Database::begin()
{
    if (m_transactionDepth++ > 0)
        return {};
    if (Status writable = mayWrite(); !writable) {
        m_transactionDepth = 0;
        return writable;
    }
    if (m_writeGate) {
        if (Status status = m_writeGate(); !status) {
            m_transactionDepth = 0;
            return status;
        }
    }
    m_rollbackOnly = false;
    const QStringList statements =
        isServer() ? PostgresDialect::beginWriteStatements() : QStringList{SqlDialect::beginWriteStatement()};
    QSqlError failure;
    const auto beginNow = [&]() {
        QSqlQuery query(m_db);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                failure = query.lastError();
                return false;
            }
        }
        return true;
    };
    bool begun = beginNow();
    // A connection lost since the last save is made again first: nothing of this save has been sent yet.
    bool unreachable = false;
    if (!begun && isServer() && !PostgresDialect::answers(m_db)) {
        if (reconnect().ok()) {
            m_transactionDepth = 1;
            begun = beginNow();
        } else {
            unreachable = true;
        }
    }
    if (!begun) {
        m_transactionDepth = 0;
        if (unreachable || (isServer() && PostgresDialect::meansConnectionLost(failure)))
            return lostConnectionError(Tr::tr("start saving"), m_path, failure);
        if (isServer())
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (writesRefused(failure, isServer()))
            return readOnlyError(Tr::tr("start saving"), m_path, failure.text(), isServer());
        return makeError(
            ErrorKind::Io,
            Tr::tr("Could not start saving (the database may be busy in another window): %1").arg(failure.text()));
    }
    return {};
}

Status Database::commit()
{
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        rollback();
        return makeError(ErrorKind::Io, Tr::tr("Nothing was saved because an earlier step failed."));
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString text = query.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return makeError(ErrorKind::Io, Tr::tr("Could not save: %1").arg(text));
    }
    return {};
}

void Database::rollback()
{
    if (m_transactionDepth > 1) {
        // An inner unit failed: the outer one must not commit half of the work.
        --m_transactionDepth;
        m_rollbackOnly = true;
        return;
    }
    m_transactionDepth = 0;
    for (auto& [sql, statement] : m_statements)
        statement->finish();
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_started(db.begin())
{
    m_finished = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_finished)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_finished)
        return m_started.ok() ? Status(makeError(ErrorKind::Internal, QStringLiteral("transaction already finished")))
                              : m_started;
    m_finished = true;
    return m_db.commit();
}

} // namespace outcome
