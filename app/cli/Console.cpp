// Console streams and exit codes.
#include "Console.h"

#include <QCoreApplication>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace outcome::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
        return kExitBadInput;
    case ErrorKind::Refused:
        return kExitRefused;
    case ErrorKind::Denied:
        return kExitDenied;
    case ErrorKind::Io:
    case ErrorKind::Internal:
        break;
    }
    return kExitFailure;
}

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int Console::fail(const Error& error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.kind);
}

int Console::fail(ExitCode code, const QString& message)
{
    m_err << message << Qt::endl;
    return code;
}

Result<Passphrase> Console::readPassphrase(const QString& option)
{
#ifdef Q_OS_WIN
    const bool terminal = _isatty(_fileno(stdin)) != 0;
#else
    const bool terminal = isatty(fileno(stdin)) != 0;
#endif
    const QString howTo =
        QCoreApplication::translate("outcome::cli::Console",
                                    "%1 reads the passphrase from the first line of standard input; pipe it in, for "
                                    "example from a password manager: pass show clinic-backup | outcome-tracker-cli …")
            .arg(option);
    if (terminal)
        return makeError(ErrorKind::Invalid, howTo);
    // Read byte by byte, so that nothing after this line is taken from standard input.
    QByteArray line;
    for (int c = std::getc(stdin); c != EOF && c != '\n'; c = std::getc(stdin))
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(
            ErrorKind::Invalid,
            QCoreApplication::translate("outcome::cli::Console", "The passphrase is empty. %1").arg(howTo));
    return Passphrase::fromUtf8(line);
}

void Console::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace outcome::cli
