// outcome-tracker-cli: picks the command, sets up the application object it needs, runs it.
#pragma once

#include <QStringList>

namespace outcome::cli {

class Console;

struct Command
{
    const char* name;
    const char* summary;
    bool needsGui; // draws charts or PDFs: needs a QApplication (offscreen when there is no display)
    int (*run)(const QStringList& arguments, Console& console);
};

int run(int argc, char** argv);

// Commands, one per file.
int runPatients(const QStringList& arguments, Console& console);
int runDemo(const QStringList& arguments, Console& console);
int runScore(const QStringList& arguments, Console& console);
int runInstruments(const QStringList& arguments, Console& console);
int runCheck(const QStringList& arguments, Console& console);
int runBackup(const QStringList& arguments, Console& console);
int runRestore(const QStringList& arguments, Console& console);
int runExport(const QStringList& arguments, Console& console);
int runImport(const QStringList& arguments, Console& console);
int runChart(const QStringList& arguments, Console& console);
int runReport(const QStringList& arguments, Console& console);
int runOutcomes(const QStringList& arguments, Console& console);

} // namespace outcome::cli
