// The measurements: the real program started as a process for start-up and memory, the real widgets and
// libraries in this process for search, opening a patient, saving and the PDF.
#include "Benchmark.h"

#include "AppSettings.h"
#include "AssessmentRepository.h"
#include "ChartStyle.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "DemoClinic.h"
#include "InstrumentLibrary.h"
#include "JsonWriter.h"
#include "MainWindow.h"
#include "PatientRegisterView.h"
#include "PatientRepository.h"
#include "PatientSearch.h"
#include "QCustomPlotHeader.h"
#include "RawSqlite.h"
#include "ReferralReport.h"
#include "ReportOptions.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace outcome::bench {

namespace {

// The budget of ../shared/product.md, in milliseconds (memory in MB).
constexpr double kColdStartBudget = 400;
constexpr double kSearchBudget = 16;
constexpr double kOpenPatientBudget = 50;
constexpr double kSaveBudget = 10;
constexpr double kPdfBudget = 300;
constexpr double kOutcomesBudget = 250;
constexpr double kRssBudget = 200;

// The name typed into the search box, letter by letter (one of the demo clinic's family names).
const QString kTypedName = QStringLiteral("hartmann");

void progress(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString guiProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("outcome-tracker"));
}

// Starts the desktop program offscreen and waits for its "ready" line; returns the milliseconds from start.
Result<double> startGui(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(guiProgram(), arguments + QStringList{QStringLiteral("--report-startup")});
    if (!process.waitForStarted(10000))
        return makeError(ErrorKind::Io,
                         QStringLiteral("could not start %1: %2").arg(guiProgram(), process.errorString()));
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(30000))
            return makeError(ErrorKind::Io,
                             QStringLiteral("%1 did not report ready: %2")
                                 .arg(guiProgram(), QString::fromLocal8Bit(process.readAllStandardError())));
    }
    const double elapsed = milliseconds(timer);
    const QByteArray line = process.readLine().trimmed();
    if (!line.startsWith("ready"))
        return makeError(ErrorKind::Io,
                         QStringLiteral("unexpected output from %1: %2").arg(guiProgram(), QString::fromUtf8(line)));
    return elapsed;
}

void stopGui(QProcess& process)
{
    process.kill();
    process.waitForFinished(5000);
}

// Peak resident memory of a process in MB, from Linux's /proc; empty elsewhere.
std::optional<double> peakResidentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return std::nullopt;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    if (cpu.isEmpty())
        cpu = QSysInfo::currentCpuArchitecture();
    return QStringLiteral("%1, %2 cores, %3")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

} // namespace

double Samples::median() const
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double Samples::worst() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

Benchmark::Benchmark(BenchOptions options)
    : m_options(std::move(options))
{
    if (m_options.cacheDir.isEmpty())
        m_options.cacheDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                 .filePath(QStringLiteral("outcome-tracker-bench"));
}

Status Benchmark::prepareDatabase()
{
    const QString cached = QDir(m_options.cacheDir)
                               .filePath(QStringLiteral("demo-%1-seed%2-schema%3.db")
                                             .arg(m_options.patients)
                                             .arg(m_options.seed)
                                             .arg(Database::latestSchemaVersion()));
    if (!QDir().mkpath(m_options.cacheDir))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create %1").arg(m_options.cacheDir));
    m_work = std::make_unique<QTemporaryDir>(QDir(m_options.cacheDir).filePath(QStringLiteral("run-XXXXXX")));
    if (!m_work->isValid())
        return makeError(ErrorKind::Io, QStringLiteral("no working folder in %1").arg(m_options.cacheDir));
    if (!QFileInfo::exists(cached)) {
        // Made under a temporary name, so an interrupted run leaves no half-made clinic to reuse.
        const QString making = cached + QStringLiteral(".making");
        QFile::remove(making);
        progress(QStringLiteral("Making a demo clinic of %1 patients in %2 …").arg(m_options.patients).arg(cached));
        {
            Result<std::unique_ptr<Database>> db = Database::open(making);
            if (!db)
                return db.error();
            DemoOptions demo;
            demo.patients = m_options.patients;
            demo.seed = m_options.seed;
            QElapsedTimer timer;
            timer.start();
            if (Status status = DemoClinic::generate(**db, demo); !status)
                return status;
            progress(QStringLiteral("  made in %1 s").arg(milliseconds(timer) / 1000, 0, 'f', 1));
        }
        if (!QFile::rename(making, cached))
            return makeError(ErrorKind::Io, QStringLiteral("cannot rename %1 to %2").arg(making, cached));
    }
    // Measurements write (saves, settings); the kept clinic stays as it was made.
    m_database = m_work->filePath(QStringLiteral("clinic.db"));
    if (!QFile::copy(cached, m_database))
        return makeError(ErrorKind::Io, QStringLiteral("cannot copy %1 to %2").arg(cached, m_database));
    QFile(m_database).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    AppSettings::useFile(m_work->filePath(QStringLiteral("settings.ini")));
    return {};
}

