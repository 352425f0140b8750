// Account passwords and PINs, kept only as Argon2id hashes (libsodium's crypto_pwhash_str): the hash carries its
// own salt and cost, so the cost can be raised for new hashes and old ones rehashed at the next sign-in.
#pragma once

#include "Passphrase.h"
#include "Result.h"

#include <QString>

namespace outcome {

class PasswordHash
{
public:
    struct Cost
    {
        quint64 operations = 0;
        quint64 memoryBytes = 0;
        // What new hashes use: about a quarter of a second on an ordinary computer, for every guess too.
        static Cost standard();
        // The least libsodium allows; for tests.
        static Cost lowest();
    };

    static constexpr int kMinimumPasswordLength = 8;
    static constexpr int kMinimumPinLength = 4;

    // A password for an account: at least kMinimumPasswordLength characters. The message names the field.
    static Status acceptablePassword(const Passphrase& password);
    // A PIN for leaving the patient view: 4 to 8 digits.
    static Status acceptablePin(const Passphrase& pin);

    static Result<QString> make(const Passphrase& secret, Cost cost = Cost::standard());
    // False for a wrong secret and for anything that is not a hash.
    static bool matches(const QString& hash, const Passphrase& secret);
    // True when the hash was made with a lower cost than `cost` (or in another format): sign-in then replaces it.
    static bool weakerThan(const QString& hash, Cost cost = Cost::standard());
};

} // namespace outcome
