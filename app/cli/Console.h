// Where command-line output goes: results to stdout, messages to stderr, and the exit codes every command shares.
#pragma once

#include "Passphrase.h"
#include "Result.h"

#include <QJsonDocument>
#include <QTextStream>

namespace outcome::cli {

enum ExitCode
{
    kExitSuccess = 0,
    kExitFailure = 1,  // anything else
    kExitBadInput = 2, // bad input or usage; the message names the argument or field and what is allowed
    kExitRefused = 3,  // the database was refused (newer version, failed integrity check, not a database)
    kExitDenied = 4    // a passphrase did not open an encrypted file
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
    // The next line of standard input as a passphrase, for `option` (named in the message). Refused (Invalid) when
    // standard input is a terminal, where the passphrase would show as it is typed, or when the line is empty.
    Result<Passphrase> readPassphrase(const QString& option);
    void printJson(const QJsonDocument& document);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace outcome::cli
