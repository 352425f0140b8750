// Where command-line output goes: results to stdout, messages to stderr, and the exit codes every command shares.
#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QTextStream>

namespace outcome::cli {

enum ExitCode
{
    kExitSuccess = 0,
    kExitFailure = 1,  // anything else
    kExitBadInput = 2, // bad input or usage; the message names the argument or field and what is allowed
    kExitRefused = 3   // the database was refused (newer version, failed integrity check, not a database)
};

int exitCodeFor(ErrorKind kind);

class Console
{
public:
    Console();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the message to stderr and returns the exit code for its kind.
    int fail(const Error& error);
    int fail(ExitCode code, const QString& message);
    void printJson(const QJsonDocument& document);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace outcome::cli
