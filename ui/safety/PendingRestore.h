// A restore the user confirmed while the database was open: the start-up code carries it out once the main window
// has closed and released the database, then opens the window again on the restored file.
#pragma once

#include <QString>

#include <optional>

namespace outcome {

class PendingRestore
{
public:
    // Records the backup to restore and closes every window (after the current event, so a dialog can finish).
    static void request(const QString& backupPath);
    // The backup to restore, once; empty when none was requested.
    static std::optional<QString> take();
};

} // namespace outcome
