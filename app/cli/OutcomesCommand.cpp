// `outcomes`: the clinic outcomes table of one measure, per visit and group, as text or as JSON.
#include "ClinicOutcomes.h"
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "JsonWriter.h"
#include "OutcomeChoices.h"
#include "OutcomeCourseReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::OutcomesCommand", text);
}

// Every measure people see, as "instrument/measure".
QStringList measureKeys(const InstrumentLibrary& library)
{
    QStringList keys;
    for (const InstrumentDefinition* definition : library.definitions()) {
        for (const MeasureDefinition* measure : definition->reportedMeasures())
            keys.append(definition->id + QLatin1Char('/') + measure->id);
    }
    return keys;
}

template <typename T> void addOptional(JsonObjectWriter& writer, QStringView key, const std::optional<T>& value)
{
    if (value)
        writer.add(key, *value);
    else
        writer.addNull(key);
}

QString visitJson(const VisitOutcome& row)
{
    JsonObjectWriter writer;
    writer.add(u"visit", row.visit);
    for (const VisitFigure& figure : visitFigures(row)) {
        if (!figure.value)
            writer.addNull(figure.name);
        else if (figure.whole)
            writer.add(figure.name, qRound(*figure.value));
        else
            writer.add(figure.name, *figure.value);
    }
    return writer.text();
}