Status Benchmark::choosePatient()
{
    // The patient with the most to show among the first few: the heaviest open of a typical register.
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    const InstrumentLibrary library = InstrumentLibrary::load();
    CourseOutcomesLoader loader(**db, library);
    PatientRepository patients(**db);
    qsizetype mostPoints = -1;
    for (int number = 1; number <= std::min(m_options.patients, 40); ++number) {
        const QString chart = QStringLiteral("C%1").arg(number, 6, 10, QLatin1Char('0'));
        Result<Patient> patient = patients.findByChartNumber(chart);
        if (!patient)
            continue;
        Result<LoadedCourse> loaded = loader.load(patient->id);
        if (!loaded)
            continue;
        qsizetype points = 0;
        for (const MeasureSeries& series : loaded->outcomes->series())
            points += series.points().size();
        if (points > mostPoints) {
            mostPoints = points;
            m_chartNumber = chart;
            m_patientId = patient->id;
        }
    }
    if (m_patientId == 0)
        return makeError(ErrorKind::NotFound, QStringLiteral("no patient with a course among the first charts"));
    return {};
}

Result<Samples> Benchmark::measureColdStart()
{
    Samples samples;
    const QStringList arguments{QStringLiteral("--db"), m_database, QStringLiteral("--settings"),
                                m_work->filePath(QStringLiteral("gui-settings.ini"))};
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QProcess process;
        Result<double> elapsed = startGui(process, arguments);
        stopGui(process);
        if (!elapsed)
            return elapsed.error();
        if (run > 0) // the first run warms the file cache
            samples.values.append(*elapsed);
    }
    return samples;
}

Result<double> Benchmark::measureRss()
{
    QProcess process;
    Result<double> started =
        startGui(process, {QStringLiteral("--db"), m_database, QStringLiteral("--settings"),
                           m_work->filePath(QStringLiteral("gui-settings.ini")), QStringLiteral("--patient"),
                           m_chartNumber, QStringLiteral("--page"), QStringLiteral("progress")});
    if (!started)
        return started.error();
    // Let the shown patient's page settle before reading the peak.
    QThread::msleep(500);
    const std::optional<double> peak = peakResidentMb(process.processId());
    stopGui(process);
    if (!peak)
        return makeError(ErrorKind::NotFound, QStringLiteral("peak memory is read from /proc (Linux only)"));
    return *peak;
}

