// The measurements: the real program started as a process for start-up and memory, the real widgets and
// libraries in this process for search, opening a patient, saving and the PDF.
#include "Benchmark.h"

#include "AppSettings.h"
#include "AssessmentRepository.h"
#include "ChartStyle.h"
#include "ClinicOutcomesView.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "DemoClinic.h"
#include "ExpectedCourseReader.h"
#include "InstrumentLibrary.h"
#include "JsonWriter.h"
#include "MainWindow.h"
#include "PatientListModel.h"
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
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
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
constexpr double kColdStartGoal = 200; // the budget is 400 ms; the goal is half
constexpr double kBandBudget = 10;     // what the expected-course bands may add to opening a patient
constexpr double kRawRatioGoal = 2;    // ours ÷ raw SQLite, for search and save
constexpr double kSearchBudget = 16;
constexpr double kOpenPatientBudget = 50;
constexpr double kSaveBudget = 10;
constexpr double kPdfBudget = 300;
constexpr double kOutcomesBudget = 250;
constexpr double kRssBudget = 200;

// The name typed into the search box, letter by letter (one of the demo clinic's family names).
const QString kTypedName = QStringLiteral("hartmann");
// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// The text a script searches for from the command line.
const QString kCliSearch = QStringLiteral("bian");

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
Result<double> startGui(QProcess& process, const QStringList& arguments, QByteArray* readyLine = nullptr)
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
    if (readyLine)
        *readyLine = line;
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

Status Benchmark::makeDemo(Database& db, const QString& shownAs) const
{
    progress(QStringLiteral("Making a demo clinic of %1 patients in %2 …").arg(m_options.patients).arg(shownAs));
    DemoOptions demo;
    demo.patients = m_options.patients;
    demo.seed = m_options.seed;
    QElapsedTimer timer;
    timer.start();
    if (Status status = DemoClinic::generate(db, demo); !status)
        return status;
    progress(QStringLiteral("  made in %1 s").arg(milliseconds(timer) / 1000, 0, 'f', 1));
    return {};
}

Status Benchmark::prepareDatabase()
{
    if (!m_options.server.isEmpty())
        return prepareServer();
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
        {
            Result<std::unique_ptr<Database>> db = Database::open(making);
            if (!db)
                return db.error();
            if (Status status = makeDemo(**db, cached); !status)
                return status;
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

Status Benchmark::prepareServer()
{
    m_work = std::make_unique<QTemporaryDir>();
    if (!m_work->isValid())
        return makeError(ErrorKind::Io, QStringLiteral("no working folder"));
    AppSettings::useFile(m_work->filePath(QStringLiteral("settings.ini")));
    m_database = m_options.server;
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    Result<int> patients = PatientRepository(**db).count(true);
    if (!patients)
        return patients.error();
    if (*patients == 0) {
        if (Status status = makeDemo(**db, m_database); !status)
            return status;
    } else if (*patients < m_options.patients) {
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds %2 patients; give an empty database, or one "
                                                            "made with --patients %2 or fewer")
                                                 .arg(m_database)
                                                 .arg(*patients));
    }
    return {};
}

Status Benchmark::chooseSample()
{
    // Every patient with a course is a candidate; the sample takes every k-th in chart-number order, so it spans
    // the register from the first patients made to the last.
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    QSqlQuery query((*db)->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT p.id, p.chart_number FROM patients p WHERE EXISTS "
                                   "(SELECT 1 FROM courses c WHERE c.patient_id = p.id) ORDER BY p.chart_number")))
        return makeError(ErrorKind::Io, query.lastError().text());
    QList<QPair<qint64, QString>> candidates;
    while (query.next())
        candidates.append({query.value(0).toLongLong(), query.value(1).toString()});
    if (candidates.isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("no patient has a course"));
    // The first forty (where earlier versions of this benchmark chose their one patient) and the rest spread evenly.
    const qsizetype first = std::min<qsizetype>({40, m_options.sample / 2, candidates.size()});
    for (qsizetype i = 0; i < first; ++i)
        m_sample.append(candidates[i]);
    const qsizetype spread = std::min<qsizetype>(m_options.sample - first, candidates.size() - first);
    for (qsizetype i = 0; i < spread; ++i)
        m_sample.append(candidates[first + i * (candidates.size() - first) / spread]);
    m_patientId = m_sample.constFirst().first;
    m_chartNumber = m_sample.constFirst().second;
    return {};
}

