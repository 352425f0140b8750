// outcome-tracker-bench: the speed budget of the product, measured on a demo clinic of a chosen size.
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace outcome::bench {

struct BenchOptions
{
    int patients = 10000;
    quint32 seed = 1;
    int repetitions = 5; // measured runs of each figure, after one warm-up
    QString cacheDir;    // where demo databases are kept for the next run, by size and seed
    bool json = false;
};

// The measured runs of one figure.
struct Samples
{
    QList<double> values;
    double median() const;
    double worst() const;
    bool isEmpty() const { return values.isEmpty(); }
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
        Samples searchKeystroke;
        Samples rawSearch;
        Samples openPatient;
        Samples drawCharts;
        Samples save;
        Samples rawSave;
        Samples pdf;
        Samples outcomes;
        std::optional<double> rssMb;
    };

    Status prepareDatabase();
    Status choosePatient();
    Result<Samples> measureColdStart();
    Result<double> measureRss();
    Result<Samples> measureSearch(Samples& raw);
    Result<Samples> measureOpenPatient(Samples& drawn);
    Result<Samples> measureSave(Samples& raw);
    Result<Samples> measurePdf();
    Result<Samples> measureOutcomes();
    void printText(const Figures& figures) const;
    void printJson(const Figures& figures) const;

    BenchOptions m_options;
    // Inside the cache folder, on the same disk as the clinics: /tmp may be memory, where durable saves cost nothing.
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_database;    // the working copy every measurement uses
    QString m_chartNumber; // the patient opened, shown and reported
    qint64 m_patientId = 0;
};

} // namespace outcome::bench
