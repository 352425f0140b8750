// QtKeychain's jobs run to the end here, in a local event loop: the answer is needed before the backup goes on.
#include "BackupPassphrase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <qt6keychain/keychain.h>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::BackupPassphrase)
};

const QString kService = QStringLiteral("Outcome Tracker automatic backups");

QString keyFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath();
}

void runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorKind::NotFound, Tr::tr("The keychain holds no backup passphrase for this database."));
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return makeError(ErrorKind::Refused, Tr::tr("This computer has no keychain (%1).").arg(job.errorString()));
    return makeError(ErrorKind::Refused, Tr::tr("The keychain refused: %1").arg(job.errorString()));
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace

Result<Passphrase> BackupPassphrase::fromKeychain(const QString& databasePath)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(databasePath));
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return Passphrase(job.textData());
}

Status BackupPassphrase::toKeychain(const QString& databasePath, const Passphrase& passphrase)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(databasePath));
    job.setTextData(QString::fromUtf8(passphrase.utf8()));
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Status BackupPassphrase::forget(const QString& databasePath)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(databasePath));
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

std::optional<Passphrase> BackupPassphrase::obtain(const QString& databasePath, QWidget* parent)
{
    if (Result<Passphrase> stored = fromKeychain(databasePath); stored && !stored->isEmpty())
        return std::move(stored).value();
    const std::optional<QString> typed =
        askText(parent, Tr::tr("Encrypted backup"),
                Tr::tr("Automatic backups of %1 are encrypted. Type the backup passphrase:")
                    .arg(QFileInfo(databasePath).fileName()));
    if (!typed || typed->isEmpty())
        return std::nullopt;
    return Passphrase(*typed);
}

std::optional<Passphrase> BackupPassphrase::askNew(QWidget* parent)
{
    QString problem;
    for (;;) {
        QString label = Tr::tr("A passphrase for encrypted automatic backups (at least %1 characters). Without it "
                               "nobody can restore them, you included: keep it somewhere safe.")
                            .arg(Passphrase::kMinimumLength);
        if (!problem.isEmpty())
            label = problem + QStringLiteral("\n\n") + label;
        const std::optional<QString> first = askText(parent, Tr::tr("Backup passphrase"), label);
        if (!first)
            return std::nullopt;
        Passphrase passphrase(*first);
        if (Status acceptable = passphrase.acceptableForNewFile(); !acceptable) {
            problem = acceptable.error().message;
            continue;
        }
        const std::optional<QString> again =
            askText(parent, Tr::tr("Backup passphrase"), Tr::tr("The same passphrase again:"));
        if (!again)
            return std::nullopt;
        if (*again != *first) {
            problem = Tr::tr("The two passphrases differ.");
            continue;
        }
        return passphrase;
    }
}

} // namespace outcome
