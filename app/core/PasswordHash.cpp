// Argon2id through libsodium; nothing here is hand-made cryptography.
#include "PasswordHash.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PasswordHash)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The cost written in a hash: "$argon2id$v=19$m=98304,t=3,p=1$...", m in KiB.
bool costOf(const QString& hash, quint64& operations, quint64& memoryBytes)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),p=\\d+\\$"));
    const QRegularExpressionMatch match = pattern.match(hash);
    if (!match.hasMatch())
        return false;
    memoryBytes = match.captured(1).toULongLong() * 1024;
    operations = match.captured(2).toULongLong();
    return true;
}

} // namespace

Status PasswordHash::acceptablePassword(const Passphrase& password)
{
    const int length = QString::fromUtf8(password.utf8()).size();
    if (length < kMinimumPasswordLength)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("Password: it has %1 characters; at least %2 are needed.").arg(length).arg(kMinimumPasswordLength));
    return {};
}

Status PasswordHash::acceptablePin(const Passphrase& pin)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4,8}$"));
    if (!digits.match(QString::fromUtf8(pin.utf8())).hasMatch())
        return makeError(ErrorKind::Invalid, Tr::tr("PIN: use 4 to 8 digits."));
    return {};
}

Result<QString> PasswordHash::make(const Passphrase& secret, Argon2Cost cost)
{
    if (!sodiumReady())
        return makeError(ErrorKind::Internal, Tr::tr("The encryption library could not be started."));
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.utf8().constData(), quint64(secret.utf8().size()), cost.operations,
                          size_t(cost.memoryBytes)) != 0)
        return makeError(ErrorKind::Io, Tr::tr("There was not enough memory to protect the password."));
    return QString::fromLatin1(hash);
}

bool PasswordHash::matches(const QString& hash, const Passphrase& secret)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), secret.utf8().constData(), quint64(secret.utf8().size())) == 0;
}

bool PasswordHash::weakerThan(const QString& hash, Argon2Cost cost)
{
    quint64 operations = 0;
    quint64 memoryBytes = 0;
    if (!costOf(hash, operations, memoryBytes))
        return true;
    return operations < cost.operations || memoryBytes < cost.memoryBytes;
}

} // namespace outcome
