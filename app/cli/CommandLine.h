// outcome-tracker-cli: picks the command, sets up the application object it needs, runs it.
#pragma once

#include "ClinicOutcomes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace outcome {
class Database;
}

namespace outcome::cli {

class Console;

struct Command
{
    const char* name;
    const char* summary;
    bool needsGui; // draws charts or PDFs: needs a QApplication (offscreen when there is no display)
    int (*run)(const QStringList& arguments, Console& console);
};

// What the outcomes command hands to the drawing code for its PDF report.
struct OutcomesPdfRequest
{
    Database* db = nullptr;
    const ClinicOutcomes* outcomes = nullptr;
    const MeasureDefinition* measure = nullptr;
    QString measureKey;
    OutcomeFilter filter;
    OutcomeGrouping grouping = OutcomeGrouping::None;
    QString path;
};

// The commands that draw (charts, PDFs) need the widget, printing and chart libraries, which take longer to load
// than a search takes to run. They live in a program of their own, outcome-tracker-cli-draw, beside this one:
// outcome-tracker-cli starts without those libraries and hands a drawing command over to it, arguments, output and
// exit code unchanged.
struct Drawing
{
    std::unique_ptr<QCoreApplication> (*application)(int& argc, char** argv) = nullptr; // a QApplication
    int (*chart)(const QStringList& arguments, Console& console) = nullptr;
    int (*report)(const QStringList& arguments, Console& console) = nullptr;
    int (*form)(const QStringList& arguments, Console& console) = nullptr;
    Status (*outcomesPdf)(const OutcomesPdfRequest& request) = nullptr;
};

// `drawing` is given by the drawing program; without it, drawing commands are handed over to that program.
int run(int argc, char** argv, const Drawing* drawing = nullptr);
// The name of the drawing program's file.
QString drawingProgramName();

// Commands, one per file.
int runPatients(const QStringList& arguments, Console& console);
int runDemo(const QStringList& arguments, Console& console);
int runScore(const QStringList& arguments, Console& console);
int runInstruments(const QStringList& arguments, Console& console);
int runCheck(const QStringList& arguments, Console& console);
int runBackup(const QStringList& arguments, Console& console);
int runRestore(const QStringList& arguments, Console& console);
int runUnseal(const QStringList& arguments, Console& console);
int runUsers(const QStringList& arguments, Console& console);
int runExport(const QStringList& arguments, Console& console);
int runImport(const QStringList& arguments, Console& console);
int runOutcomes(const QStringList& arguments, Console& console);
int runMigrate(const QStringList& arguments, Console& console);
// The drawing program's commands, in the drawing library.
int runChart(const QStringList& arguments, Console& console);
int runReport(const QStringList& arguments, Console& console);
int runForm(const QStringList& arguments, Console& console);
Status writeOutcomesPdf(const OutcomesPdfRequest& request);
// The drawing commands as the program that runs them (set by run()): empty in outcome-tracker-cli.
const Drawing& drawing();

} // namespace outcome::cli
