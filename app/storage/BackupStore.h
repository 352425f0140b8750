// Verified backups of a database in a folder beside it, and restoring one of them over the database.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace outcome {

class Database;
class Passphrase;

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // UTC, from the file name
    qint64 bytes = 0;
    bool encrypted = false; // sealed with a passphrase (SealedFile), named "….db.enc"
};

// Backups of "clinic.db" live in "clinic-backups/" beside it, named "clinic-20260615-093000-123.db" (UTC), so a
// damaged database finds its backups without any settings, and copying the folder takes both along.
class BackupStore
{
public:
    explicit BackupStore(const QString& databasePath);

    static QString folderFor(const QString& databasePath);
    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }

    // Copies the open database into the backup folder, verifies the copy with a full integrity check, and keeps
    // only the newest `keep` backups. A copy that fails the check is deleted and reported. With a passphrase the
    // backup is encrypted ("clinic-20260615-093000-123.db.enc").
    Result<BackupInfo> create(Database& db, int keep, const Passphrase* encryptWith = nullptr);
    // The same verified copy to a file of the user's choice (which must not exist yet). With a passphrase the
    // verified copy is encrypted into the file and the plain copy it came from removed.
    static Status copyTo(Database& db, const QString& targetPath, const Passphrase* encryptWith = nullptr);
    // Newest first.
    QList<BackupInfo> list() const;
    Status prune(int keep);

    // A full integrity check of a backup file, opened read-only; refuses files from a newer version.
    static Status verify(const QString& path);

    // Replaces the database with a verified backup. Refused while another program has the database open.
    // The replaced contents are kept aside ("clinic-replaced-20260615-093000-123.db") and that path returned;
    // an empty path means there was no database to replace. At every moment, a kill included, the database file
    // holds one complete database: the old one or the restored one. An encrypted backup needs its passphrase: it is
    // decrypted beside the database and verified whole before anything else happens, so a wrong passphrase
    // (ErrorKind::Denied) or a changed byte (ErrorKind::Refused) leaves the database as it was.
    Result<QString> restore(const QString& backupPath, const Passphrase* passphrase = nullptr);

    // Makes the database, the files SQLite keeps beside it, the backup folder and every backup the owner's alone.
    Status makePrivate() const;

    // Removes what killed backups and restores left behind (partial files of processes no longer running).
    void removeLeftovers() const;

private:
    Result<QString> restorePlain(const QString& source, const QString& backupPath);
    Result<QString> replaceWith(const QString& incoming);
    QString stampedPath(const QString& folder, const QString& infix, const QDateTime& moment) const;
    QString m_databasePath;
    QString m_folder;
    QString m_baseName;
};

} // namespace outcome