Result<Samples> Benchmark::measureColdStart(QList<QPair<QString, Samples>>& stages)
{
    Samples samples;
    const QStringList arguments{QStringLiteral("--db"), m_database, QStringLiteral("--settings"),
                                m_work->filePath(QStringLiteral("gui-settings.ini"))};
    const auto stage = [&stages](const QString& name) -> Samples& {
        for (auto& [known, values] : stages) {
            if (known == name)
                return values;
        }
        stages.append({name, Samples()});
        return stages.last().second;
    };
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QProcess process;
        QByteArray ready;
        Result<double> elapsed = startGui(process, arguments, &ready);
        stopGui(process);
        if (!elapsed)
            return elapsed.error();
        if (run == 0) // the first run warms the file cache
            continue;
        samples.values.append(*elapsed);
        // "ready MS name=MS name=MS …": the program's own clock starts in main(), so what came before it is the
        // loader's (starting the process, loading the libraries).
        const QList<QByteArray> fields = ready.split(' ');
        const double inMain = fields.value(1).toDouble();
        stage(QStringLiteral("process start, libraries loaded")).values.append(*elapsed - inMain);
        for (qsizetype i = 2; i < fields.size(); ++i) {
            const QList<QByteArray> pair = fields[i].split('=');
            if (pair.size() == 2)
                stage(QString::fromUtf8(pair[0]).replace(QLatin1Char('_'), QLatin1Char(' ')))
                    .values.append(pair[1].toDouble());
        }
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

Status Benchmark::measureSearch(Figures& figures)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    figures.searchByLength = QList<Samples>(kTypedName.size());
    figures.modelByLength = QList<Samples>(kTypedName.size());
    figures.rawByLength = QList<Samples>(kTypedName.size());
    {
        // The program's own layers without the screen: the register's model reading the page for each prefix.
        PatientListModel model(**db);
        for (int round = 0; round <= m_options.repetitions; ++round) {
            for (qsizetype length = 1; length <= kTypedName.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                if (!model.search(kTypedName.left(length)))
                    return makeError(ErrorKind::Io, model.lastError());
                if (round > 0)
                    figures.modelByLength[length - 1].values.append(milliseconds(timer));
            }
        }
    }
    {
        MainWindow window(std::move(db).value());
        window.show();
        QApplication::processEvents();
        QLineEdit* search = window.registerView()->searchEdit();
        QTableView* table = window.registerView()->table();
        PaintCounter painted(table->viewport());
        for (int round = 0; round <= m_options.repetitions; ++round) {
            search->clear();
            QApplication::processEvents();
            for (qsizetype length = 1; length <= kTypedName.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                const int paintsBefore = painted.count();
                QTest::keyClick(search, kTypedName.at(length - 1).toLatin1());
                QApplication::processEvents();
                // The keystroke ends when the list shows its result: drawn once, by the event loop or here.
                if (painted.count() == paintsBefore)
                    table->viewport()->repaint();
                if (round > 0) {
                    figures.searchKeystroke.values.append(milliseconds(timer));
                    figures.searchByLength[length - 1].values.append(milliseconds(timer));
                }
            }
        }
        if (table->model()->rowCount() == 0)
            return makeError(ErrorKind::NotFound, QStringLiteral("typing \"%1\" found nobody").arg(kTypedName));
    }

    if (!m_options.server.isEmpty())
        return {}; // the reference is SQLite's own
    QString error;
    std::optional<RawSqlite> sqlite = RawSqlite::open(m_database, &error);
    if (!sqlite)
        return makeError(ErrorKind::Io, error);
    for (int round = 0; round <= m_options.repetitions; ++round) {
        for (qsizetype length = 1; length <= kTypedName.size(); ++length) {
            const QString prefix = PatientSearch::fold(kTypedName.left(length));
            QElapsedTimer timer;
            timer.start();
            // As many rows as the register reads for its first screenful.
            if (sqlite->search(prefix, PatientListModel::kPageSize + 1) < 0)
                return makeError(ErrorKind::Io, QStringLiteral("the raw search failed"));
            if (round > 0) {
                figures.rawSearch.values.append(milliseconds(timer));
                figures.rawByLength[length - 1].values.append(milliseconds(timer));
            }
        }
    }
    return {};
}

