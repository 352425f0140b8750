// Runs the real outcome-tracker-cli and captures what it printed and how it ended.
#pragma once

#include <QProcess>
#include <QStringList>

#include <optional>

namespace outcome::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `input`, when given, is what the program reads on standard input (which is then closed).
inline CliRun runCli(const QStringList& arguments, int timeoutMs = 120000,
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                     const std::optional<QByteArray>& input = std::nullopt)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OT_BINARY_DIR "/outcome-tracker-cli"), arguments);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// As on a server: no display and no platform chosen, so the program has to pick the offscreen one itself.
inline CliRun runCliWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    return runCli(arguments, 120000, environment);
}

// The program reading `input` on standard input, as a passphrase piped in from a password manager.
inline CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input)
{
    return runCli(arguments, 120000, QProcessEnvironment::systemEnvironment(), input);
}

} // namespace outcome::test
