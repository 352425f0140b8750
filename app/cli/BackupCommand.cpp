// `backup`: a verified copy of the database, into its backup folder or to a chosen file.
#include "BackupStore.h"
#include "CommandArguments.h"
#include "CommandLine.h"

#include <QCoreApplication>

#include <optional>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::BackupCommand", text);
}
} // namespace

int runBackup(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("backup"),
        tr("Copies the database while it may be in use, checks the copy with a full integrity check and prints its "
           "path. Without --to the copy goes into the backup folder beside the database (FILE-backups/), where "
           "only the newest --keep copies are kept. With --encrypt the copy is encrypted with a passphrase read from "
           "the first line of standard input. For a clinic server (--db postgresql://...) the copy is a pg_dump file "
           "(custom format) written with pg_dump to --to FILE and read back with pg_restore --list."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("to"), tr("Write the copy to this new file instead of the backup folder."),
                   QStringLiteral("FILE"));
    args.addOption(QStringLiteral("keep"), tr("How many backups to keep in the backup folder (1-1000, default 10)."),
                   QStringLiteral("N"), QStringLiteral("10"));
    args.addFlag(QStringLiteral("encrypt"),
                 tr("Encrypt the copy (XChaCha20-Poly1305, key from the passphrase by Argon2id) with the passphrase "
                    "on the first line of standard input, at least 10 characters. The backup folder names it "
                    "FILE-DATE.db.enc; restore asks for the passphrase."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<int> keep = args.integer(QStringLiteral("keep"), 1, 1000);
    if (!keep)
        return console.fail(keep.error());
    std::optional<Passphrase> passphrase;
    if (args.isSet(QStringLiteral("encrypt"))) {
        Result<Passphrase> read = console.readPassphrase(QStringLiteral("--encrypt"));
        if (!read)
            return console.fail(read.error());
        if (Status acceptable = read->acceptableForNewFile(); !acceptable)
            return console.fail(acceptable.error());
        passphrase = std::move(read).value();
    }
    const Passphrase* encryptWith = passphrase ? &*passphrase : nullptr;

    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true; // a backup reads; it never upgrades or changes the file
    options.migrateTo = 0;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    if ((*db)->isServer()) {
        // A server has no folder beside it: its backups are pg_dump files kept wherever the clinic keeps backups.
        if (!args.isSet(QStringLiteral("to")))
            return console.fail(args.usageError(
                tr("--to FILE is required for a server: the backup is a pg_dump file (custom format) of your "
                   "choice; restore takes it back with --from.")));
        if (encryptWith)
            return console.fail(args.usageError(
                tr("--encrypt is for database files; encrypt a server's backup where it is stored (for example "
                   "with the backup system's own encryption).")));
        const QString target = args.value(QStringLiteral("to"));
        if (Status status = (*db)->backupTo(target); !status)
            return console.fail(status.error());
        console.out() << target << Qt::endl;
        return kExitSuccess;
    }
    if (args.isSet(QStringLiteral("to"))) {
        const QString target = args.value(QStringLiteral("to"));
        if (Status status = BackupStore::copyTo(**db, target, encryptWith); !status)
            return console.fail(status.error());
        console.out() << target << Qt::endl;
        return kExitSuccess;
    }
    Result<BackupInfo> backup = BackupStore(args.databasePath()).create(**db, *keep, encryptWith);
    if (!backup)
        return console.fail(backup.error());
    console.out() << backup->path << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