qsizetype Benchmark::summarise(const QList<Samples>& perPatient, PatientSamples& summary) const
{
    qsizetype worst = 0;
    for (qsizetype i = 0; i < perPatient.size(); ++i) {
        summary.perPatient.values.append(perPatient[i].median());
        if (summary.perPatient.values[i] > summary.perPatient.values[worst])
            worst = i;
    }
    summary.patients = int(perPatient.size());
    summary.worstChart = m_sample[worst].second;
    return worst;
}

Status Benchmark::measureOpenPatient(Figures& figures)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    const InstrumentLibrary library = InstrumentLibrary::load();
    const ChartStyle style = ChartStyle::screen(QApplication::palette(), QApplication::font());
    // What opening a patient does: load and score the latest course, build every chart.
    const auto open = [&](qint64 patientId, std::vector<std::unique_ptr<QCustomPlot>>* plots,
                          std::shared_ptr<const CourseOutcomes>* outcomes) -> Status {
        CourseOutcomesLoader loader(**db, library);
        Result<LoadedCourse> loaded = loader.load(patientId);
        if (!loaded)
            return loaded.error();
        for (const QString& key : CourseCharts::keys(*loaded->outcomes)) {
            auto plot = std::make_unique<QCustomPlot>();
            plot->resize(CourseCharts::naturalSize(key, style));
            if (!CourseCharts::build(*plot, *loaded->outcomes, key, style))
                return makeError(ErrorKind::Internal, QStringLiteral("chart %1 could not be built").arg(key));
            if (plots)
                plots->push_back(std::move(plot));
        }
        if (outcomes)
            *outcomes = loaded->outcomes;
        return {};
    };

    // One pass over the sample warms the file cache; then each patient is opened `repetitions` times in turn.
    QList<Samples> perPatient(m_sample.size());
    for (int pass = 0; pass <= m_options.repetitions; ++pass) {
        for (qsizetype i = 0; i < m_sample.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            if (Status status = open(m_sample[i].first, nullptr, nullptr); !status)
                return makeError(status.error().kind,
                                 QStringLiteral("%1: %2").arg(m_sample[i].second, status.error().message));
            if (pass > 0)
                perPatient[i].values.append(milliseconds(timer));
        }
    }
    const qsizetype worst = summarise(perPatient, figures.openPatient);
    m_patientId = m_sample[worst].first;
    m_chartNumber = m_sample[worst].second;

    // The slowest patient again, with every chart drawn once as well (the screens draw only the charts shown).
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QCustomPlot>> plots;
        if (Status status = open(m_patientId, &plots, nullptr); !status)
            return status;
        for (const auto& plot : plots)
            (void)plot->toPixmap(plot->width(), plot->height());
        if (run > 0)
            figures.drawCharts.values.append(milliseconds(timer));
    }

    // The expected-course bands, as the progress page adds them. The desktop program reads the clinic's completed
    // courses in the background as its window opens (timed here until the last is read); every patient then only
    // chooses among them.
    CompletedCourseCache cache;
    {
        QElapsedTimer timer;
        timer.start();
        cache.preload(m_database, library);
        // The first look waits for the background read.
        if (Result<std::shared_ptr<const CompletedCourseCache::Courses>> read =
                cache.courses(**db, library, QStringLiteral("odi"));
            !read)
            return read.error();
        figures.bandPreloadMs = milliseconds(timer);
    }
    QList<Samples> bands(m_sample.size());
    for (int pass = 0; pass <= m_options.repetitions; ++pass) {
        for (qsizetype i = 0; i < m_sample.size(); ++i) {
            std::shared_ptr<const CourseOutcomes> outcomes;
            if (Status status = open(m_sample[i].first, nullptr, &outcomes); !status)
                return status;
            QElapsedTimer timer;
            timer.start();
            for (const QString& instrumentId : outcomes->instrumentIds()) {
                if (Result<ExpectedCourses> expected =
                        ExpectedCourseReader(**db, library).read(*outcomes, instrumentId, &cache);
                    !expected)
                    return expected.error();
            }
            if (pass == 0 && i == 0)
                figures.bandFirstMs = milliseconds(timer);
            else if (pass > 0)
                bands[i].values.append(milliseconds(timer));
        }
    }
    summarise(bands, figures.bandLater);
    return {};
}

