// The Argon2id costs, in libsodium's terms.
#include "Argon2Cost.h"

#include <sodium.h>

namespace outcome {

Argon2Cost Argon2Cost::forPasswords()
{
    // Three passes over 96 MiB: 0.27 s measured on a two-core Debian machine.
    return Argon2Cost{3, 96ULL * 1024 * 1024};
}

Argon2Cost Argon2Cost::forFiles()
{
    // libsodium's "moderate" passes with half its memory: about half a second on a busy two-core machine, where
    // the full 256 MiB took over a second, long enough to make a backup feel stuck.
    return Argon2Cost{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE / 2};
}

Argon2Cost Argon2Cost::lowest()
{
    return Argon2Cost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

} // namespace outcome
