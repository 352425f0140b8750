// The command table and the program's start-up.
#include "CommandLine.h"

#include "Console.h"
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <process.h>
#else
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::CommandLine", text);
}

Drawing g_drawing;

// Run only in the drawing program: outcome-tracker-cli hands these commands over before they start.
int runChartCommand(const QStringList& arguments, Console& console)
{
    return g_drawing.chart(arguments, console);
}

int runReportCommand(const QStringList& arguments, Console& console)
{
    return g_drawing.report(arguments, console);
}

int runFormCommand(const QStringList& arguments, Console& console)
{
    return g_drawing.form(arguments, console);
}

const Command kCommands[] = {
    {"patients", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "List or search patients."), false, &runPatients},
    {"demo", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Create a realistic demo clinic database."), false,
     &runDemo},
    {"score", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Score one set of answers (no database)."), false,
     &runScore},
    {"instruments", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "List the instrument definitions."), false,
     &runInstruments},
    {"check", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Check a database file for damage."), false, &runCheck},
    {"backup", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Make a verified backup of a database."), false,
     &runBackup},
    {"restore", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Replace a database with one of its backups."), false,
     &runRestore},
    {"migrate", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Move a database file into the clinic's empty server."),
     false, &runMigrate},
    {"export", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Export data as CSV files or a FHIR R4 bundle."), false,
     &runExport},
    {"unseal", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Open an encrypted export archive into a folder."), false,
     &runUnseal},
    {"users", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Manage the clinic's accounts and roles."), false,
     &runUsers},
    {"import", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Import item-level answers from a CSV file."), false,
     &runImport},
    {"chart", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Draw a chart of a patient's course to PNG, SVG or PDF."),
     true, &runChartCommand},
    {"report", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Write PDF referral summaries of patients' courses."),
     true, &runReportCommand},
    {"form", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Write printed questionnaires of a visit, or a blank one."),
     true, &runFormCommand},
    {"outcomes",
     QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Print the clinic's outcomes of one measure per visit."), false,
     &runOutcomes},
};

// Charts and PDFs need a QApplication, which only the drawing program makes; without a display it draws
// offscreen, so the tool runs on servers too.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv, bool needsGui)
{
    if (!needsGui || !g_drawing.application)
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return g_drawing.application(argc, argv);
}

void printUsage(QTextStream& stream)
{
    stream << tr("Usage: outcome-tracker-cli COMMAND [OPTIONS]") << "\n\n" << tr("Commands:") << '\n';
    for (const Command& command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(14)
               << QCoreApplication::translate("outcome::cli::CommandLine", command.summary) << '\n';
    stream << '\n'
           << tr("Run \"outcome-tracker-cli COMMAND --help\" for a command's options.") << '\n'
           << tr("Exit codes: 0 success, 1 failure, 2 bad input or usage, 3 database refused, 4 sign-in, role or "
                 "passphrase refused.")
           << '\n';
    stream.flush();
}

// Replaces this process by the drawing program with the same arguments (on Windows, runs it and passes its exit
// code on). Returns only if that program could not be started.
int handOverToDrawing(char** argv, Console& console)
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(drawingProgramName());
    if (QFileInfo(program).isExecutable()) {
        const QByteArray path = QFile::encodeName(program);
#ifdef Q_OS_WIN
        const intptr_t exitCode = _spawnv(_P_WAIT, path.constData(), argv);
        if (exitCode >= 0)
            return int(exitCode);
#else
        ::execv(path.constData(), argv);
#endif
    }
    console.err() << tr("The chart, report, form and outcomes --pdf commands are run by %1, which could not be started "
                        "from %2. Reinstall Outcome Tracker.")
                         .arg(drawingProgramName(), QDir::toNativeSeparators(program))
                  << '\n';
    console.err().flush();
    return kExitFailure;
}

} // namespace

QString drawingProgramName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("outcome-tracker-cli-draw.exe");
#else
    return QStringLiteral("outcome-tracker-cli-draw");
#endif
}

const Drawing& drawing()
{
    return g_drawing;
}

int run(int argc, char** argv, const Drawing* drawingCommands)
{
    if (drawingCommands)
        g_drawing = *drawingCommands;
    // Everything this program writes (databases, backups, exports, reports) holds patient data.
    PrivateFile::restrictNewFiles();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Command* chosen = nullptr;
    if (!arguments.isEmpty()) {
        for (const Command& command : kCommands) {
            if (arguments.first() == QLatin1String(command.name))
                chosen = &command;
        }
    }

    // `outcomes` draws only for its PDF report: the table alone stays a plain, fast read.
    const bool drawsPdf = chosen && qstrcmp(chosen->name, "outcomes") == 0 &&
                          std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& argument) {
                              return argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf="));
                          });
    const bool draws = chosen && (chosen->needsGui || drawsPdf);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, draws && drawingCommands);
    QCoreApplication::setOrganizationName(QStringLiteral("OutcomeTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("outcome-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OT_VERSION));
    Console console;

    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        if (arguments.isEmpty()) {
            printUsage(console.err());
            return kExitBadInput;
        }
        printUsage(console.out());
        return kExitSuccess;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v")) {
        console.out() << "outcome-tracker-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return kExitSuccess;
    }
    if (!chosen) {
        console.err() << tr("Unknown command \"%1\".").arg(arguments.first()) << '\n';
        printUsage(console.err());
        return kExitBadInput;
    }
    if (draws && !drawingCommands)
        return handOverToDrawing(argv, console);
    return chosen->run(arguments.mid(1), console);
}

} // namespace outcome::cli