QString arrayJson(const QStringList& elements)
{
    return QLatin1Char('[') + elements.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The documented contract: exactly these keys, in this order, numbers unrounded.
QString outcomesJson(const QString& measureKey, OutcomeGrouping grouping, const ClinicOutcomes& outcomes)
{
    QStringList groups;
    for (const GroupOutcome& group : outcomes.groups()) {
        QStringList visits;
        for (const VisitOutcome& row : group.visits)
            visits.append(visitJson(row));
        groups.append(JsonObjectWriter()
                          .add(u"group", group.group)
                          .add(u"courses", group.courses)
                          .addRaw(u"visits", arrayJson(visits))
                          .text());
    }
    QStringList comparisons;
    for (const OutcomeComparison& comparison : outcomes.comparisons()) {
        JsonObjectWriter writer;
        writer.add(u"group", comparison.group)
            .add(u"reference", comparison.reference)
            .add(u"visit", comparison.visit)
            .add(u"difference", comparison.difference);
        addOptional(writer, u"ci_low", comparison.ciLow);
        addOptional(writer, u"ci_high", comparison.ciHigh);
        comparisons.append(writer.text());
    }
    JsonObjectWriter writer;
    writer.add(u"measure", measureKey)
        .add(u"by", ClinicOutcomes::groupingCode(grouping))
        .add(u"courses", outcomes.courseCount())
        .addRaw(u"groups", arrayJson(groups));
    if (outcomes.groups().size() >= 2)
        writer.addRaw(u"comparisons", arrayJson(comparisons));
    return writer.text();
}

QString decimal(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString percent(const std::optional<double>& rate)
{
    return rate ? QString::number(*rate * 100, 'f', 0) + QLatin1Char('%') : QStringLiteral("-");
}

void printTable(QTextStream& out, const QString& measureKey, const ClinicOutcomes& outcomes, int decimals)
{
    out << tr("%1: %2 courses").arg(measureKey).arg(outcomes.courseCount()) << '\n';
    for (const GroupOutcome& group : outcomes.groups()) {
        out << '\n' << tr("%1 (%2 courses)").arg(group.group).arg(group.courses) << '\n';
        out << tr("Visit").leftJustified(12) << tr("n").rightJustified(6) << tr("mean").rightJustified(9)
            << tr("SD").rightJustified(8) << "  " << tr("95% CI").leftJustified(18)
            << tr("median [Q1, Q3]").leftJustified(22) << tr("change (n)").leftJustified(16)
            << tr("responders").leftJustified(12) << tr("out of range") << '\n';
        for (const VisitOutcome& row : group.visits) {
            const QString ci =
                row.ciLow ? decimal(row.ciLow, decimals) + QStringLiteral(" to ") + decimal(row.ciHigh, decimals)
                          : QStringLiteral("-");
            const QString spread = row.median ? decimal(row.median, decimals) + QStringLiteral(" [") +
                                                    decimal(row.q1, decimals) + QStringLiteral(", ") +
                                                    decimal(row.q3, decimals) + QLatin1Char(']')
                                              : QStringLiteral("-");
            const QString change = decimal(row.changeMean, decimals) + QStringLiteral(" (") +
                                   QString::number(row.changeN) + QLatin1Char(')');
            const QString responders =
                row.responders ? QStringLiteral("%1 %2").arg(*row.responders).arg(percent(row.responderRate))
                               : QStringLiteral("-");
            const QString outside = row.outOfRange
                                        ? QStringLiteral("%1 %2").arg(*row.outOfRange).arg(percent(row.outOfRangeRate))
                                        : QStringLiteral("-");
            out << row.visit.leftJustified(12) << QString::number(row.n).rightJustified(6)
                << decimal(row.mean, decimals).rightJustified(9) << decimal(row.sd, decimals).rightJustified(8) << "  "
                << ci.leftJustified(18) << spread.leftJustified(22) << change.leftJustified(16)
                << responders.leftJustified(12) << outside << '\n';
        }
    }
    if (!outcomes.comparisons().isEmpty()) {
        out << '\n'
            << tr("Difference in mean change from baseline against %1 (95% CI, Welch):").arg(outcomes.reference())
            << '\n';
        for (const OutcomeComparison& comparison : outcomes.comparisons()) {
            out << comparison.group.leftJustified(28) << comparison.visit.leftJustified(12)
                << QString::number(comparison.difference, 'f', decimals).rightJustified(9) << "  "
                << (comparison.ciLow ? decimal(comparison.ciLow, decimals) + QStringLiteral(" to ") +
                                           decimal(comparison.ciHigh, decimals)
                                     : QStringLiteral("-"))
                << '\n';
        }
    }
    out.flush();
}

// The filters naming templates, treatments, clinicians or a visit: a name no course has is refused with the names
// there are, as a typing mistake would otherwise print an empty table.
Status chooseCourses(const CommandArguments& args, const QList<OutcomeCourse>& courses, OutcomeFilter& filter)
{
    const OutcomeChoices choices = OutcomeChoices::of(courses);
    const auto choose = [&args](const QString& option, const QStringList& recorded, QString& into) -> Status {
        if (!args.isSet(option))
            return {};
        into = args.value(option);
        if (recorded.contains(into))
            return {};
        const QString known = recorded.isEmpty()
                                  ? tr("none is recorded")
                                  : tr("the recorded ones are: %1").arg(recorded.join(QStringLiteral(", ")));
        return args.usageError(tr("--%1: no course has \"%2\"; %3.").arg(option, into, known));
    };
    if (Status status = choose(QStringLiteral("template"), choices.templates, filter.templateName); !status)
        return status;
    if (Status status = choose(QStringLiteral("treatment"), choices.treatments, filter.treatmentLabel); !status)
        return status;
    if (Status status = choose(QStringLiteral("clinician"), choices.clinicians, filter.clinician); !status)
        return status;
    filter.includeArchived = !args.isSet(QStringLiteral("without-archived"));
    return choose(QStringLiteral("complete-at"), choices.visits, filter.completeAt);
}

} // namespace

int runOutcomes(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("outcomes"),
        tr("Prints how the clinic's courses went on one measure: per visit and group, n, mean, SD, 95% CI of the "
           "mean (t), median and quartiles (type 7), mean change from baseline, responders (meaningful improvement, "
           "95% Wilson interval) and, for blood markers, values outside the reference range; then each group's "
           "difference in mean change against the reference group (95% CI, Welch)."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("measure"), tr("The measure, for example odi/total, nrs/pain or markers/crp."),
                   QStringLiteral("INSTRUMENT/MEASURE"));
    args.addOption(QStringLiteral("by"), tr("Group the courses: none, treatment or template (default none)."),
                   QStringLiteral("GROUPING"), QStringLiteral("none"));
    args.addOption(QStringLiteral("reference"), tr("The group the others are compared with (default: the largest)."),
                   QStringLiteral("GROUP"));
    args.addOption(QStringLiteral("from"), tr("Only courses started on or after this date."), QStringLiteral("DATE"));
    args.addOption(QStringLiteral("to"), tr("Only courses started on or before this date."), QStringLiteral("DATE"));
    args.addOption(QStringLiteral("template"), tr("Only courses of this course template (its name)."),
                   QStringLiteral("NAME"));
    args.addOption(QStringLiteral("treatment"), tr("Only courses with this treatment label."), QStringLiteral("LABEL"));
    args.addOption(QStringLiteral("clinician"), tr("Only courses this clinician treats (where one was recorded)."),
                   QStringLiteral("NAME"));
    args.addFlag(QStringLiteral("without-archived"), tr("Leave out the courses of archived patients."));
    args.addOption(QStringLiteral("complete-at"),
                   tr("Only courses with a value at this visit (for example \"3 months\"), so every visit counts the "
                      "same courses."),
                   QStringLiteral("VISIT"));
    args.addFlag(QStringLiteral("json"), tr("Print one JSON object instead of a table."));
    args.addOption(QStringLiteral("pdf"),
                   tr("Also write the clinic outcomes report (filters, tables, charts and definitions) to this PDF "
                      "file; paper size from the locale."),
                   QStringLiteral("FILE"));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;

    const Result<QString> measureKey = args.required(QStringLiteral("measure"));
    if (!measureKey)
        return console.fail(measureKey.error());
    const InstrumentLibrary library = args.instrumentLibrary();
    const QStringList keys = measureKeys(library);
    if (!keys.contains(*measureKey))
        return console.fail(args.usageError(tr("--measure: unknown measure \"%1\"; the measures are: %2.")
                                                .arg(*measureKey, keys.join(QStringLiteral(", ")))));
    const QString instrumentId = measureKey->section(QLatin1Char('/'), 0, 0);
    const QString measureId = measureKey->section(QLatin1Char('/'), 1);
    const MeasureDefinition& measure = *library.find(instrumentId)->measure(measureId);

    const std::optional<OutcomeGrouping> grouping = ClinicOutcomes::groupingFromCode(args.value(QStringLiteral("by")));
    if (!grouping)
        return console.fail(args.usageError(
            tr("--by must be none, treatment or template (got \"%1\").").arg(args.value(QStringLiteral("by")))));
    OutcomeFilter filter;
    for (const auto& [option, date] :
         {std::pair{QStringLiteral("from"), &filter.startedFrom}, std::pair{QStringLiteral("to"), &filter.startedTo}}) {
        if (!args.isSet(option))
            continue;
        const Result<QDate> parsed = args.date(option);
        if (!parsed)
            return console.fail(parsed.error());
        *date = *parsed;
    }

    const QString pdf = args.value(QStringLiteral("pdf"));
    if (args.isSet(QStringLiteral("pdf")) &&
        QFileInfo(pdf).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return console.fail(args.usageError(tr("--pdf must be a file ending in .pdf (got \"%1\").").arg(pdf)));

    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    const Result<QList<OutcomeCourse>> courses = OutcomeCourseReader(**db).read(library, instrumentId, measureId);
    if (!courses)
        return console.fail(courses.error());
    if (const Status chosen = chooseCourses(args, *courses, filter); !chosen)
        return console.fail(chosen.error());
    const Result<ClinicOutcomes> outcomes =
        ClinicOutcomes::compute(measure, *courses, filter, *grouping, args.value(QStringLiteral("reference")));
    if (!outcomes)
        return console.fail(outcomes.error().kind == ErrorKind::NotFound
                                ? args.usageError(QStringLiteral("--reference: ") + outcomes.error().message)
                                : outcomes.error());

    if (args.isSet(QStringLiteral("pdf"))) {
        // Only ever run in the drawing program: outcome-tracker-cli hands `outcomes --pdf` over to it.
        const OutcomesPdfRequest request{db->get(), &*outcomes, &measure, *measureKey, filter, *grouping, pdf};
        if (const Status written = drawing().outcomesPdf(request); !written)
            return console.fail(written.error());
    }

    if (args.isSet(QStringLiteral("json"))) {
        console.out() << outcomesJson(*measureKey, *grouping, *outcomes) << '\n';
        console.out().flush();
        return kExitSuccess;
    }
    printTable(console.out(), *measureKey, *outcomes, std::max(1, measure.decimals));
    return kExitSuccess;
}

} // namespace outcome::cli
