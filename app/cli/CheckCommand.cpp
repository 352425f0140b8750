// `check`: the integrity check of a database file, without changing it.
#include "AssessmentRepository.h"
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "DatabaseSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::CheckCommand", text);
}
} // namespace

int runCheck(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("check"),
                          tr("Checks a database file for damage without changing it: SQLite's quick check (the one "
                             "done on every start), or with --full the complete integrity check and a check of the "
                             "records: answers only on visits that "
                             "took place (done, with a date not in the future). On a clinic server (--db "
                             "postgresql://...) it checks the schema version, that the audit trail's guards are in "
                             "place and enabled, and that every constraint and index is valid.\n"
                             "Exit codes: 0 the file is sound, 3 it is damaged (or with --full holds such answers), "
                             "from a newer version or not a "
                             "database, 2 there is no such file, 1 the check could not run."));
    args.addDatabaseOption();
    args.addFlag(QStringLiteral("full"), tr("Run the complete integrity check (slower; also checks every index)."));
    args.addFlag(QStringLiteral("json"),
                 tr("Print {\"file\", \"ok\", \"check\", \"findings\", \"schema_version\", \"patients\", "
                    "\"assessments\", \"milliseconds\"} instead of a sentence."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;

    // The check runs below, so that every finding is reported.
    Result<std::unique_ptr<Database>> db = args.openDatabase(OpenOptions::asItIs());
    if (!db)
        return console.fail(db.error());
    if ((*db)->readableByOthers())
        console.err() << tr("Warning: other accounts on this computer can read %1. Make it private with: chmod 600 "
                            "\"%1\"")
                             .arg(args.databasePath())
                      << Qt::endl;
    const bool full = args.isSet(QStringLiteral("full"));
    QElapsedTimer timer;
    timer.start();
    const Result<QString> check = (*db)->integrityCheck(!full);
    const qint64 milliseconds = timer.elapsed();
    if (!check)
        return console.fail(
            makeError(ErrorKind::Refused, tr("%1 is damaged: %2").arg(args.databasePath(), check.error().message)));
    bool ok = *check == QLatin1String("ok");
    QStringList findings = ok ? QStringList() : check->split(QLatin1Char('\n'));
    // The full check also looks at what the records say: answers belong only to a visit that took place.
    QStringList notHeld;
    if (full && ok) {
        const Result<QStringList> found = AssessmentRepository(**db).onVisitsNotHeld(Clock::today());
        if (!found)
            return console.fail(found.error());
        notHeld = *found;
        for (const QString& line : notHeld)
            findings.append(tr("answers on a visit that did not take place: %1").arg(line));
    }
    db->reset();
    const DatabaseSummary summary = ok ? DatabaseSummary::of(args.databasePath()) : DatabaseSummary();
    ok = ok && notHeld.isEmpty();

    if (args.isSet(QStringLiteral("json"))) {
        console.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("file"), args.databasePath()},
                        {QStringLiteral("ok"), ok},
                        {QStringLiteral("check"), full ? QStringLiteral("full") : QStringLiteral("quick")},
                        {QStringLiteral("findings"), QJsonArray::fromStringList(findings)},
                        {QStringLiteral("schema_version"), summary.schemaVersion},
                        {QStringLiteral("patients"), summary.patients},
                        {QStringLiteral("assessments"), summary.assessments},
                        {QStringLiteral("milliseconds"), milliseconds}}));
    } else if (!notHeld.isEmpty()) {
        return console.fail(kExitRefused,
                            tr("%1 is undamaged, but it holds answers on visits that did not take place (not done, "
                               "without a date, or dated in the future):\n%2\nOpen each visit in Outcome Tracker "
                               "and record when it took place, or remove its answers.")
                                .arg(args.databasePath(), notHeld.join(QLatin1Char('\n'))));
    } else if (ok) {
        console.out() << tr("%1 is sound (%2 check in %3 ms; database version %4, %5 patients, %6 assessments).")
                             .arg(args.databasePath(), full ? tr("full") : tr("quick"))
                             .arg(milliseconds)
                             .arg(summary.schemaVersion)
                             .arg(summary.patients)
                             .arg(summary.assessments)
                      << Qt::endl;
    }
    if (!ok)
        return console.fail(kExitRefused, tr("%1 is damaged:\n%2\nRestore the latest good backup "
                                             "(outcome-tracker-cli restore --db %1 --latest).")
                                              .arg(args.databasePath(), findings.join(QLatin1Char('\n'))));
    return kExitSuccess;
}

} // namespace outcome::cli
