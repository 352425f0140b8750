// `import`: item-level answers from CSV, all or nothing.
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CsvImport.h"
#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::ImportCommand", text);
}
} // namespace

int runImport(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("import"),
        tr("Imports item-level answers from a CSV file in the format `export --format csv` writes as answers.csv "
           "(UTF-8, RFC 4180, a header line naming the columns), and with --events the clinical events of events.csv. "
           "A line without an instrument describes a visit where nothing was recorded (planned, missed, cancelled). "
           "The whole file is checked first; any problem is "
           "reported with its line and column and nothing is imported. A clean file is imported in one "
           "transaction. Records already in the database are matched, never changed: a patient by chart number, "
           "a course by start date and template, a visit by its position, an assessment by visit and instrument; "
           "importing the same file twice adds nothing the second time. Answers belong only to a visit that took "
           "place (done, on a date not in the future): a file whose visit differs from the database's visit (status, "
           "dates) is refused. A file that states a known patient's names, birth date or sex otherwise than the "
           "database is refused too, unless --keep-existing is given. A database that does not exist yet is "
           "created, only when the import succeeds (never by --check)."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("file"), tr("The CSV file to import."), QStringLiteral("FILE"));
    args.addOption(QStringLiteral("events"),
                   tr("Also import the clinical events in this CSV file (the events.csv that export writes beside "
                      "answers.csv); checked and imported with the answers, in the same transaction."),
                   QStringLiteral("FILE"));
    args.addFlag(QStringLiteral("check"), tr("Only check the file and report what would be added; write nothing."));
    args.addOption(QStringLiteral("reason"),
                   tr("The reason written to the audit trail (default: \"Imported from FILE\")."),
                   QStringLiteral("TEXT"));
    args.addFlag(
        QStringLiteral("keep-existing"),
        tr("Where the file states a known patient's names, birth date or sex otherwise than the database, keep "
           "the database's values and import the answers; the audit reason says so."));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<QString> path = args.required(QStringLiteral("file"));
    if (!path)
        return console.fail(path.error());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return console.fail(args.usageError(tr("--file: cannot read %1 (%2).").arg(*path, file.errorString())));
    const QByteArray bytes = file.readAll();
    const QString eventsPath = args.value(QStringLiteral("events"));
    QByteArray events;
    if (!eventsPath.isEmpty()) {
        QFile eventsFile(eventsPath);
        if (!eventsFile.open(QIODevice::ReadOnly))
            return console.fail(
                args.usageError(tr("--events: cannot read %1 (%2).").arg(eventsPath, eventsFile.errorString())));
        events = eventsFile.readAll();
    }

    // A new database file is made under a partial name and given its own only once the import has succeeded, so
    // that a failed import or a --check leaves nothing behind. A server's database exists already (its
    // administrator made it); the import's one transaction is what leaves it unchanged on failure.
    const QString target = args.databasePath();
    const Result<DatabaseFile::Header> header = DatabaseFile::inspect(target);
    const bool newFile = !Database::isServerAddress(target) && header &&
                         (header->kind == DatabaseFile::Kind::Missing || header->kind == DatabaseFile::Kind::Empty);
    const QString workPath = newFile ? DatabaseFile::partialPath(target) : target;
    const bool checkOnly = args.isSet(QStringLiteral("check"));
    QString reason = args.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        reason = tr("Imported from %1").arg(QFileInfo(*path).fileName());
    Result<std::unique_ptr<Database>> db = Database::open(workPath, {});
    if (db) {
        if (Status signedIn = args.signIn(**db); !signedIn)
            db = signedIn.error();
    }
    if (!db) {
        if (newFile)
            QFile::remove(workPath);
        return console.fail(db.error());
    }
    const Result<ImportSummary> summary = [&]() {
        const InstrumentLibrary library = args.instrumentLibrary();
        CsvImport import(**db, library);
        import.setKeepExisting(args.isSet(QStringLiteral("keep-existing")));
        if (!eventsPath.isEmpty())
            import.setEvents(events, QFileInfo(eventsPath).fileName());
        return checkOnly ? import.check(bytes) : import.run(bytes, reason);
    }();
    db->reset();
    if (newFile) {
        // The import's connection has closed, so the new file is complete without a log beside it.
        const Status published = summary && !checkOnly ? DatabaseFile::publish(workPath, target) : Status();
        QFile::remove(workPath);
        if (!published)
            return console.fail(published.error());
    }
    if (!summary)
        return console.fail(
            makeError(summary.error().kind, tr("%1: nothing was imported.\n%2").arg(*path, summary.error().message)));
    console.out()
        << (checkOnly ? tr("%1 lines checked; nothing was written.") : tr("%1 lines imported.")).arg(summary->rows)
        << '\n'
        << tr("Patients: %1 new, %2 already there.").arg(summary->patientsAdded).arg(summary->patientsFound) << '\n'
        << tr("Courses: %1 new, %2 already there.").arg(summary->coursesAdded).arg(summary->coursesFound) << '\n'
        << tr("Visits: %1 new, %2 already there.").arg(summary->visitsAdded).arg(summary->visitsFound) << '\n'
        << tr("Assessments: %1 new, %2 already there.").arg(summary->assessmentsAdded).arg(summary->assessmentsFound)
        << '\n';
    if (!eventsPath.isEmpty())
        console.out() << tr("Events: %1 new, %2 already there.").arg(summary->eventsAdded).arg(summary->eventsFound)
                      << '\n';
    if (!summary->keptExisting.isEmpty())
        console.out()
            << tr("The database's values were kept for: %1").arg(summary->keptExisting.join(QStringLiteral("; ")))
            << '\n';
    console.out().flush();
    return kExitSuccess;
}

} // namespace outcome::cli