Result<Samples> Benchmark::measureSave(Samples& raw)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    // A new patient and course of their own, so every save is a new assessment at a free visit. A server keeps
    // the patients of earlier runs: their chart numbers are passed over.
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
        if (PatientRepository(**db).findByChartNumber(patient.chartNumber))
            continue;
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

    if (!m_options.server.isEmpty())
        return samples; // the reference is SQLite's own
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

Result<Samples> Benchmark::timeProcess(const QString& program, const QStringList& arguments)
{
    Samples samples;
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return makeError(ErrorKind::Io, QStringLiteral("%1 %2 failed: %3")
                                                .arg(program, arguments.join(QLatin1Char(' ')),
                                                     QString::fromLocal8Bit(process.readAllStandardError())));
        if (run > 0) // the first run warms the file cache
            samples.values.append(milliseconds(timer));
    }
    return samples;
}

// The clinic outcome table as the desktop program opens it: the view, made on the program's open connection, reads
// every course's ODI values, computes the table and draws it with its charts. Each run is a new view, so nothing
// read by the one before is reused (the kept scores in the database are, as they are for a clinician).
Result<Samples> Benchmark::measureOutcomeTable()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_database);
    if (!db)
        return db.error();
    const InstrumentLibrary library = InstrumentLibrary::load();
    Samples samples;
    for (int run = 0; run <= m_options.repetitions; ++run) {
        QElapsedTimer timer;
        timer.start();
        ClinicOutcomesView view(**db, library);
        view.resize(1366, 768);
        view.show();
        QApplication::processEvents();
        view.repaint();
        if (!view.outcomes() || view.outcomes()->courseCount() == 0)
            return makeError(ErrorKind::NotFound, QStringLiteral("the clinic outcomes view showed no course"));
        if (run > 0) // the first run warms the connection
            samples.values.append(milliseconds(timer));
    }
    return samples;
}

