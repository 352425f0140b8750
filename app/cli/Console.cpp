// Console streams and exit codes.
#include "Console.h"

#include <cstdio>

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

void Console::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace outcome::cli
