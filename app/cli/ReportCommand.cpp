// `report`: writes the PDF referral summary of one patient, or of every patient with a current or recently finished
// course, without a display.
#include "ClinicSettingsRepository.h"
#include "Clock.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CourseRepository.h"
#include "PaperOption.h"
#include "PatientRepository.h"
#include "ReferralReport.h"
#include "ReportPaper.h"
#include "ReportPresetStore.h"
#include "SealedArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::ReportCommand", text);
}

constexpr int kDefaultRecentDays = 90;

Result<ReportOptions> optionsOf(const CommandArguments& args, Database& db)
{
    const QString id =
        args.isSet(QStringLiteral("preset")) ? args.value(QStringLiteral("preset")).trimmed() : QStringLiteral("gp");
    Result<ReportOptions> preset = ReportPresetStore(db).preset(id);
    if (!preset)
        return args.optionError(QStringLiteral("preset"), preset.error());
    ReportOptions options = *preset;
    options.deidentified = args.isSet(QStringLiteral("deidentified"));
    options.includeFreeText = args.isSet(QStringLiteral("include-free-text"));
    if (options.includeFreeText && !options.deidentified)
        return args.usageError(tr("--include-free-text: only with --deidentified."));
    // The flag adds to a preset; a preset that shows the expected course keeps it.
    options.expectedCourse = options.expectedCourse || args.isSet(QStringLiteral("expected-course"));
    return options;
}