// The command-line tool as scripts call it, each run a whole process from start to its last byte: a search, the
// clinic outcome table, scoring one form and one referral PDF; the search again through the sqlite3 program.
Status Benchmark::measureCommands(Figures& figures)
{
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("outcome-tracker-cli"));
    Result<Samples> search = timeProcess(
        cli, {QStringLiteral("patients"), QStringLiteral("--db"), m_database, QStringLiteral("--search"), kCliSearch});
    if (!search)
        return search.error();
    figures.cliSearch = *search;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!m_options.server.isEmpty()) {
        // The reference is SQLite's own program.
    } else if (sqlite3.isEmpty()) {
        progress(QStringLiteral("  the sqlite3 program is not installed: no reference for the command-line search"));
    } else {
        // What `patients --search` reads and prints, written by hand: every patient with a word starting with the
        // text, in name order, each with the latest course, its next planned visit and its sessions still to come
        // (which say the course's phase).
        const QString sql = RawSqlite::searchScript(PatientSearch::fold(kCliSearch), 1000000);
        Result<Samples> raw = timeProcess(sqlite3, {QStringLiteral("-readonly"), m_database, sql});
        if (!raw)
            return raw.error();
        figures.cliSearchRaw = *raw;
    }
    Result<Samples> outcomes =
        timeProcess(cli, {QStringLiteral("outcomes"), QStringLiteral("--db"), m_database, QStringLiteral("--measure"),
                          QStringLiteral("odi/total"), QStringLiteral("--by"), QStringLiteral("treatment"),
                          QStringLiteral("--json")});
    if (!outcomes)
        return outcomes.error();
    figures.outcomes = *outcomes;
    Result<Samples> score = timeProcess(cli, {QStringLiteral("score"), QStringLiteral("odi"),
                                              QStringLiteral("--answers"), QStringLiteral("3,2,1,4,1,0,2,1,3,5")});
    if (!score)
        return score.error();
    figures.cliScore = *score;
    Result<Samples> report =
        timeProcess(cli, {QStringLiteral("report"), QStringLiteral("--db"), m_database, QStringLiteral("--patient"),
                          m_chartNumber, QStringLiteral("--out"), m_work->filePath(QStringLiteral("cli-report.pdf"))});
    if (!report)
        return report.error();
    figures.cliReport = *report;
    return {};
}

int Benchmark::run()
{
    const auto fail = [](const QString& what, const Error& error) {
        progress(QStringLiteral("outcome-tracker-bench: %1: %2").arg(what, error.message));
        return 1;
    };
    if (Status status = prepareDatabase(); !status)
        return fail(QStringLiteral("preparing the database"), status.error());
    if (Status status = chooseSample(); !status)
        return fail(QStringLiteral("choosing the patients"), status.error());

    Figures figures;
    progress(QStringLiteral("Cold start …"));
    Result<Samples> coldStart = measureColdStart(figures.startStages);
    if (!coldStart)
        return fail(QStringLiteral("cold start"), coldStart.error());
    figures.coldStart = *coldStart;
    progress(QStringLiteral("Search …"));
    if (Status status = measureSearch(figures); !status)
        return fail(QStringLiteral("search"), status.error());
    progress(QStringLiteral("Opening %1 patients …").arg(m_sample.size()));
    if (Status status = measureOpenPatient(figures); !status)
        return fail(QStringLiteral("opening a patient"), status.error());
    // The rest uses the slowest patient to open.
    progress(QStringLiteral("Peak memory …"));
    if (Result<double> rss = measureRss(); rss)
        figures.rssMb = *rss;
    else
        progress(QStringLiteral("  not measured: %1").arg(rss.error().message));
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
    Result<Samples> outcomeTable = measureOutcomeTable();
    if (!outcomeTable)
        return fail(QStringLiteral("clinic outcomes"), outcomeTable.error());
    figures.outcomeTable = *outcomeTable;
    progress(QStringLiteral("Command-line tool …"));
    if (Status status = measureCommands(figures); !status)
        return fail(QStringLiteral("command-line tool"), status.error());

    if (m_options.json)
        printJson(figures);
    else
        printText(figures);
    return 0;
}

namespace {

// ours ÷ raw of two medians; 0 where there is no reference.
double ratio(const Samples& ours, const Samples& raw)
{
    return raw.isEmpty() || raw.median() <= 0 ? 0 : ours.median() / raw.median();
}

// The largest per-keystroke ratio: the keystroke where the program's layers cost most.
double worstRatio(const QList<Samples>& ours, const QList<Samples>& raw)
{
    double worst = 0;
    for (qsizetype i = 0; i < ours.size() && i < raw.size(); ++i)
        worst = std::max(worst, ratio(ours[i], raw[i]));
    return worst;
}

} // namespace

