// outcome-tracker-cli: the command-line tool.
#include "CommandLine.h"

int main(int argc, char** argv)
{
    return outcome::cli::run(argc, argv);
}
