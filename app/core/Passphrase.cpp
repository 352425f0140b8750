// Passphrase rules and wiping.
#include "Passphrase.h"

#include <QCoreApplication>

#include <sodium.h>
#include <utility>

namespace outcome {

Passphrase::Passphrase(const QString& text)
    : m_utf8(text.toUtf8())
{}

Passphrase Passphrase::fromUtf8(QByteArray& bytes)
{
    Passphrase passphrase;
    // A deep copy: the caller's buffer is wiped below, and a shared one would be wiped with it.
    passphrase.m_utf8 = QByteArray(bytes.constData(), bytes.size());
    wipe(bytes);
    return passphrase;
}

Passphrase::~Passphrase()
{
    wipe(m_utf8);
}

Passphrase::Passphrase(Passphrase&& other) noexcept
    : m_utf8(std::exchange(other.m_utf8, QByteArray()))
{}

Passphrase& Passphrase::operator=(Passphrase&& other) noexcept
{
    if (this != &other) {
        wipe(m_utf8);
        m_utf8 = std::exchange(other.m_utf8, QByteArray());
    }
    return *this;
}

Status Passphrase::acceptableForNewFile() const
{
    if (m_utf8.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("outcome::Passphrase",
                                                     "The passphrase is empty. Choose one of at least %1 characters.")
                             .arg(kMinimumLength));
    const qsizetype length = QString::fromUtf8(m_utf8).size();
    if (length < kMinimumLength)
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("outcome::Passphrase", "The passphrase has %1 characters; choose "
                                                                            "one of at least %2, such as a few words.")
                             .arg(length)
                             .arg(kMinimumLength));
    return {};
}

void Passphrase::wipe(QByteArray& bytes)
{
    // Only a buffer held by this one array is overwritten: data() on a shared one would detach and wipe a fresh copy.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace outcome
