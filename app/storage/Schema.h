// The database schema as numbered forward migrations, each applied in its own transaction.
#pragma once

#include "Engine.h"
#include "Result.h"

#include <QStringList>

namespace outcome {

class Database;

class Schema
{
public:
    static int latestVersion();
    // Applies every step after fromVersion up to toVersion; a failed step leaves the file at the previous version.
    static Status migrate(Database& db, int fromVersion, int toVersion);
    // The statements of one step (1-based) in portable SQL, with what differs (the id column, the audit log's
    // guards, change announcements) from the engine's dialect; for tests and documentation.
    static QStringList statements(int version, Engine engine = Engine::Sqlite);
};

} // namespace outcome
