// `export`: CSV files for analysis and exchange, or a FHIR R4 bundle, of every patient or one.
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CsvExport.h"
#include "DatabaseFile.h"
#include "FhirExport.h"
#include "PatientRecordReader.h"
#include "PrivateFile.h"

#include <QCoreApplication>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::ExportCommand", text);
}
} // namespace

int runExport(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("export"),
        tr("Exports patients' data.\n"
           "--format csv writes into the folder --out: answers.csv (item-level answers; the format `import` "
           "reads), scores.csv (one score per line), wide.csv (one line per patient and course, one column per "
           "measure and visit, names safe for R, SPSS and Stata), wide-columns.csv (what each column holds) and "
           "audit.csv (every change, field by field). UTF-8, RFC 4180.\n"
           "--format fhir writes a FHIR R4 Bundle (type collection: Patient, QuestionnaireResponse per assessment, "
           "Observation per score) as JSON to the file --out, or to standard output with --out -."));
    args.addDatabaseOption();
    args.addOption(QStringLiteral("format"), tr("csv or fhir."), QStringLiteral("FORMAT"));
    args.addOption(QStringLiteral("out"), tr("The folder (csv) or file (fhir, - for standard output) to write."),
                   QStringLiteral("PATH"));
    args.addOption(QStringLiteral("patient"), tr("Only the patient with this chart number."), QStringLiteral("CHART"));
    args.addFlag(QStringLiteral("deidentified"),
                 tr("Leave out names, dates of birth, chart numbers, contact details, notes and the audit file; a "
                    "stable pseudonymous patient_id and the age in years stand in for them."));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const QString format = args.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("fhir"))
        return console.fail(args.usageError(tr("--format: \"%1\" is not allowed (csv or fhir).").arg(format)));
    const Result<QString> out = args.required(QStringLiteral("out"));
    if (!out)
        return console.fail(out.error());
    const bool deidentified = args.isSet(QStringLiteral("deidentified"));

    OpenOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    const InstrumentLibrary library = args.instrumentLibrary();
    Result<ExportIdentity> identity = ExportIdentity::load(**db);
    if (!identity)
        return console.fail(identity.error());
    const QString chart = args.value(QStringLiteral("patient")).trimmed();
    Result<QList<PatientRecord>> records = PatientRecordReader(**db).read(chart, format == QLatin1String("csv"));
    if (!records) {
        if (records.error().kind == ErrorKind::NotFound)
            return console.fail(args.usageError(tr("--patient: %1").arg(records.error().message)));
        return console.fail(records.error());
    }

    if (format == QLatin1String("csv")) {
        Result<QStringList> written = CsvExport(library, *identity, deidentified).writeFolder(*records, *out);
        if (!written)
            return console.fail(written.error());
        for (const QString& path : *written)
            console.out() << path << '\n';
        console.out().flush();
        return kExitSuccess;
    }
    const QByteArray json =
        QJsonDocument(FhirExport(library, *identity, deidentified).bundle(*records, Clock::nowUtc()))
            .toJson(QJsonDocument::Indented);
    if (*out == QLatin1String("-")) {
        console.out() << QString::fromUtf8(json);
        console.out().flush();
        return kExitSuccess;
    }
    if (Status status = DatabaseFile::refuseOverwrite(*out); !status)
        return console.fail(args.usageError(QStringLiteral("--out: ") + status.error().message));
    if (Status status = PrivateFile::write(*out, json); !status)
        return console.fail(status.error());
    console.out() << *out << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
