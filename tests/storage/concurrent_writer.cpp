// Test helper for the concurrency tests: one workstation saving patients' notes as fast as it can, each save based
// on what it last read. Several run at once on one database (a file, or a server) to show that a save based on an
// older read is refused, that no save is lost, and that nobody waits for ever.
// Usage: concurrent_writer DATABASE WRITER SAVES CHART...
// Save i goes to CHART number i modulo their count: it reads the patient, waits a moment (as a clinician would),
// adds " WRITER.i" to the notes and saves. Prints "saved WRITER.i CHART" or "stale WRITER.i CHART" per save; any
// other failure ends it with exit code 1.
#include "Database.h"
#include "PatientRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace outcome;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: concurrent_writer DATABASE WRITER SAVES CHART...\n");
        return 2;
    }
    OpenOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> opened = Database::open(arguments[1], options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = **opened;
    const QString writer = arguments[2];
    db.setActor(QStringLiteral("writer ") + writer);
    const int saves = arguments[3].toInt();
    const QStringList charts = arguments.mid(4);
    PatientRepository patients(db);
    QRandomGenerator random(qHash(writer));
    for (int i = 0; i < saves; ++i) {
        const QString& chart = charts[i % charts.size()];
        Result<Patient> patient = patients.findByChartNumber(chart);
        if (!patient) {
            std::fprintf(stderr, "%s\n", qPrintable(patient.error().message));
            return 1;
        }
        QThread::msleep(random.bounded(15));
        const QString token = writer + QLatin1Char('.') + QString::number(i);
        patient->notes += QLatin1Char(' ') + token;
        const Status saved = patients.update(*patient, QStringLiteral("concurrency test"));
        if (saved) {
            std::printf("saved %s %s\n", qPrintable(token), qPrintable(chart));
        } else if (saved.error().kind == ErrorKind::Conflict) {
            std::printf("stale %s %s\n", qPrintable(token), qPrintable(chart));
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::fflush(stdout);
    }
    return 0;
}
