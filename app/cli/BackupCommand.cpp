// `backup`: a verified copy of the database, into its backup folder or to a chosen file.
#include "BackupStore.h"
#include "CommandArguments.h"
#include "CommandLine.h"

#include <QCoreApplication>

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
           "only the newest --keep copies are kept."));
    args.addDatabaseOption();
    args.addOption(QStringLiteral("to"), tr("Write the copy to this new file instead of the backup folder."),
                   QStringLiteral("FILE"));
    args.addOption(QStringLiteral("keep"), tr("How many backups to keep in the backup folder (1-1000, default 10)."),
                   QStringLiteral("N"), QStringLiteral("10"));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<int> keep = args.integer(QStringLiteral("keep"), 1, 1000);
    if (!keep)
        return console.fail(keep.error());

    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true; // a backup reads; it never upgrades or changes the file
    options.migrateTo = 0;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    if (args.isSet(QStringLiteral("to"))) {
        const QString target = args.value(QStringLiteral("to"));
        if (Status status = BackupStore::copyTo(**db, target); !status)
            return console.fail(status.error());
        console.out() << target << Qt::endl;
        return kExitSuccess;
    }
    Result<BackupInfo> backup = BackupStore(args.databasePath()).create(**db, *keep);
    if (!backup)
        return console.fail(backup.error());
    console.out() << backup->path << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