void Benchmark::printText(const Figures& figures) const
{
    std::printf("Outcome Tracker benchmark: %d patients (seed %u), median and worst of %d runs after a warm-up\n",
                m_options.patients, m_options.seed, m_options.repetitions);
    if (!m_options.server.isEmpty())
        std::printf("Database: %s (PostgreSQL; the raw SQLite references are left out)\n",
                    qPrintable(m_options.server));
    std::printf("Machine: %s\n", qPrintable(machine()));
    std::printf(
        "Patients opened: %d (the first 40 and the rest spread over the register); the slowest, %s, is the one shown, "
        "drawn and reported below\n\n",
        figures.openPatient.patients, qPrintable(figures.openPatient.worstChart));
    std::printf("%-42s %10s %10s %10s %12s %9s\n", "", "median", "worst", "budget", "raw", "ours/raw");
    // A budget of 0: a detail of the figure above, with nothing of its own to meet.
    const auto row = [](const char* name, const Samples& samples, double budget, const Samples* raw) {
        const QString budgetText = budget > 0 ? QStringLiteral("%1 ms").arg(budget, 7, 'f', 0) : QString();
        const char* verdict = budget > 0 && samples.worst() > budget ? "  over budget" : "";
        if (raw && !raw->isEmpty() && raw->median() > 0)
            std::printf("%-42s %7.2f ms %7.2f ms %10s %9.3f ms %8.1fx%s\n", name, samples.median(), samples.worst(),
                        qPrintable(budgetText), raw->median(), ratio(samples, *raw), verdict);
        else
            std::printf("%-42s %7.2f ms %7.2f ms %10s%s\n", name, samples.median(), samples.worst(),
                        qPrintable(budgetText), verdict);
    };
    row("cold start to a filled window", figures.coldStart, kColdStartGoal, nullptr);
    for (const auto& [stage, samples] : figures.startStages)
        row(qPrintable(QStringLiteral("  ") + stage), samples, 0, nullptr);
    row("one keystroke of patient search, drawn", figures.searchKeystroke, kSearchBudget, nullptr);
    for (qsizetype i = 0; i < figures.searchByLength.size(); ++i)
        row(qPrintable(QStringLiteral("  \"%1\", drawn").arg(kTypedName.left(i + 1))), figures.searchByLength[i], 0,
            nullptr);
    for (qsizetype i = 0; i < figures.modelByLength.size(); ++i)
        row(qPrintable(QStringLiteral("  \"%1\", read into the list").arg(kTypedName.left(i + 1))),
            figures.modelByLength[i], 0, &figures.rawByLength[i]);
    row("open a patient (load, score, charts)", figures.openPatient.perPatient, kOpenPatientBudget, nullptr);
    row(qPrintable(QStringLiteral("  … and draw every chart (%1)").arg(figures.openPatient.worstChart)),
        figures.drawCharts, 0, nullptr);
    std::printf("%-42s %7.2f ms\n", "  the clinic's courses for them, background", figures.bandPreloadMs);
    std::printf("%-42s %7.2f ms\n", "  expected-course bands, first patient", figures.bandFirstMs);
    row(qPrintable(QStringLiteral("  expected-course bands, later (worst %1)").arg(figures.bandLater.worstChart)),
        figures.bandLater.perPatient, kBandBudget, nullptr);
    row("save an assessment durably", figures.save, kSaveBudget, &figures.rawSave);
    row("one PDF referral summary", figures.pdf, kPdfBudget, nullptr);
    row("clinic outcome table (ODI), opened, drawn", figures.outcomeTable, kOutcomesBudget, nullptr);
    std::printf("\nThe command-line tool, whole processes:\n");
    row(qPrintable(QStringLiteral("patients --search %1").arg(kCliSearch)), figures.cliSearch, 0,
        &figures.cliSearchRaw);
    row("outcomes (one measure, by treatment, JSON)", figures.outcomes, kOutcomesBudget, nullptr);
    row("score (one ODI form)", figures.cliScore, 0, nullptr);
    row("report (one referral PDF)", figures.cliReport, 0, nullptr);
    if (figures.rssMb)
        std::printf("\n%-42s %7.1f MB %10s %7.0f MB%s\n", "peak memory, patient shown", *figures.rssMb, "", kRssBudget,
                    *figures.rssMb <= kRssBudget ? "" : "  over budget");
    else
        std::printf("\n%-42s %10s\n", "peak memory, patient shown", "n/a");
}

