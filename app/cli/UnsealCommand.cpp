// `unseal`: opens an encrypted export archive (export --encrypt) into a folder.
#include "CommandArguments.h"
#include "CommandLine.h"
#include "SealedArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::UnsealCommand", text);
}
} // namespace

int runUnseal(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("unseal"),
        tr("Opens an encrypted export archive (written by export --encrypt) with the passphrase on the first line of "
           "standard input, and writes its files into the folder --out (created if missing, owner-only). The whole "
           "archive is checked before anything is written: a wrong passphrase exits 4, a damaged or changed archive "
           "exits 3, and neither leaves a file behind. Prints the paths written."));
    args.addOption(QStringLiteral("file"), tr("The encrypted archive."), QStringLiteral("FILE"));
    args.addOption(QStringLiteral("out"), tr("The folder to write the files into."), QStringLiteral("DIR"));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<QString> file = args.required(QStringLiteral("file"));
    if (!file)
        return console.fail(file.error());
    const Result<QString> out = args.required(QStringLiteral("out"));
    if (!out)
        return console.fail(out.error());
    if (!QFileInfo::exists(*file))
        return console.fail(args.usageError(tr("--file: %1 does not exist.").arg(QDir::toNativeSeparators(*file))));
    if (!SealedFile::isSealed(*file))
        return console.fail(args.usageError(
            tr("--file: %1 is not an encrypted archive (it does not start as export --encrypt writes one).")
                .arg(QDir::toNativeSeparators(*file))));
    Result<Passphrase> passphrase = console.readPassphrase(QStringLiteral("unseal"));
    if (!passphrase)
        return console.fail(passphrase.error());
    const Result<QStringList> written = SealedArchive::extract(*file, *out, *passphrase);
    if (!written) {
        if (written.error().kind == ErrorKind::Invalid)
            return console.fail(args.usageError(QStringLiteral("--out: ") + written.error().message));
        return console.fail(written.error());
    }
    for (const QString& path : *written)
        console.out() << path << '\n';
    console.out().flush();
    return kExitSuccess;
}

} // namespace outcome::cli
