// The database engines a suite runs against, as QTest global data: an SQLite file always, and a PostgreSQL server
// where the tests have one (the ctest fixture "postgres" starts it, tests/postgres/test-server). One suite covers
// both: initTestCase_data() calls addEngineRows(), and each test opens a ScratchDatabase for its row's engine.
#pragma once

#include "PostgresDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

namespace outcome::test {

// The maintenance database of the tests' server: OT_TEST_POSTGRES, else the address the fixture wrote; empty when
// there is no server.
inline QString testServerAddress()
{
    const QString given = qEnvironmentVariable("OT_TEST_POSTGRES");
    if (!given.isEmpty())
        return given;
    QFile file(QStringLiteral(OT_BINARY_DIR "/tests/postgres.url"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

inline const char* sqliteEngine()
{
    return "sqlite";
}

inline const char* postgresEngine()
{
    return "postgresql";
}

// The global column "engine", one row per engine.
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow(sqliteEngine()) << QString::fromLatin1(sqliteEngine());
    QTest::newRow(postgresEngine()) << QString::fromLatin1(postgresEngine());
}

// A new, empty database for one test: a file in a temporary folder, or a database of its own on the tests' server,
// dropped again afterwards (with whatever connections are still open to it).
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString& engine)
        : m_engine(engine)
    {
        if (engine == QLatin1String(sqliteEngine())) {
            m_dir = std::make_unique<QTemporaryDir>();
            return;
        }
        m_server = testServerAddress();
        if (m_server.isEmpty()) {
            m_unavailable = qEnvironmentVariableIntValue("OT_REQUIRE_POSTGRES") == 1
                                ? QStringLiteral("no PostgreSQL server, and OT_REQUIRE_POSTGRES=1 asks for one")
                                : QStringLiteral("no PostgreSQL server for the tests (install postgresql, or set "
                                                 "OT_TEST_POSTGRES=postgresql://USER@HOST:PORT/postgres)");
            m_required = qEnvironmentVariableIntValue("OT_REQUIRE_POSTGRES") == 1;
        }
    }

    ~ScratchDatabase()
    {
        if (m_created.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection();
            for (const QString& name : std::as_const(m_created))
                QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_adminName);
    }

    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool isServer() const { return m_engine == QLatin1String(postgresEngine()); }
    // Empty when the engine can be used; else why not.
    QString unavailable() const { return m_unavailable; }
    // True when a missing server must fail the test rather than skip it (CI).
    bool required() const { return m_required; }

    // The --db value of the database called `name` (a file name for SQLite), made on first use.
    QString location(const QString& name = QStringLiteral("clinic.db"))
    {
        if (!isServer())
            return m_dir->filePath(name);
        QString database = name;
        database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
        static QAtomicInteger<int> counter;
        const QString key = name;
        if (!m_names.contains(key)) {
            const QString unique = QStringLiteral("ot_%1_%2_%3")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(counter.fetchAndAddRelaxed(1))
                                       .arg(database.left(20));
            QSqlDatabase admin = adminConnection();
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(unique)))
                qWarning("Could not make the database %s: %s", qPrintable(unique),
                         qPrintable(query.lastError().text()));
            m_created.append(unique);
            m_names.insert(key, unique);
        }
        QString address = m_server;
        address.truncate(address.lastIndexOf(QLatin1Char('/')) + 1);
        return address + m_names.value(key);
    }

private:
    QSqlDatabase adminConnection()
    {
        if (m_adminName.isEmpty()) {
            static QAtomicInteger<int> counter;
            m_adminName = QStringLiteral("scratch-admin-%1").arg(counter.fetchAndAddRelaxed(1));
            QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(PostgresDialect::kDriver), m_adminName);
            (void)PostgresDialect::applyAddress(db, m_server);
            if (!db.open())
                qWarning("Could not reach the tests' server %s: %s", qPrintable(m_server),
                         qPrintable(db.lastError().text()));
        }
        return QSqlDatabase::database(m_adminName);
    }

    QString m_engine;
    QString m_server;
    QString m_unavailable;
    bool m_required = false;
    QString m_adminName;
    QStringList m_created;
    QHash<QString, QString> m_names;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// One database per engine, shared by a suite's tests, keyed by the engine's row name.
using EngineDatabases = std::map<QString, std::unique_ptr<ScratchDatabase>>;

// Makes `into` (in initTestCase): each engine's database, filled once by `fill` where the engine can be had; one
// that cannot is kept too, so that init() ends its tests with OT_REQUIRE_ENGINE. False when a fill failed.
inline bool makeEngineDatabases(EngineDatabases& into, const std::function<bool(ScratchDatabase&)>& fill)
{
    bool filled = true;
    for (const char* engine : {sqliteEngine(), postgresEngine()}) {
        auto scratch = std::make_unique<ScratchDatabase>(QString::fromLatin1(engine));
        if (scratch->unavailable().isEmpty())
            filled = fill(*scratch) && filled;
        into[QString::fromLatin1(engine)] = std::move(scratch);
    }
    return filled;
}

} // namespace outcome::test

// Ends the test when `scratch` (a ScratchDatabase) has no engine to offer: skipped with the reason where there is no
// server, failed where one is required.
#define OT_REQUIRE_ENGINE(scratch)                                                                                     \
    do {                                                                                                               \
        if (!(scratch).unavailable().isEmpty()) {                                                                      \
            if ((scratch).required())                                                                                  \
                QFAIL(qPrintable((scratch).unavailable()));                                                            \
            QSKIP(qPrintable((scratch).unavailable()));                                                                \
        }                                                                                                              \
    } while (false)

// In init(): the row's engine in `scratch` (a std::unique_ptr<ScratchDatabase>), ended by OT_REQUIRE_ENGINE where
// it cannot be had.
#define OT_SCRATCH_FOR_ENGINE(scratch)                                                                                 \
    do {                                                                                                               \
        QFETCH_GLOBAL(QString, engine);                                                                                \
        scratch = std::make_unique<outcome::test::ScratchDatabase>(engine);                                            \
        OT_REQUIRE_ENGINE(*scratch);                                                                                   \
    } while (false)
