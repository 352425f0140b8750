// `form`: writes the printed questionnaires of a patient's visit, or a blank questionnaire of one instrument, as a
// PDF, without a display.
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CourseRepository.h"
#include "PaperOption.h"
#include "PatientLanguage.h"
#include "PatientRepository.h"
#include "QuestionnaireFormDocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::FormCommand", text);
}

// The visit --visit names in the patient's current (latest) course: "next" is the first one still planned, a
// number is the visit's position in the course (1 is the first visit).
Result<Visit> chooseVisit(const CommandArguments& args, Database& db, const Patient& patient)
{
    CourseRepository courses(db);
    const Result<QList<Course>> patientCourses = courses.forPatient(patient.id);
    if (!patientCourses)
        return patientCourses.error();
    if (patientCourses->isEmpty())
        return args.usageError(tr("--patient: %1 has no course of care; start one in Outcome Tracker first, or print "
                                  "a blank questionnaire with --instrument ID.")
                                   .arg(patient.chartNumber));
    const Result<QList<Visit>> visits = courses.visits(patientCourses->last().id);
    if (!visits)
        return visits.error();
    const QString wanted = args.value(QStringLiteral("visit")).trimmed();
    if (wanted.compare(QLatin1String("next"), Qt::CaseInsensitive) == 0) {
        for (const Visit& visit : *visits) {
            if (visit.status == VisitStatus::Scheduled)
                return visit;
        }
        return args.usageError(tr("--visit next: the current course of %1 has no visit still planned; name a visit "
                                  "by its number (1-%2).")
                                   .arg(patient.chartNumber)
                                   .arg(visits->size()));
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= visits->size())
        return visits->at(number - 1);
    return args.usageError(tr("--visit must be next or the visit's number in the current course of %1 (1-%2), got "
                              "\"%3\".")
                               .arg(patient.chartNumber)
                               .arg(visits->size())
                               .arg(wanted));
}

// --language as given, normalized (English is empty); nothing when it is not given.
Result<std::optional<QString>> languageOption(const CommandArguments& args)
{
    if (!args.isSet(QStringLiteral("language")))
        return std::optional<QString>();
    const QString given = args.value(QStringLiteral("language"));
    const QString code = PatientLanguage::normalized(given);
    if (!PatientLanguage::isValid(code))
        return args.usageError(
            tr("--language: \"%1\" is not a language code; use two or three letters such as en, de or fr.")
                .arg(given.trimmed()));
    return std::optional<QString>(code);
}

Result<QuestionnaireFormDocument> visitForm(CommandArguments& args, const InstrumentLibrary& library,
                                            const std::optional<QString>& language)
{
    if (!args.isSet(QStringLiteral("visit")))
        return args.usageError(tr("--visit is required with --patient: next, or the visit's number in the course."));
    OpenOptions open;
    open.createIfMissing = false;
    open.readOnly = true;
    Result<std::unique_ptr<Database>> db = args.openDatabase(open);
    if (!db)
        return db.error();
    const Result<Patient> patient =
        PatientRepository(**db).findByChartNumber(args.value(QStringLiteral("patient")).trimmed());
    if (!patient)
        return args.optionError(QStringLiteral("patient"), patient.error());
    const Result<Visit> visit = chooseVisit(args, **db, *patient);
    if (!visit)
        return visit.error();
    Result<QuestionnaireFormDocument> form = QuestionnaireFormDocument::forVisit(**db, library, visit->id, language);
    // The visit exists but cannot be printed as it is (nothing planned, an instrument not installed): bad input.
    if (!form && (form.error().kind == ErrorKind::Invalid || form.error().kind == ErrorKind::NotFound))
        return args.usageError(QStringLiteral("--visit: %1").arg(form.error().message));
    return form;
}

Result<QuestionnaireFormDocument> blankForm(const CommandArguments& args, const InstrumentLibrary& library,
                                            const std::optional<QString>& language)
{
    if (args.isSet(QStringLiteral("visit")))
        return args.usageError(tr("--visit: only with --patient; a blank questionnaire (--instrument) has no visit."));
    const QString id = args.value(QStringLiteral("instrument")).trimmed();
    const InstrumentDefinition* definition = library.find(id);
    if (!definition) {
        QStringList known;
        for (const InstrumentDefinition* each : library.definitions())
            known.append(each->id);
        return args.usageError(
            tr("--instrument: unknown instrument \"%1\" (known: %2).").arg(id, known.join(QStringLiteral(", "))));
    }
    return QuestionnaireFormDocument({definition}, std::nullopt, language.value_or(QString()));
}

} // namespace

int runForm(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("form"),
        tr("Writes printed questionnaires as a PDF to fill in by hand (no display needed): the instruments planned at "
           "a visit of the patient's current course, with the patient's name, chart number, visit and planned date "
           "on every page; or, with --instrument, a blank questionnaire of one instrument with lines for the name, "
           "chart number and date. Items are numbered and in the order of the results form, so the answers are "
           "typed as they are read. A file is written whole or not at all."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Register);
    args.addOption(QStringLiteral("patient"), tr("The patient's chart number."), QStringLiteral("CHART"));
    args.addOption(QStringLiteral("visit"),
                   tr("With --patient: next (the first visit still planned) or the visit's number in the course "
                      "(1 is the first visit)."),
                   QStringLiteral("next|NUMBER"));
    args.addOption(QStringLiteral("instrument"), tr("A blank questionnaire of this instrument (odi, rand36, ...)."),
                   QStringLiteral("ID"));
    args.addOption(QStringLiteral("language"),
                   tr("The language of the questions where the instruments' definitions have it, else English "
                      "(default: the patient's language; English for a blank questionnaire)."),
                   QStringLiteral("CODE"));
    args.addOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE"));
    args.addOption(QStringLiteral("paper"), tr("A4 or Letter (default: from the locale)."), QStringLiteral("SIZE"));
    args.addInstrumentsOption();
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const bool blank = args.isSet(QStringLiteral("instrument"));
    if (blank == args.isSet(QStringLiteral("patient")))
        return console.fail(args.usageError(
            tr("give either --patient CHART --visit next|NUMBER or --instrument ID, and --out FILE.pdf.")));
    const Result<QString> out = args.required(QStringLiteral("out"));
    if (!out)
        return console.fail(out.error());
    if (QFileInfo(*out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return console.fail(args.usageError(tr("--out must be a file ending in .pdf (got \"%1\").").arg(*out)));
    const Result<QPageSize> paper = paperOption(args);
    if (!paper)
        return console.fail(paper.error());

    const Result<std::optional<QString>> language = languageOption(args);
    if (!language)
        return console.fail(language.error());

    const InstrumentLibrary library = args.instrumentLibrary();
    const Result<QuestionnaireFormDocument> form =
        blank ? blankForm(args, library, *language) : visitForm(args, library, *language);
    if (!form)
        return console.fail(form.error());
    const Result<int> pages = form->writePdf(*out, *paper);
    if (!pages)
        return console.fail(pages.error());
    return kExitSuccess;
}

} // namespace outcome::cli
