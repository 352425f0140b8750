// `restore`: replaces the database with a backup after showing both; the replaced file is kept beside it.
#include "BackupStore.h"
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "DatabaseSummary.h"
#include "DateText.h"
#include "SealedFile.h"
#include "ServerBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::RestoreCommand", text);
}

QString describe(const DatabaseSummary& summary)
{
    if (!summary.exists)
        return tr("(no file)");
    QString text =
        tr("%1, %2 bytes, saved %3").arg(summary.path).arg(summary.bytes).arg(isoTimestamp(summary.modified));
    if (summary.encrypted)
        return text + QLatin1Char('\n') + tr("    encrypted; the passphrase is read from standard input with --yes");
    if (!summary.problem.isEmpty())
        return text + QLatin1Char('\n') + tr("    cannot be read: %1").arg(summary.problem);
    return text + QLatin1Char('\n') +
           tr("    %1 patients (%2 archived), %3 courses, %4 assessments; last change %5")
               .arg(summary.patients)
               .arg(summary.archivedPatients)
               .arg(summary.courses)
               .arg(summary.assessments)
               .arg(summary.lastChange.isValid() ? isoTimestamp(summary.lastChange) : tr("none"));
}

// A clinic server: its backups are pg_dump files named with --from. What the server holds now is dumped beside the
// backup first, so that a restore can itself be undone.
int restoreServer(const CommandArguments& args, Console& console)
{
    const QString address = args.databasePath();
    const QString source = args.value(QStringLiteral("from"));
    if (args.isSet(QStringLiteral("list")) || args.isSet(QStringLiteral("latest")) || source.isEmpty())
        return console.fail(args.usageError(tr("a server has no backup folder: name its pg_dump backup with --from "
                                               "FILE (made by backup --to FILE).")));
    if (Status usable = ServerBackup::checkBackup(source); !usable)
        return console.fail(usable.error());
    const QFileInfo backup(source);
    Result<std::unique_ptr<Database>> db = Database::open(address, OpenOptions::asItIs());
    if (!db)
        return console.fail(db.error());
    const DatabaseSummary now = DatabaseSummary::ofDatabase(**db);
    console.out() << tr("Database to replace: %1, %2 patients (%3 archived), %4 courses, %5 assessments")
                         .arg((*db)->path())
                         .arg(now.patients)
                         .arg(now.archivedPatients)
                         .arg(now.courses)
                         .arg(now.assessments)
                  << '\n'
                  << tr("Backup to restore:   %1, %2 bytes, saved %3")
                         .arg(backup.absoluteFilePath())
                         .arg(backup.size())
                         .arg(isoTimestamp(backup.lastModified().toUTC()))
                  << Qt::endl;
    if (!args.isSet(QStringLiteral("yes")))
        return console.fail(args.usageError(tr("nothing was changed; add --yes to replace the database.")));
    const Result<QString> aside = ServerBackup::restore(**db, source);
    if (!aside)
        return console.fail(aside.error());
    console.out() << tr("Restored %1 from %2.").arg((*db)->path(), source) << '\n'
                  << tr("What it held before is kept as %1.").arg(*aside) << '\n';
    console.out().flush();
    return kExitSuccess;
}

} // namespace

int runRestore(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("restore"),
                          tr("Replaces the database with a backup. Shows both first (date, size, patient "
                             "counts) and changes nothing without --yes. The backup is checked before it is used; "
                             "the replaced file is kept beside the database as FILE-replaced-DATE.db. Refused while "
                             "another copy of Outcome Tracker has the database open. An encrypted backup is "
                             "opened with the passphrase on the first line of standard input (exit code 4 when it is "
                             "wrong; nothing is changed). For a clinic server (--db postgresql://...), --from names a "
                             "pg_dump file made by "
                             "backup --to; pg_restore puts it back in one transaction, after what the server held is "
                             "dumped beside it as DATABASE-replaced-DATE.dump."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Administration);
    args.addOption(QStringLiteral("from"), tr("The backup file to restore."), QStringLiteral("BACKUP"));
    args.addFlag(QStringLiteral("latest"), tr("Restore the newest backup in the database's backup folder."));
    args.addFlag(QStringLiteral("list"), tr("List the backups in the backup folder, newest first, and stop."));
    args.addFlag(QStringLiteral("yes"), tr("Really replace the database."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    // Signed in on the database as it is now. One that cannot be opened (damaged, missing) names no accounts, and
    // restoring is then the way back.
    if (Result<std::unique_ptr<Database>> current = Database::open(args.databasePath(), OpenOptions::asItIs());
        current) {
        if (Status signedIn = args.signIn(**current); !signedIn)
            return console.fail(signedIn.error());
    }
    if (Database::isServerAddress(args.databasePath()))
        return restoreServer(args, console);
    BackupStore store(args.databasePath());
    const QList<BackupInfo> backups = store.list();

    if (args.isSet(QStringLiteral("list"))) {
        for (const BackupInfo& backup : backups)
            console.out() << describe(DatabaseSummary::of(backup.path)) << '\n';
        if (backups.isEmpty())
            console.err() << tr("There are no backups in %1.").arg(store.folder()) << Qt::endl;
        console.out().flush();
        return kExitSuccess;
    }
    QString source = args.value(QStringLiteral("from"));
    if (args.isSet(QStringLiteral("latest")) == !source.isEmpty())
        return console.fail(args.usageError(tr("name the backup with --from BACKUP or --latest (one of the two).")));
    if (source.isEmpty()) {
        if (backups.isEmpty())
            return console.fail(
                makeError(ErrorKind::NotFound, tr("There are no backups in %1 (--latest).").arg(store.folder())));
        source = backups.first().path;
    }

    console.out() << tr("Database to replace: %1").arg(describe(DatabaseSummary::of(args.databasePath()))) << '\n'
                  << tr("Backup to restore:   %1").arg(describe(DatabaseSummary::of(source))) << Qt::endl;
    if (!args.isSet(QStringLiteral("yes")))
        return console.fail(args.usageError(tr("nothing was changed; add --yes to replace the database.")));
    std::optional<Passphrase> passphrase;
    if (SealedFile::isSealed(source)) {
        Result<Passphrase> read = console.readPassphrase(QStringLiteral("restore"));
        if (!read)
            return console.fail(read.error());
        passphrase = std::move(read).value();
    }
    Result<QString> aside = store.restore(source, passphrase ? &*passphrase : nullptr);
    if (!aside)
        return console.fail(aside.error());
    console.out() << tr("Restored %1 from %2.").arg(args.databasePath(), source) << '\n';
    if (!aside->isEmpty())
        console.out() << tr("The replaced file is kept as %1.").arg(*aside) << '\n';
    console.out().flush();
    return kExitSuccess;
}

} // namespace outcome::cli
