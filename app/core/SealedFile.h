// A file encrypted with a passphrase, for backups and exports that leave the computer: libsodium's secretstream
// (XChaCha20-Poly1305) under a key derived from the passphrase by Argon2id.
#pragma once

#include "Argon2Cost.h"
#include "Passphrase.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace outcome {

// The layout, all numbers big-endian:
//   "OTSEALED"  format version (2 bytes)  Argon2id operations (8)  Argon2id memory in bytes (8)  salt (16)
//   plaintext bytes per chunk (4)  passphrase check (16)  secretstream header (24)
// then the chunks, each chunk-size bytes of plaintext plus 17 bytes, the last one shorter or equal and tagged FINAL.
// The whole header is the additional data of the first chunk, so changing any of its bytes is detected, and a file
// without its FINAL chunk (cut short) or with bytes after it is refused. The passphrase check is a second key
// derived from the same Argon2id output; it tells a wrong passphrase from a damaged file without weakening either.
class SealedFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kChunkBytes = 64 * 1024;

    // True when the file starts with the sealed format's magic bytes (any version).
    static bool isSealed(const QString& path);
    static bool isSealed(const QByteArray& firstBytes);

    // Encrypts `plainPath` into the new file `sealedPath` (owner-only; it must not exist). On failure nothing is
    // left at `sealedPath`.
    static Status seal(const QString& plainPath, const QString& sealedPath, const Passphrase& passphrase,
                       Argon2Cost cost = Argon2Cost::forFiles());
    // Decrypts and verifies `sealedPath` into the new file `plainPath` (owner-only; it must not exist). A wrong
    // passphrase is ErrorKind::Denied; a changed, damaged or cut-short file is ErrorKind::Refused. On any failure
    // nothing is left at `plainPath`: only a file that verified to its last byte is kept.
    static Status unseal(const QString& sealedPath, const QString& plainPath, const Passphrase& passphrase);
};

} // namespace outcome
