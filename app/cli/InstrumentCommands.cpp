// `score` (one set of answers scored without a database) and `instruments` (the loaded definitions).
#include "AnswerList.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "InstrumentLibrary.h"
#include "ScoreJson.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::InstrumentCommands", text);
}

QStringList knownIds(const InstrumentLibrary& library)
{
    QStringList ids;
    for (const InstrumentDefinition* definition : library.definitions())
        ids.append(definition->id);
    return ids;
}

} // namespace

int runScore(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("score"),
                          tr("Scores one set of answers without a database and prints the result as JSON.\n"
                             "Answers are comma-separated in item order, codes as printed on the form; leave an "
                             "entry empty for an unanswered item (3,2,,4,1,0,2,1,,5)."));
    args.addPositional(QStringLiteral("instrument"), tr("The instrument id (see `instruments`)."),
                       QStringLiteral("INSTRUMENT"));
    args.addOption(QStringLiteral("answers"), tr("The answers, one entry per item."), QStringLiteral("LIST"));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    if (args.positional().size() != 1)
        return console.fail(args.usageError(tr("name one instrument (for example: score odi --answers ...).")));
    if (!args.isSet(QStringLiteral("answers")))
        return console.fail(args.usageError(tr("--answers is required.")));

    const InstrumentLibrary library = args.instrumentLibrary();
    const QString id = args.positional().first();
    const InstrumentDefinition* definition = library.find(id);
    if (!definition)
        return console.fail(args.usageError(
            tr("unknown instrument \"%1\" (known: %2).").arg(id, knownIds(library).join(QStringLiteral(", ")))));
    const Result<AnswerSet> answers = AnswerList::parse(*definition, args.value(QStringLiteral("answers")));
    if (!answers)
        return console.fail(answers.error());
    const ScoreResult result = ScoringEngine::score(*definition, *answers);
    console.out() << QString::fromUtf8(
                         QJsonDocument(ScoreJson::toJson(*definition, result)).toJson(QJsonDocument::Compact))
                  << Qt::endl;
    return kExitSuccess;
}

int runInstruments(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("instruments"),
                          tr("Lists the instrument definitions: the bundled ones and the clinic's own. A definition "
                             "file that cannot be loaded is reported on stderr with the field and the problem."));
    args.addInstrumentsOption();
    args.addFlag(QStringLiteral("json"), tr("Print a JSON array instead of a table."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const InstrumentLibrary library = args.instrumentLibrary();
    for (const Error& problem : library.problems())
        console.err() << problem.message << Qt::endl;

    const QList<InstrumentSummary> summaries = library.summaries();
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const InstrumentSummary& summary : summaries)
            array.append(QJsonObject{{QStringLiteral("id"), summary.id},
                                     {QStringLiteral("name"), summary.name},
                                     {QStringLiteral("version"), summary.version},
                                     {QStringLiteral("items"), summary.itemCount},
                                     {QStringLiteral("origin"), codeOf(kDefinitionOriginCodes, summary.origin)},
                                     {QStringLiteral("active"), summary.active},
                                     {QStringLiteral("file"), summary.filePath}});
        console.printJson(QJsonDocument(array));
        return kExitSuccess;
    }
    QTextStream& out = console.out();
    out << tr("Id").leftJustified(10) << tr("Version").leftJustified(10) << tr("Items").leftJustified(7)
        << tr("Source").leftJustified(10) << tr("Name") << '\n';
    for (const InstrumentSummary& summary : summaries) {
        QString source = summary.origin == DefinitionOrigin::Bundled ? tr("bundled") : tr("clinic");
        if (!summary.active)
            source += QLatin1Char('*');
        out << summary.id.leftJustified(10) << summary.version.leftJustified(10)
            << QString::number(summary.itemCount).leftJustified(7) << source.leftJustified(10) << summary.name << '\n';
    }
    if (std::any_of(summaries.cbegin(), summaries.cend(), [](const InstrumentSummary& s) { return !s.active; }))
        out << tr("* replaced by a clinic definition for new entries; kept for scores stored with it.") << '\n';
    out.flush();
    return kExitSuccess;
}

} // namespace outcome::cli
