// The backup made when the program closes, as the settings ask (BackupOnClose, BackupsToKeep).
#pragma once

#include "BackupStore.h"
#include "Passphrase.h"
#include "Result.h"

#include <functional>
#include <optional>

namespace outcome {

class Database;

class AutomaticBackup
{
public:
    // Gives the passphrase for an encrypted backup (the keychain's, or one typed); nothing when there is none.
    using PassphraseSource = std::function<std::optional<Passphrase>()>;

    // Makes a verified backup in the folder beside the database, unless backups on close are turned off or nothing
    // clinical changed since the newest backup. Returns the backup made, or nothing when none was needed. With
    // encrypted automatic backups on, the passphrase is asked of `passphrase` only once a backup is due; without
    // one no backup is made, and the error says so.
    static Result<std::optional<BackupInfo>> runOnClose(Database& db, const PassphraseSource& passphrase = {});
};

} // namespace outcome
