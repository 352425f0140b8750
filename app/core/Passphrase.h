// A passphrase that opens an encrypted file: kept as UTF-8 bytes and wiped from memory when it goes.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace outcome {

class Passphrase
{
public:
    // The shortest passphrase accepted for a new encrypted file: long enough that guessing it stays out of reach
    // even with the file in hand.
    static constexpr int kMinimumLength = 10;

    explicit Passphrase(const QString& text);
    // Takes the bytes (UTF-8) and wipes the caller's buffer.
    static Passphrase fromUtf8(QByteArray& bytes);
    ~Passphrase();
    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&& other) noexcept;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;

    const QByteArray& utf8() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    // Whether it may protect a new file: not empty and at least kMinimumLength characters. Any passphrase is tried
    // on an existing file, since it was accepted when that file was written.
    Status acceptableForNewFile() const;

    // Overwrites the bytes of a buffer that held a passphrase.
    static void wipe(QByteArray& bytes);

private:
    Passphrase() = default;
    QByteArray m_utf8;
};

} // namespace outcome
