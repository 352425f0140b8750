// Deciding whether a backup is due, and making it.
#include "AutomaticBackup.h"

#include "AppSettings.h"
#include "Database.h"
#include "DatabaseSummary.h"

#include <QCoreApplication>

namespace outcome {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::AutomaticBackup)
};
} // namespace

Result<std::optional<BackupInfo>> AutomaticBackup::runOnClose(Database& db, const PassphraseSource& passphrase)
{
    const AppSettings& settings = AppSettings::instance();
    if (!settings.value(AppSettings::Key::BackupOnClose).toBool())
        return std::optional<BackupInfo>();
    BackupStore store(db.path());
    const QList<BackupInfo> backups = store.list();
    // Closing without a change would only push older backups out of the kept set.
    if (!backups.isEmpty()) {
        const DatabaseSummary summary = DatabaseSummary::of(db.path());
        if (summary.isReadable() && (!summary.lastChange.isValid() || summary.lastChange < backups.first().createdAt))
            return std::optional<BackupInfo>();
    }
    std::optional<Passphrase> secret;
    if (settings.value(AppSettings::Key::EncryptAutomaticBackups).toBool()) {
        if (passphrase)
            secret = passphrase();
        if (!secret)
            return makeError(ErrorKind::Invalid, Tr::tr("Automatic backups are set to be encrypted, and no passphrase "
                                                        "was given: no backup was made."));
    }
    Result<BackupInfo> made = store.create(db, std::max(1, settings.value(AppSettings::Key::BackupsToKeep).toInt()),
                                           secret ? &*secret : nullptr);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(*made);
}

} // namespace outcome
