// Account passwords and PINs, kept only as Argon2id hashes (libsodium's crypto_pwhash_str): the hash carries its
// own salt and cost, so the cost can be raised for new hashes and old ones rehashed at the next sign-in.
#pragma once

#include "Argon2Cost.h"
#include "Passphrase.h"
#include "Result.h"

#include <QString>

namespace outcome {

class PasswordHash
{
public:
    static constexpr int kMinimumPasswordLength = 8;
    static constexpr int kMinimumPinLength = 4;

    // A password for an account: at least kMinimumPasswordLength characters. The message names the field.
    static Status acceptablePassword(const Passphrase& password);
    // A PIN for leaving the patient view: 4 to 8 digits.
    static Status acceptablePin(const Passphrase& pin);

    static Result<QString> make(const Passphrase& secret, Argon2Cost cost = Argon2Cost::forPasswords());
    // False for a wrong secret and for anything that is not a hash.
    static bool matches(const QString& hash, const Passphrase& secret);
    // True when the hash was made with a lower cost than `cost` (or in another format): sign-in then replaces it.
    static bool weakerThan(const QString& hash, Argon2Cost cost = Argon2Cost::forPasswords());
};

} // namespace outcome