void Benchmark::printJson(const Figures& figures) const
{
    // Two decimals are plenty for milliseconds, megabytes and ratios.
    const auto rounded = [](double value) {
        return std::round(value * 100) / 100;
    };
    JsonObjectWriter results;
    results.add(u"cold_start_ms", rounded(figures.coldStart.median()))
        .add(u"search_keystroke_ms", rounded(figures.searchKeystroke.median()))
        .add(u"open_patient_ms", rounded(figures.openPatient.perPatient.median()))
        .add(u"save_ms", rounded(figures.save.median()))
        .add(u"pdf_ms", rounded(figures.pdf.median()))
        .add(u"outcomes_ms", rounded(figures.outcomes.median()))
        .add(u"outcome_table_ms", rounded(figures.outcomeTable.median()));
    if (figures.rssMb)
        results.add(u"rss_mb", rounded(*figures.rssMb));
    else
        results.addNull(u"rss_mb");
    results.add(u"open_patient_worst_ms", rounded(figures.openPatient.perPatient.worst()))
        .add(u"open_patient_worst_chart", figures.openPatient.worstChart)
        .add(u"open_patient_sample", figures.openPatient.patients)
        .add(u"search_keystroke_worst_ms", rounded(figures.searchKeystroke.worst()))
        .add(u"search_raw_ratio", rounded(worstRatio(figures.modelByLength, figures.rawByLength)))
        .add(u"save_raw_ratio", rounded(ratio(figures.save, figures.rawSave)))
        .add(u"outcome_table_worst_ms", rounded(figures.outcomeTable.worst()))
        .add(u"outcomes_worst_ms", rounded(figures.outcomes.worst()))
        .add(u"cli_search_ms", rounded(figures.cliSearch.median()));
    if (figures.cliSearchRaw.isEmpty())
        results.addNull(u"cli_search_raw_ratio");
    else
        results.add(u"cli_search_raw_ratio", rounded(ratio(figures.cliSearch, figures.cliSearchRaw)));
    results.add(u"cli_score_ms", rounded(figures.cliScore.median()))
        .add(u"cli_report_ms", rounded(figures.cliReport.median()))
        .add(u"cold_start_worst_ms", rounded(figures.coldStart.worst()))
        .add(u"expected_course_preload_ms", rounded(figures.bandPreloadMs))
        .add(u"expected_course_first_ms", rounded(figures.bandFirstMs))
        .add(u"expected_course_worst_ms", rounded(figures.bandLater.perPatient.worst()));
    JsonObjectWriter stages;
    for (const auto& [stage, samples] : figures.startStages)
        stages.add(stage, rounded(samples.median()));
    results.addRaw(u"cold_start_stages_ms", stages.text());
    JsonObjectWriter budget;
    budget.add(u"cold_start_ms", kColdStartGoal)
        .add(u"search_keystroke_ms", kSearchBudget)
        .add(u"open_patient_ms", kOpenPatientBudget)
        .add(u"save_ms", kSaveBudget)
        .add(u"pdf_ms", kPdfBudget)
        .add(u"outcomes_ms", kOutcomesBudget)
        .add(u"rss_mb", kRssBudget)
        .add(u"expected_course_ms", kBandBudget)
        .add(u"raw_ratio", kRawRatioGoal);
    const QString text = JsonObjectWriter()
                             .add(u"patients", m_options.patients)
                             .add(u"machine", machine())
                             .addRaw(u"results", results.text())
                             .addRaw(u"budget", budget.text())
                             .text();
    std::printf("%s\n", qPrintable(text));
}

} // namespace outcome::bench
