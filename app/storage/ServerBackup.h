// A clinic server's backups: pg_dump files (custom format) kept wherever the clinic keeps its backups, written and
// put back through the PostgreSQL client programs. The same steps for `backup`/`restore` on the command line and
// File ▸ Backups… in the program.
#pragma once

#include "Result.h"

#include <QString>

namespace outcome {

class Database;

namespace ServerBackup {

// What a file dialog for server backups lists.
inline constexpr const char* kSuffix = "dump";

// Where what a server holds is kept before a restore replaces it: beside the backup, named for the database and
// the moment (DATABASE-replaced-YYYYMMDD-HHMMSS.dump).
QString replacedPath(const Database& db, const QString& backupPath);

// Whether `backupPath` can be restored: a file that is a custom-format pg_dump; else why not, naming the file.
Status checkBackup(const QString& backupPath);

// Keeps what `db` (a server) holds now at replacedPath(), then replaces it with the backup in one transaction and
// tells the other workstations. Nothing is changed when the current contents could not be kept. Returns the kept
// file.
Result<QString> restore(Database& db, const QString& backupPath);

} // namespace ServerBackup

} // namespace outcome
