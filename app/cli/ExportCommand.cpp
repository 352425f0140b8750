// `export`: CSV files for analysis and exchange, or a FHIR R4 bundle, of every patient or one.
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CsvExport.h"
#include "DatabaseFile.h"
#include "FhirExport.h"
#include "PatientRecordReader.h"
#include "SealedArchive.h"

#include <QCoreApplication>
#include <QDir>

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
           "measure and visit, names safe for R, SPSS and Stata), wide-columns.csv (what each column holds), "
           "events.csv (the clinical events; `import --events` reads it) and "
           "audit.csv (every change, field by field). UTF-8, RFC 4180.\n"
           "--format fhir writes a FHIR R4 Bundle (type collection: Patient, QuestionnaireResponse per assessment, "
           "Observation per score) as JSON to the file --out, or to standard output with --out -.\n"
           "With --encrypt, --out is one file holding all of it, encrypted with the passphrase on the first line of "
           "standard input (XChaCha20-Poly1305, key by Argon2id), for sending; `unseal` opens it."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("format"), tr("csv or fhir."), QStringLiteral("FORMAT"));
    args.addOption(QStringLiteral("out"), tr("The folder (csv) or file (fhir, - for standard output) to write."),
                   QStringLiteral("PATH"));
    args.addOption(QStringLiteral("patient"), tr("Only the patient with this chart number."), QStringLiteral("CHART"));
    args.addFlag(QStringLiteral("deidentified"),
                 tr("Leave out names, dates of birth, chart numbers, contact details, dates, free text (treatment "
                    "and visit labels, notes) and the audit file; a stable pseudonymous patient_id, the age in years "
                    "and days from the course start stand in for them."));
    args.addFlag(QStringLiteral("include-free-text"),
                 tr("With --deidentified: keep treatment labels, visit labels and visit notes (check them for "
                    "names first)."));
    args.addFlag(QStringLiteral("spreadsheet"),
                 tr("With --format csv: files for a spreadsheet rather than for R or pandas: a byte-order mark, and "
                    "text that looks like a number (version \"1.0\", chart number \"000123\") written as =\"1.0\" "
                    "so it stays text. import reads only the plain files."));
    args.addFlag(QStringLiteral("encrypt"),
                 tr("Write one encrypted archive to --out (a new file, usually ending in .otx) with the passphrase "
                    "read from standard input (at least 10 characters)."));
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
    ExportOptions exportOptions;
    exportOptions.deidentified = args.isSet(QStringLiteral("deidentified"));
    exportOptions.includeFreeText = args.isSet(QStringLiteral("include-free-text"));
    exportOptions.spreadsheet = args.isSet(QStringLiteral("spreadsheet"));
    if (exportOptions.includeFreeText && !exportOptions.deidentified)
        return console.fail(args.usageError(tr("--include-free-text: only with --deidentified.")));
    const bool encrypt = args.isSet(QStringLiteral("encrypt"));
    if (encrypt && *out == QLatin1String("-"))
        return console.fail(args.usageError(tr("--out: an encrypted archive is written to a file, not to -.")));
    const Result<std::optional<Passphrase>> passphrase = args.archivePassphrase(console, *out);
    if (!passphrase)
        return console.fail(passphrase.error());

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

    const FhirExport fhir(library, *identity, exportOptions);
    if (format == QLatin1String("fhir") && *out == QLatin1String("-")) {
        console.out() << QString::fromUtf8(
            QJsonDocument(fhir.bundle(*records, Clock::nowUtc())).toJson(QJsonDocument::Indented));
        console.out().flush();
        return kExitSuccess;
    }
    // Writes the export into `target`: the --out folder or file, or the private folder an archive is packed from.
    const auto writeExport = [&](const QString& target, bool staged) -> Result<QStringList> {
        if (format == QLatin1String("csv"))
            return CsvExport(library, *identity, exportOptions).writeFolder(*records, target);
        const QString bundle = staged ? QDir(target).filePath(QStringLiteral("bundle.json")) : target;
        if (Status status = DatabaseFile::refuseOverwrite(bundle); !status)
            return args.usageError(QStringLiteral("--out: ") + status.error().message);
        if (Status status = fhir.writeFile(*records, Clock::nowUtc(), bundle); !status)
            return status.error();
        return QStringList{bundle};
    };

    if (encrypt) {
        // The files leave their private temporary folder only inside the archive.
        const Status sealed = SealedArchive::writeStaged(
            [&](const QString& folder) { return writeExport(folder, true); }, *out, **passphrase);
        if (!sealed)
            return console.fail(sealed.error());
        console.out() << *out << Qt::endl;
        return kExitSuccess;
    }
    const Result<QStringList> written = writeExport(*out, false);
    if (!written)
        return console.fail(written.error());
    for (const QString& path : *written)
        console.out() << path << '\n';
    console.out().flush();
    return kExitSuccess;
}

} // namespace outcome::cli
