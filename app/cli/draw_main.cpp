// outcome-tracker-cli-draw: the command-line tool's drawing commands (chart, report, form, outcomes --pdf), in a
// program of their own so that outcome-tracker-cli starts without the widget and printing libraries.
#include "CommandLine.h"

#include <QApplication>

namespace {

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const outcome::cli::Drawing drawing{&makeApplication, &outcome::cli::runChart, &outcome::cli::runReport,
                                        &outcome::cli::runForm, &outcome::cli::writeOutcomesPdf};
    return outcome::cli::run(argc, argv, &drawing);
}
