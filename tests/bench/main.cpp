// outcome-tracker-bench: measures the speed budget on a demo clinic; not part of the test run.
#include "Benchmark.h"
#include "Database.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char** argv)
{
    // The widgets measured here need no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("outcome-tracker-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Outcome Tracker against its speed budget on a demo clinic: cold start, one keystroke of search, "
        "opening a patient, a durable save, a PDF summary and peak memory, with the same search and save written "
        "directly against SQLite for reference."));
    parser.addHelpOption();
    const QCommandLineOption patientsOption(QStringLiteral("patients"),
                                            QStringLiteral("Patients in the demo clinic (default 10000)."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo clinic (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption repetitionsOption(
        QStringLiteral("repetitions"), QStringLiteral("Measured runs of each figure after a warm-up (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-dir"),
        QStringLiteral("Where demo clinics are kept between runs, one per size and seed (default: the user's cache)."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Measure a clinic server instead of a demo file: postgresql://USER@HOST:PORT/DATABASE (an "
                       "empty database gets the demo clinic first; the saves measured stay in it)."),
        QStringLiteral("ADDRESS"));
    parser.addOptions({patientsOption, seedOption, repetitionsOption, cacheOption, jsonOption, dbOption});
    parser.process(app);

    outcome::bench::BenchOptions options;
    bool patientsOk = false;
    bool seedOk = false;
    bool repetitionsOk = false;
    options.patients = parser.value(patientsOption).toInt(&patientsOk);
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    options.repetitions = parser.value(repetitionsOption).toInt(&repetitionsOk);
    if (!patientsOk || options.patients < 1 || options.patients > 1000000) {
        std::fprintf(stderr, "--patients: expected a whole number from 1 to 1000000\n");
        return 2;
    }
    if (!seedOk) {
        std::fprintf(stderr, "--seed: expected a whole number from 0 to 4294967295\n");
        return 2;
    }
    if (!repetitionsOk || options.repetitions < 1 || options.repetitions > 1000) {
        std::fprintf(stderr, "--repetitions: expected a whole number from 1 to 1000\n");
        return 2;
    }
    options.cacheDir = parser.value(cacheOption);
    options.json = parser.isSet(jsonOption);
    options.server = parser.value(dbOption);
    if (!options.server.isEmpty() && !outcome::Database::isServerAddress(options.server)) {
        std::fprintf(stderr, "--db: expected a server address, postgresql://USER@HOST:PORT/DATABASE\n");
        return 2;
    }
    return outcome::bench::Benchmark(options).run();
}
