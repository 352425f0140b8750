// `migrate`: moves a single clinician's database file into the clinic's empty server database, checked by counts and
// a content checksum on both sides.
#include "CommandArguments.h"
#include "CommandLine.h"
#include "DatabaseCopy.h"
#include "OutcomeCourseReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::MigrateCommand", text);
}
} // namespace

int runMigrate(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("migrate"),
        tr("Moves everything in a database file (patients, courses, visits, answers, events, settings, course "
           "templates, accounts and the audit trail) into an empty database, usually the clinic's server: "
           "--to postgresql://USER@HOST:PORT/DATABASE. The file itself is not changed. The copy is one transaction, "
           "kept only "
           "when every table's row count and content checksum agree on both sides; a database that already holds "
           "records is refused.\n"
           "Exit codes: 0 moved and checked, 2 bad options or no such file, 3 the target holds records or a database "
           "was refused, 4 sign-in refused, 1 the move failed (nothing was written)."));
    args.addOption(QStringLiteral("from"), tr("The database file to move."), QStringLiteral("FILE"));
    args.addOption(QStringLiteral("to"), tr("The empty database to move it into (a server address, or a new file)."),
                   QStringLiteral("DATABASE"));
    args.addSignInOption(Permission::Administration);
    args.addInstrumentsOption(); // the clinic's own definitions score what the target keeps
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<QString> from = args.required(QStringLiteral("from"));
    if (!from)
        return console.fail(from.error());
    const Result<QString> to = args.required(QStringLiteral("to"));
    if (!to)
        return console.fail(to.error());

    // Opened as the program opens it (an older file is upgraded first, so that both sides have the same tables);
    // nothing in it is changed by the move.
    OpenOptions existing;
    existing.createIfMissing = false;
    Result<std::unique_ptr<Database>> source = Database::open(*from, existing);
    if (!source)
        return console.fail(args.optionError(QStringLiteral("from"), source.error()));
    // Everything is read, account hashes too: with accounts, only an administrator of the file may move it.
    if (Status signedIn = args.signIn(**source); !signedIn)
        return console.fail(signedIn.error());
    Result<std::unique_ptr<Database>> target = Database::open(*to);
    if (!target)
        return console.fail(target.error());

    QElapsedTimer timer;
    timer.start();
    const Result<QList<TableFigures>> moved =
        DatabaseCopy::copy(**source, **target, [&console](const TableFigures& table) {
            console.err() << tr("%1: %2 rows, checksum %3 on both sides")
                                 .arg(table.table)
                                 .arg(table.rows)
                                 .arg(QString::fromLatin1(table.checksum.left(16)))
                          << Qt::endl;
        });
    if (!moved)
        return console.fail(moved.error());
    // Scores are derived, so they are not moved: the target keeps its own (a reader would score them otherwise).
    (void)OutcomeCourseReader(**target).keepScores(args.instrumentLibrary());
    qint64 rows = 0;
    for (const TableFigures& table : *moved)
        rows += table.rows;
    console.out() << tr("Moved %1 rows in %2 tables from %3 to %4; counts and checksums agree (%5 ms).")
                         .arg(rows)
                         .arg(moved->size())
                         .arg((*source)->path(), (*target)->path())
                         .arg(timer.elapsed())
                  << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
