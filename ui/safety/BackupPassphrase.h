// The passphrase that encrypts automatic backups, kept in the platform's keychain (the Secret Service on Linux, the
// Keychain on macOS, the Credential Manager on Windows), one entry per database file, never in the settings file.
// Where there is no keychain it is asked for each time a backup is made.
#pragma once

#include "Passphrase.h"
#include "Result.h"

#include <QString>

#include <optional>

class QWidget;

namespace outcome {

class BackupPassphrase
{
public:
    // The stored passphrase for this database. NotFound when the keychain has none for it; Refused when there is
    // no keychain or it refused access (the message says which).
    static Result<Passphrase> fromKeychain(const QString& databasePath);
    static Status toKeychain(const QString& databasePath, const Passphrase& passphrase);
    static Status forget(const QString& databasePath);

    // For a backup about to be made: the keychain's passphrase, else asked for over `parent`; nothing when the
    // question was cancelled.
    static std::optional<Passphrase> obtain(const QString& databasePath, QWidget* parent);
    // Asks for a new passphrase twice, over `parent`; nothing when cancelled. A short or mismatched one is asked
    // again with the reason.
    static std::optional<Passphrase> askNew(QWidget* parent);
};

} // namespace outcome
