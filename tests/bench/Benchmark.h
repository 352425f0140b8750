// outcome-tracker-bench: the speed budget of the product, measured on a demo clinic of a chosen size.
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace outcome {
class Database;
}

namespace outcome::bench {

struct BenchOptions
{
    int patients = 10000;
    quint32 seed = 1;
    int repetitions = 5; // measured runs of each figure, after one warm-up
    QString cacheDir;    // where demo databases are kept for the next run, by size and seed
    bool json = false;
    int sample = 200; // patients opened, spread over the register
    // A clinic server (postgresql://...) to measure instead of a demo file: an empty database gets the demo clinic
    // first. The references written directly against SQLite are left out there.
    QString server;
};

// The measured runs of one figure.
struct Samples
{
    QList<double> values;
    double median() const;
    double worst() const;
    bool isEmpty() const { return values.isEmpty(); }
};

// One figure measured on many patients: the median of each patient's runs, and who was slowest.
struct PatientSamples
{
    Samples perPatient; // each patient's median
    QString worstChart;
    int patients = 0;
};

class Benchmark
{
public:
    explicit Benchmark(BenchOptions options);
    // Runs every measurement and prints the report; returns the exit code.
    int run();

private:
    struct Figures
    {
        Samples coldStart;
        QList<QPair<QString, Samples>> startStages; // where a cold start's time went, in order
        Samples searchKeystroke;
        Samples rawSearch;
        QList<Samples> searchByLength; // each keystroke of the typed name, until the list is drawn
        QList<Samples> modelByLength;  // the same prefixes read into the register's model, nothing drawn...
        QList<Samples> rawByLength;    // ...and through hand-written SQL
        PatientSamples openPatient;
        Samples drawCharts;       // the worst patient's charts drawn as well
        double bandPreloadMs = 0; // the clinic's completed courses, read in the background as the window opens
        double bandFirstMs = 0;   // the first patient's expected-course bands, once those are read
        PatientSamples bandLater; // every later patient's bands, chosen from what was read
        Samples save;
        Samples rawSave;
        Samples pdf;
        Samples outcomeTable; // the desktop's clinic outcomes, opened and drawn
        Samples outcomes;     // the same table from the command-line tool, a whole process
        Samples cliSearch;    // whole processes of the command-line tool...
        Samples cliSearchRaw; // ...and the same query through the sqlite3 program
        Samples cliScore;
        Samples cliReport;
        std::optional<double> rssMb;
    };

    // The demo clinic of the chosen size and seed, made in `db` (shown as `shownAs` in the progress lines).
    Status makeDemo(Database& db, const QString& shownAs) const;
    Status prepareDatabase();
    Status prepareServer();
    Status chooseSample();
    Result<Samples> measureColdStart(QList<QPair<QString, Samples>>& stages);
    Status measureCommands(Figures& figures);
    Result<Samples> timeProcess(const QString& program, const QStringList& arguments);
    Result<double> measureRss();
    Status measureSearch(Figures& figures);
    Status measureOpenPatient(Figures& figures);
    // Each sampled patient's median into `summary`, with the slowest named; returns the slowest one's index.
    qsizetype summarise(const QList<Samples>& perPatient, PatientSamples& summary) const;
    Result<Samples> measureSave(Samples& raw);
    Result<Samples> measurePdf();
    Result<Samples> measureOutcomeTable();
    void printText(const Figures& figures) const;
    void printJson(const Figures& figures) const;

    BenchOptions m_options;
    // Inside the cache folder, on the same disk as the clinics: /tmp may be memory, where durable saves cost nothing.
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_database;                     // the working copy every measurement uses
    QList<QPair<qint64, QString>> m_sample; // patients opened (id, chart number), spread over the register
    QString m_chartNumber;                  // the slowest of them to open: shown, reported and drawn
    qint64 m_patientId = 0;
};

} // namespace outcome::bench
