// Opening the database for the desktop program: refuse a newer file, offer a backup for a damaged one, and check
// integrity in the background so that a large database opens at once; plus what happens when the window closes.
#pragma once

#include "Database.h"
#include "Result.h"

#include <QString>

#include <memory>

class QWidget;

namespace outcome {

class Database;
class IntegrityCheck;

class DatabaseStartup
{
public:
    explicit DatabaseStartup(const QString& path);
    ~DatabaseStartup();
    DatabaseStartup(const DatabaseStartup&) = delete;
    DatabaseStartup& operator=(const DatabaseStartup&) = delete;

    // The database for the main window (a file, or a clinic server's database when `path` is a postgresql://
    // address), or null when the program should end with exitCode(): a newer version is
    // refused with a message (3); a damaged file shows DamagedDatabaseDialog, which restores a backup (and the file
    // is opened again), opens it read-only, or quits (3). This object must outlive the database it returns: the
    // database's saves wait for the background check it runs.
    std::unique_ptr<Database> open(QWidget* parent = nullptr);
    int exitCode() const { return m_exitCode; }

    // Once the window shows: if the background check finds damage, saves stay refused and DamagedDatabaseDialog
    // offers a backup (restored through PendingRestore).
    void watch(QWidget* window);
    // After the window closed: the automatic backup, unless the file is damaged (a clinic server is backed up by
    // its administrator, with `backup --to`); a failure is shown in a message.
    void backUpOnClose(Database& db, QWidget* parent = nullptr);

    // Connects to a clinic server, asking for the password (up to three times) when the server wants one that libpq
    // did not find in ~/.pgpass or PGPASSWORD. Empty with `cancelled` set when the user gave up; else the database or
    // why not. `typedPassword` receives what was typed, if anything.
    static Result<std::unique_ptr<Database>> connectToServer(const QString& address, OpenOptions options,
                                                             QWidget* parent, bool& cancelled,
                                                             QString* typedPassword = nullptr);

    // Restores `backupPath` over `databasePath`, telling the user the outcome; true when the file was replaced.
    static bool restore(const QString& databasePath, const QString& backupPath, QWidget* parent);

private:
    std::unique_ptr<Database> openChecked(QWidget* parent);
    // A clinic server: asks for the password when the server wants one that libpq did not find.
    std::unique_ptr<Database> openServer(QWidget* parent);
    // A look at the file without saving; a failure is shown in a message.
    std::unique_ptr<Database> openReadOnly(QWidget* parent);
    QString m_path;
    std::unique_ptr<IntegrityCheck> m_check;
    bool m_damaged = false;
    int m_exitCode = 0;
};

} // namespace outcome
