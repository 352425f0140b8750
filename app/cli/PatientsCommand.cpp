// `patients`: list or search the register, as a table or as JSON.
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "PatientRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::PatientsCommand", text);
}
} // namespace

int runPatients(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("patients"),
                          tr("Lists patients (chart number, name, date of birth, current course status)."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Register);
    args.addOption(QStringLiteral("search"), tr("Only patients whose name, chart number or date of birth match."),
                   QStringLiteral("TEXT"));
    args.addOption(QStringLiteral("limit"), tr("At most this many patients (default 1000000)."), QStringLiteral("N"),
                   QStringLiteral("1000000"));
    args.addFlag(QStringLiteral("archived"), tr("Include archived patients."));
    args.addFlag(QStringLiteral("json"), tr("Print a JSON array instead of a table."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<int> limit = args.integer(QStringLiteral("limit"), 1, 1000000);
    if (!limit)
        return console.fail(limit.error());

    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    const QDate today = Clock::today();
    Result<QList<PatientListEntry>> entries = PatientRepository(**db).search(
        args.value(QStringLiteral("search")), args.isSet(QStringLiteral("archived")), *limit, today);
    if (!entries)
        return console.fail(entries.error());

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PatientListEntry& entry : *entries) {
            const Patient& patient = entry.patient;
            array.append(QJsonObject{
                {QStringLiteral("chart"), patient.chartNumber},
                {QStringLiteral("name"), patient.displayName()},
                {QStringLiteral("family_name"), patient.familyName},
                {QStringLiteral("given_name"), patient.givenName},
                {QStringLiteral("birth_date"), patient.birthDate.toString(Qt::ISODate)},
                {QStringLiteral("sex"), sexToCode(patient.sex)},
                {QStringLiteral("language"), patient.language.isEmpty() ? QStringLiteral("en") : patient.language},
                {QStringLiteral("archived"), patient.archived},
                {QStringLiteral("course_status"),
                 entry.hasCourse ? QJsonValue(coursePhaseToCode(entry.phase)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("next_due"), entry.nextDue.isValid() ? QJsonValue(entry.nextDue.toString(Qt::ISODate))
                                                                     : QJsonValue(QJsonValue::Null)},
            });
        }
        console.printJson(QJsonDocument(array));
        return kExitSuccess;
    }

    QTextStream& out = console.out();
    out << tr("Chart").leftJustified(12) << tr("Name").leftJustified(34) << tr("Born").leftJustified(12) << tr("Course")
        << '\n';
    for (const PatientListEntry& entry : *entries) {
        const Patient& patient = entry.patient;
        QString course = entry.hasCourse ? coursePhaseDisplayName(entry.phase) : tr("no course");
        if (entry.nextDue.isValid())
            course += tr(", next visit %1").arg(entry.nextDue.toString(Qt::ISODate));
        if (patient.archived)
            course += tr(" (archived)");
        out << patient.chartNumber.leftJustified(12) << patient.displayName().leftJustified(34)
            << patient.birthDate.toString(Qt::ISODate).leftJustified(12) << course << '\n';
    }
    out.flush();
    return kExitSuccess;
}

} // namespace outcome::cli
