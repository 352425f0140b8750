// The database file as the operating system sees it, and the rule that keeps SQLite's locks intact: within this
// process, only SQLite opens a database file that a connection of this process has open.
//
// POSIX advisory locks belong to the process, and closing *any* descriptor of a file drops all of them. A header
// read, a copy or an fsync through another descriptor while a connection is open would silently release that
// connection's locks; another process could then checkpoint and delete the write-ahead log under it, and every
// later save would go into a deleted file. So every connection registers its file here while it is open
// (LiveLease), and every look at a database file outside SQLite goes through this class, which refuses a live one.
#pragma once

#include "Result.h"

#include <QString>

namespace outcome {

class DatabaseFile
{
public:
    enum class Kind
    {
        Missing,     // nothing at the path
        Empty,       // a regular file of zero bytes
        Database,    // an SQLite database
        NotDatabase, // a regular file that is not an SQLite database
        NotRegular   // a folder, a device (/dev/null), a pipe
    };

    struct Header
    {
        Kind kind = Kind::Missing;
        // The user_version field (our schema version); -1 when a connection of this process has the file open, so
        // the header was not read from the file: ask that connection's SQLite instead.
        int userVersion = -1;
    };

    // What is at `path`. Reads the 100-byte SQLite header without SQLite, so a file that must be refused is not
    // changed by a single byte; never opens a file this process has open through SQLite.
    static Result<Header> inspect(const QString& path);

    // Registers a database file as open in this process for as long as the lease lives. Taken by every
    // connection right after SQLite opened the file and before it reads a byte (and so before it holds a lock).
    class LiveLease
    {
    public:
        LiveLease() = default;
        explicit LiveLease(const QString& path);
        ~LiveLease();
        LiveLease(LiveLease&& other) noexcept;
        LiveLease& operator=(LiveLease&& other) noexcept;
        LiveLease(const LiveLease&) = delete;
        LiveLease& operator=(const LiveLease&) = delete;

    private:
        QString m_key;
    };

    // True while a connection of this process has the database open; also for its -wal, -shm and -journal files.
    static bool isLive(const QString& path);
    // An Internal error naming the file when it is live: the guard of every raw file operation.
    static Status refuseLive(const QString& path, const QString& whatFor);

    // Refuses (Invalid) to write an export or a report over a database file, open or not: one mistyped name must
    // not replace a clinic's records with a PDF.
    static Status refuseOverwrite(const QString& target);

    // Where a file is written before it gets its name: "target.partial-PID", so that a leftover of a killed
    // process can be told from a copy another process is still writing.
    static QString partialPath(const QString& target);
    // Removes the partial files in `folder` whose names start with `prefix` and whose writing process no longer
    // runs; returns how many.
    static int removeAbandonedPartials(const QString& folder, const QString& prefix);

    // Forces a finished file (never a live one) from the operating system's cache to the disk: a backup is only a
    // backup once it is on disk.
    static Status flush(const QString& path);
    // Flushes a folder so that a file renamed or created in it survives a power loss (a no-op where the platform
    // has no such thing).
    static Status flushFolder(const QString& folder);

    // Makes a finished partial file durable and gives it its name (replacing any file there in one step): the
    // target is the whole new file or what it was before, never a part.
    static Status publish(const QString& partial, const QString& target);

    // Keeps the file at `path` also under `copyPath` (a hard link where the platform has them, else a copy).
    static Status keepAs(const QString& path, const QString& copyPath);

    // Whether this process may create files in the folder that holds `path` (SQLite keeps its log files there).
    static bool folderWritable(const QString& path);
    static bool fileWritable(const QString& path);

    // The companion files SQLite keeps beside a database: "-wal", "-shm", "-journal".
    static const QStringList& companionSuffixes();
};

} // namespace outcome
