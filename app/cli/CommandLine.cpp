// The command table and the program's start-up.
#include "CommandLine.h"

#include "Console.h"
#include "PrivateFile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::CommandLine", text);
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
    {"export", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Export data as CSV files or a FHIR R4 bundle."), false,
     &runExport},
    {"import", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Import item-level answers from a CSV file."), false,
     &runImport},
    {"chart", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Draw a chart of a patient's course to PNG, SVG or PDF."),
     true, &runChart},
    {"report", QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Write PDF referral summaries of patients' courses."),
     true, &runReport},
    {"outcomes",
     QT_TRANSLATE_NOOP("outcome::cli::CommandLine", "Print the clinic's outcomes of one measure per visit."), false,
     &runOutcomes},
};

// Charts and PDFs need a QApplication; without a display it draws offscreen, so the tool runs on servers too.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv, bool needsGui)
{
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}

void printUsage(QTextStream& stream)
{
    stream << tr("Usage: outcome-tracker-cli COMMAND [OPTIONS]") << "\n\n" << tr("Commands:") << '\n';
    for (const Command& command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(14)
               << QCoreApplication::translate("outcome::cli::CommandLine", command.summary) << '\n';
    stream << '\n'
           << tr("Run \"outcome-tracker-cli COMMAND --help\" for a command's options.") << '\n'
           << tr("Exit codes: 0 success, 1 failure, 2 bad input or usage, 3 database refused.") << '\n';
    stream.flush();
}

} // namespace

int run(int argc, char** argv)
{
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
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, chosen && (chosen->needsGui || drawsPdf));
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
    return chosen->run(arguments.mid(1), console);
}

} // namespace outcome::cli
