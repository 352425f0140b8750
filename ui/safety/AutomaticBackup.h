// The backup made when the program closes, as the settings ask (BackupOnClose, BackupsToKeep).
#pragma once

#include "BackupStore.h"
#include "Result.h"

#include <optional>

namespace outcome {

class Database;

class AutomaticBackup
{
public:
    // Makes a verified backup in the folder beside the database, unless backups on close are turned off or nothing
    // clinical changed since the newest backup. Returns the backup made, or nothing when none was needed.
    static Result<std::optional<BackupInfo>> runOnClose(Database& db);
};

} // namespace outcome
