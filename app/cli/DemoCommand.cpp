// `demo`: creates a reproducible demo clinic in a new database file.
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "DemoClinic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::DemoCommand", text);
}
} // namespace

int runDemo(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("demo"),
                          tr("Creates a demo clinic: patients mid-course, in follow-up and discharged, with realistic "
                             "scores. The same seed gives the same contents."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("patients"), tr("How many patients (1-1000000, default 200)."), QStringLiteral("N"),
                   QStringLiteral("200"));
    args.addOption(QStringLiteral("seed"), tr("Random seed (0-4294967295, default 1)."), QStringLiteral("S"),
                   QStringLiteral("1"));
    args.addOption(QStringLiteral("today"), tr("The day the demo is built around (default: today)."),
                   QStringLiteral("YYYY-MM-DD"), Clock::today().toString(Qt::ISODate));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    if (!args.isSet(QStringLiteral("db")))
        return console.fail(args.usageError(tr("--db is required: the demo goes into a new file of your choice.")));
    const Result<int> patients = args.integer(QStringLiteral("patients"), 1, 1000000);
    if (!patients)
        return console.fail(patients.error());
    bool seedOk = false;
    const quint32 seed = args.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk)
        return console.fail(args.usageError(tr("--seed: \"%1\" is not allowed (a whole number 0-4294967295).")
                                                .arg(args.value(QStringLiteral("seed")))));
    const Result<QDate> today = args.date(QStringLiteral("today"));
    if (!today)
        return console.fail(today.error());

    OpenOptions options;
    options.quickCheck = false;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());

    QElapsedTimer timer;
    timer.start();
    DemoOptions demo;
    demo.patients = *patients;
    demo.seed = seed;
    demo.today = *today;
    const Status status = DemoClinic::generate(**db, demo, [&console](int done, int total) {
        console.err() << tr("%1 of %2 patients").arg(done).arg(total) << Qt::endl;
    });
    if (!status)
        return console.fail(status.error());
    console.err()
        << tr("Created %1 demo patients in %2 (%3 ms).").arg(*patients).arg((*db)->path()).arg(timer.elapsed())
        << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