Result<Samples> Benchmark::measureSearch(Samples& raw)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    Samples samples;
    {
        MainWindow window(std::move(db).value());
        window.show();
        QApplication::processEvents();
        QLineEdit* search = window.registerView()->searchEdit();
        QTableView* table = window.registerView()->table();
        for (int round = 0; round <= m_options.repetitions; ++round) {
            search->clear();
            QApplication::processEvents();
            for (const QChar letter : kTypedName) {
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(search, letter.toLatin1());
                QApplication::processEvents();
                table->viewport()->repaint();
                if (round > 0)
                    samples.values.append(milliseconds(timer));
            }
        }
        if (table->model()->rowCount() == 0)
            return makeError(ErrorKind::NotFound, QStringLiteral("typing \"%1\" found nobody").arg(kTypedName));
    }

    QString error;
    std::optional<RawSqlite> sqlite = RawSqlite::open(m_database, &error);
    if (!sqlite)
        return makeError(ErrorKind::Io, error);
    for (int round = 0; round <= m_options.repetitions; ++round) {
        for (qsizetype length = 1; length <= kTypedName.size(); ++length) {
            const QString prefix = PatientSearch::fold(kTypedName.left(length));
            QElapsedTimer timer;
            timer.start();
            if (sqlite->search(prefix) < 0)
                return makeError(ErrorKind::Io, QStringLiteral("the raw search failed"));
            if (round > 0)
                raw.values.append(milliseconds(timer));
        }
    }
    return samples;
}

Result<Samples> Benchmark::measureOpenPatient(Samples& drawn)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    const InstrumentLibrary library = InstrumentLibrary::load();
    const ChartStyle style = ChartStyle::screen(QApplication::palette(), QApplication::font());
    Samples samples;
    for (int run = 0; run <= m_options.repetitions * 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        CourseOutcomesLoader loader(**db, library);
        Result<LoadedCourse> loaded = loader.load(m_patientId);
        if (!loaded)
            return loaded.error();
        std::vector<std::unique_ptr<QCustomPlot>> plots;
        for (const QString& key : CourseCharts::keys(*loaded->outcomes)) {
            auto plot = std::make_unique<QCustomPlot>();
            plot->resize(CourseCharts::naturalSize(key, style));
            if (!CourseCharts::build(*plot, *loaded->outcomes, key, style))
                return makeError(ErrorKind::Internal, QStringLiteral("chart %1 could not be built").arg(key));
            plots.push_back(std::move(plot));
        }
        const double built = milliseconds(timer);
        // Beside it, what drawing every one of them once more costs (the screens draw only the charts shown).
        for (const auto& plot : plots)
            (void)plot->toPixmap(plot->width(), plot->height());
        if (run > 0) {
            samples.values.append(built);
            drawn.values.append(milliseconds(timer));
        }
    }
    return samples;
}

Result<Samples> Benchmark::measureSave(Samples& raw)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    // A new patient and course of their own, so every save is a new assessment at a free visit.
    CourseTemplateRepository templates(**db);
    Result<qint64> templateId = templates.ensureStandard();
    if (!templateId)
        return templateId.error();
    Result<CourseTemplate> standard = templates.find(*templateId);
    if (!standard)
        return standard.error();
    QList<Visit> visits;
    for (int number = 1; visits.size() < 2 * (m_options.repetitions * 2 + 1); ++number) {
        Patient patient;
        patient.chartNumber = QStringLiteral("BENCH-%1").arg(number);
        patient.familyName = QStringLiteral("Benchmark");
        patient.givenName = QStringLiteral("Save");
        patient.birthDate = QDate(1970, 1, 1);
        Result<qint64> patientId = PatientRepository(**db).create(patient);
        if (!patientId)
            return patientId.error();
        Result<Course> course = CourseRepository(**db).start(*patientId, *standard, QDate::currentDate(), {});
        if (!course)
            return course.error();
        Result<QList<Visit>> ofCourse = CourseRepository(**db).visits(course->id);
        if (!ofCourse)
            return ofCourse.error();
        visits.append(*ofCourse);
    }

    Samples samples;
    AssessmentRepository assessments(**db);
    const int runs = m_options.repetitions * 2 + 1;
    for (int run = 0; run < runs; ++run) {
        Assessment assessment;
        assessment.visitId = visits[run].id;
        assessment.instrumentId = QStringLiteral("nrs");
        assessment.instrumentVersion = QStringLiteral("1");
        assessment.answers.setValue(QStringLiteral("pain"), run % 11);
        QElapsedTimer timer;
        timer.start();
        Result<Assessment> saved = assessments.save(assessment);
        if (!saved)
            return saved.error();
        if (run > 0)
            samples.values.append(milliseconds(timer));
    }

    QString error;
    std::optional<RawSqlite> sqlite = RawSqlite::open(m_database, &error);
    if (!sqlite)
        return makeError(ErrorKind::Io, error);
    AnswerSet answers;
    answers.setValue(QStringLiteral("pain"), 5);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!sqlite->saveAssessment(visits[runs + run].id, QStringLiteral("nrs"), answers.toJsonText()))
            return makeError(ErrorKind::Io, QStringLiteral("the raw insert failed"));
        if (run > 0)
            raw.values.append(milliseconds(timer));
    }
    return samples;
}

