// Deciding whether a backup is due, and making it.
#include "AutomaticBackup.h"

#include "AppSettings.h"
#include "Database.h"
#include "DatabaseSummary.h"

namespace outcome {

Result<std::optional<BackupInfo>> AutomaticBackup::runOnClose(Database& db)
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
    Result<BackupInfo> made = store.create(db, std::max(1, settings.value(AppSettings::Key::BackupsToKeep).toInt()));
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(*made);
}

} // namespace outcome
