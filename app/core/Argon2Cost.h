// How much work Argon2id does per attempt (libsodium's opslimit and memlimit): every guess at a password, PIN or
// passphrase costs this much again. One type for account hashes (PasswordHash) and sealed files (SealedFile), each
// with its own standard.
#pragma once

#include <QtGlobal>

namespace outcome {

struct Argon2Cost
{
    quint64 operations = 0;
    quint64 memoryBytes = 0;

    // What new account passwords and PINs are hashed with: about a quarter of a second on an ordinary computer.
    static Argon2Cost forPasswords();
    // What new sealed files (encrypted backups and exports) use: a few tenths of a second and 128 MiB.
    static Argon2Cost forFiles();
    // The least libsodium allows; for tests, which would otherwise spend most of their time deriving keys.
    static Argon2Cost lowest();
};

} // namespace outcome