Result<Samples> Benchmark::measurePdf()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    const InstrumentLibrary library = InstrumentLibrary::load();
    // The referral a GP gets: the summary table, the main charts and the cover page, on A4.
    const ReportOptions options = ReportOptions::standardPresets().constFirst();
    const QString path = m_work->filePath(QStringLiteral("summary.pdf"));
    Samples samples;
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<int> pages =
            ReferralReport::writePdf(**db, library, m_patientId, options, path, QPageSize(QPageSize::A4));
        if (!pages)
            return pages.error();
        if (run > 0)
            samples.values.append(milliseconds(timer));
    }
    return samples;
}

// The clinic outcome table as the command line prints it: one measure, every visit, by treatment, as JSON, over
// every course of the clinic; the whole process, from start to the last byte.
Result<Samples> Benchmark::measureOutcomes()
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("outcome-tracker-cli"));
    const QStringList arguments{QStringLiteral("outcomes"),  QStringLiteral("--db"),      m_database,
                                QStringLiteral("--measure"), QStringLiteral("odi/total"), QStringLiteral("--by"),
                                QStringLiteral("treatment"), QStringLiteral("--json")};
    Samples samples;
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return makeError(ErrorKind::Io, QStringLiteral("%1 outcomes failed: %2")
                                                .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
        if (run > 0)
            samples.values.append(milliseconds(timer));
    }
    return samples;
}

int Benchmark::run()
{
    const auto fail = [](const QString& what, const Error& error) {
        progress(QStringLiteral("outcome-tracker-bench: %1: %2").arg(what, error.message));
        return 1;
    };
    if (Status status = prepareDatabase(); !status)
        return fail(QStringLiteral("preparing the database"), status.error());
    if (Status status = choosePatient(); !status)
        return fail(QStringLiteral("choosing a patient"), status.error());

    Figures figures;
    progress(QStringLiteral("Cold start …"));
    Result<Samples> coldStart = measureColdStart();
    if (!coldStart)
        return fail(QStringLiteral("cold start"), coldStart.error());
    figures.coldStart = *coldStart;
    progress(QStringLiteral("Peak memory …"));
    if (Result<double> rss = measureRss(); rss)
        figures.rssMb = *rss;
    else
        progress(QStringLiteral("  not measured: %1").arg(rss.error().message));
    progress(QStringLiteral("Search …"));
    Result<Samples> search = measureSearch(figures.rawSearch);
    if (!search)
        return fail(QStringLiteral("search"), search.error());
    figures.searchKeystroke = *search;
    progress(QStringLiteral("Opening a patient …"));
    Result<Samples> open = measureOpenPatient(figures.drawCharts);
    if (!open)
        return fail(QStringLiteral("opening a patient"), open.error());
    figures.openPatient = *open;
    progress(QStringLiteral("Saving …"));
    Result<Samples> save = measureSave(figures.rawSave);
    if (!save)
        return fail(QStringLiteral("saving"), save.error());
    figures.save = *save;
    progress(QStringLiteral("PDF …"));
    Result<Samples> pdf = measurePdf();
    if (!pdf)
        return fail(QStringLiteral("PDF"), pdf.error());
    figures.pdf = *pdf;
    progress(QStringLiteral("Clinic outcomes …"));
    Result<Samples> outcomes = measureOutcomes();
    if (!outcomes)
        return fail(QStringLiteral("clinic outcomes"), outcomes.error());
    figures.outcomes = *outcomes;

    if (m_options.json)
        printJson(figures);
    else
        printText(figures);
    return 0;
}