int writeOne(const CommandArguments& args, Console& console, Database& db, const InstrumentLibrary& library,
             const ReportOptions& options, const QPageSize& paper)
{
    const Result<QString> chart = args.required(QStringLiteral("patient"));
    if (!chart)
        return console.fail(chart.error());
    const Result<QString> out = args.required(QStringLiteral("out"));
    if (!out)
        return console.fail(out.error());
    const bool encrypt = args.isSet(QStringLiteral("encrypt"));
    if (!encrypt && QFileInfo(*out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return console.fail(args.usageError(tr("--out must be a file ending in .pdf (got \"%1\").").arg(*out)));
    const Result<std::optional<Passphrase>> passphrase = args.archivePassphrase(console, *out);
    if (!passphrase)
        return console.fail(passphrase.error());
    const Result<Patient> patient = PatientRepository(db).findByChartNumber(*chart);
    if (!patient)
        return console.fail(args.optionError(QStringLiteral("patient"), patient.error()));
    if (!encrypt) {
        const Result<int> pages = ReferralReport::writePdf(db, library, patient->id, options, *out, paper);
        return pages ? kExitSuccess : console.fail(pages.error());
    }
    // Encrypted, the PDF leaves its private temporary folder only inside the archive.
    const Status sealed = SealedArchive::writeStaged(
        [&](const QString& folder) -> Result<QStringList> {
            const QString pdf = QDir(folder).filePath(QStringLiteral("report.pdf"));
            if (const Result<int> pages = ReferralReport::writePdf(db, library, patient->id, options, pdf, paper);
                !pages)
                return pages.error();
            return QStringList{pdf};
        },
        *out, **passphrase);
    if (!sealed)
        return console.fail(sealed.error());
    console.out() << *out << Qt::endl;
    return kExitSuccess;
}

int writeAll(const CommandArguments& args, Console& console, Database& db, const InstrumentLibrary& library,
             const ReportOptions& options, const QPageSize& paper)
{
    const Result<QString> folder = args.required(QStringLiteral("out-dir"));
    if (!folder)
        return console.fail(folder.error());
    const Result<int> days = args.integer(QStringLiteral("days"), 0, 36500);
    if (!days)
        return console.fail(days.error());
    const QString absolute = QFileInfo(*folder).absoluteFilePath();
    if (!QDir().mkpath(absolute) || !QFileInfo(absolute).isWritable())
        return console.fail(
            kExitFailure,
            tr("Could not write to the folder %1: check that it can be created and written.").arg(absolute));
    const Result<QList<CourseOfPatient>> courses =
        CourseRepository(db).currentOrEndedSince(Clock::today().addDays(-*days));
    if (!courses)
        return console.fail(courses.error());
    const QDir dir(absolute);
    int failures = 0;
    int written = 0;
    // Safe file names can coincide ("X/1" and "X_1" both give X_1): no report of this run replaces another. Names
    // are compared without case, as some file systems do.
    QSet<QString> taken;
    const qsizetype total = courses->size();
    for (qsizetype i = 0; i < total; ++i) {
        const CourseOfPatient& entry = courses->at(i);
        Result<ReferralReport> report = ReferralReport::load(db, library, entry.patientId, options, entry.courseId);
        const QString stem = report ? report->fileStem() : entry.chartNumber;
        QString name = stem + QStringLiteral(".pdf");
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(stem).arg(n);
        taken.insert(name.toLower());
        console.err() << tr("%1/%2 %3").arg(i + 1).arg(total).arg(name) << Qt::endl;
        if (name != stem + QStringLiteral(".pdf"))
            console.err() << tr("%1: written as %2, since %3.pdf is another patient's report in this run.")
                                 .arg(options.deidentified ? stem : entry.chartNumber, name, stem)
                          << Qt::endl;
        const Result<int> pages = report ? report->writePdf(dir.filePath(name), paper) : Result<int>(report.error());
        if (!pages) {
            ++failures;
            console.err() << tr("%1: %2").arg(entry.chartNumber, pages.error().message) << Qt::endl;
        } else {
            ++written;
        }
    }
    if (failures > 0)
        return console.fail(kExitFailure, tr("%1 of %2 reports could not be written (see above); %3 written to %4.")
                                              .arg(failures)
                                              .arg(total)
                                              .arg(written)
                                              .arg(absolute));
    console.err() << tr("%1 reports written to %2.").arg(written).arg(absolute) << Qt::endl;
    return kExitSuccess;
}

} // namespace

int runReport(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("report"),
        tr("Writes the PDF referral summary of a patient's latest course (no display needed).\n"
           "With --all, writes one file per patient into --out-dir: every patient not archived whose latest course "
           "is still running, or ended (its end date or its last attended visit) within the last --days days "
           "(default %1). Files are named by chart number, or by pseudonym with --deidentified; progress goes to "
           "standard error. A file is written whole or not at all.")
            .arg(kDefaultRecentDays));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("patient"), tr("The patient's chart number."), QStringLiteral("CHART"));
    args.addOption(QStringLiteral("out"), tr("The PDF file to write for --patient."), QStringLiteral("FILE"));
    args.addFlag(QStringLiteral("all"), tr("Every patient with a current or recently finished course."));
    args.addOption(QStringLiteral("out-dir"), tr("The folder to write into with --all (created if missing)."),
                   QStringLiteral("DIR"));
    args.addOption(QStringLiteral("days"),
                   tr("With --all: how recently a course must have ended (default %1).").arg(kDefaultRecentDays),
                   QStringLiteral("N"), QString::number(kDefaultRecentDays));
    args.addFlag(QStringLiteral("deidentified"),
                 tr("Leave out the name, date of birth, chart number, contact details, dates, notes and free text "
                    "(treatment and visit labels, event texts); a stable pseudonym, the age in years and days from "
                    "the course start stand in for them."));
    args.addFlag(QStringLiteral("include-free-text"),
                 tr("With --deidentified: keep the treatment label, visit labels and event texts (check them for "
                    "names first)."));
    args.addFlag(QStringLiteral("expected-course"),
                 tr("Add how the clinic's own completed courses that started like the patient's went (median and "
                    "middle half per visit, where at least 20 similar courses exist): on the charts and in words."));
    args.addOption(QStringLiteral("preset"),
                   tr("The report preset: gp, specialist, patient, insurer or one the clinic saved (default: gp)."),
                   QStringLiteral("ID"));
    args.addOption(QStringLiteral("paper"), tr("A4 or Letter (default: from the locale)."), QStringLiteral("SIZE"));
    args.addFlag(QStringLiteral("encrypt"),
                 tr("With --patient: write --out as one encrypted file (usually ending in .otx) holding report.pdf, "
                    "with the passphrase read from standard input (at least 10 characters), for sending; `unseal` "
                    "opens it."));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const bool all = args.isSet(QStringLiteral("all"));
    if (all && args.isSet(QStringLiteral("encrypt")))
        return console.fail(args.usageError(tr("--encrypt: only with --patient; encrypt a folder of reports with "
                                               "your mail or file-transfer system.")));
    if (all == args.isSet(QStringLiteral("patient")))
        return console.fail(args.usageError(tr("give either --patient CHART --out FILE.pdf or --all --out-dir DIR.")));
    const Result<QPageSize> paper = paperOption(args);
    if (!paper)
        return console.fail(paper.error());

    OpenOptions open;
    open.createIfMissing = false;
    // A de-identified report may create the database's pseudonym secret on first use.
    open.readOnly = !args.isSet(QStringLiteral("deidentified"));
    Result<std::unique_ptr<Database>> db = args.openDatabase(open);
    if (!db)
        return console.fail(db.error());
    const Result<ReportOptions> options = optionsOf(args, **db);
    if (!options)
        return console.fail(options.error());
    if (Result<ClinicSettings> clinic = ClinicSettingsRepository(**db).load(); clinic && clinic->clinicName.isEmpty())
        console.err() << tr("Note: the clinic's details are not set, so reports have no letterhead; set them in "
                            "Outcome Tracker under File, Clinic details.")
                      << Qt::endl;
    const InstrumentLibrary library = args.instrumentLibrary();
    return all ? writeAll(args, console, **db, library, *options, *paper)
               : writeOne(args, console, **db, library, *options, *paper);
}

} // namespace outcome::cli