void Benchmark::printText(const Figures& figures) const
{
    std::printf("Outcome Tracker benchmark: %d patients (seed %u), median and worst of %d runs after a warm-up\n",
                m_options.patients, m_options.seed, m_options.repetitions);
    std::printf("Machine: %s\n", qPrintable(machine()));
    std::printf("Patient opened: %s\n\n", qPrintable(m_chartNumber));
    std::printf("%-38s %10s %10s %10s %12s %10s\n", "", "median", "worst", "budget", "raw SQLite", "ours/raw");
    const auto row = [](const char* name, const Samples& samples, double budget, const Samples* raw) {
        const char* verdict = samples.median() <= budget ? "" : "  over budget";
        if (raw && !raw->isEmpty() && raw->median() > 0)
            std::printf("%-38s %7.2f ms %7.2f ms %7.0f ms %9.3f ms %9.1fx%s\n", name, samples.median(), samples.worst(),
                        budget, raw->median(), samples.median() / raw->median(), verdict);
        else
            std::printf("%-38s %7.2f ms %7.2f ms %7.0f ms%s\n", name, samples.median(), samples.worst(), budget,
                        verdict);
    };
    row("cold start to a filled window", figures.coldStart, kColdStartBudget, nullptr);
    row("one keystroke of patient search", figures.searchKeystroke, kSearchBudget, &figures.rawSearch);
    row("open a patient (load, score, charts)", figures.openPatient, kOpenPatientBudget, nullptr);
    std::printf("%-38s %7.2f ms %7.2f ms\n", "  … and draw every chart too", figures.drawCharts.median(),
                figures.drawCharts.worst());
    row("save an assessment durably", figures.save, kSaveBudget, &figures.rawSave);
    row("one PDF referral summary", figures.pdf, kPdfBudget, nullptr);
    row("clinic outcome table (CLI, JSON)", figures.outcomes, kOutcomesBudget, nullptr);
    if (figures.rssMb)
        std::printf("%-38s %7.1f MB %10s %7.0f MB%s\n", "peak memory, patient shown", *figures.rssMb, "", kRssBudget,
                    *figures.rssMb <= kRssBudget ? "" : "  over budget");
    else
        std::printf("%-38s %10s\n", "peak memory, patient shown", "n/a");
}

void Benchmark::printJson(const Figures& figures) const
{
    // Two decimals are plenty for milliseconds and megabytes.
    const auto rounded = [](double value) {
        return std::round(value * 100) / 100;
    };
    JsonObjectWriter results;
    results.add(u"cold_start_ms", rounded(figures.coldStart.median()))
        .add(u"search_keystroke_ms", rounded(figures.searchKeystroke.median()))
        .add(u"open_patient_ms", rounded(figures.openPatient.median()))
        .add(u"save_ms", rounded(figures.save.median()))
        .add(u"pdf_ms", rounded(figures.pdf.median()))
        .add(u"outcomes_ms", rounded(figures.outcomes.median()));
    if (figures.rssMb)
        results.add(u"rss_mb", rounded(*figures.rssMb));
    else
        results.addNull(u"rss_mb");
    JsonObjectWriter budget;
    budget.add(u"cold_start_ms", kColdStartBudget)
        .add(u"search_keystroke_ms", kSearchBudget)
        .add(u"open_patient_ms", kOpenPatientBudget)
        .add(u"save_ms", kSaveBudget)
        .add(u"pdf_ms", kPdfBudget)
        .add(u"outcomes_ms", kOutcomesBudget)
        .add(u"rss_mb", kRssBudget);
    const QString text = JsonObjectWriter()
                             .add(u"patients", m_options.patients)
                             .addRaw(u"results", results.text())
                             .addRaw(u"budget", budget.text())
                             .text();
    std::printf("%s\n", qPrintable(text));
}

} // namespace outcome::bench
