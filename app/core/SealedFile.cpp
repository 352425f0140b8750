// Sealing and unsealing files with libsodium; nothing here is our own cryptography.
#include "SealedFile.h"

#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <array>
#include <cstring>
#include <sodium.h>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SealedFile)
};

constexpr char kMagic[] = "OTSEALED";
constexpr qsizetype kMagicBytes = 8;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "OTSEALED";
constexpr quint64 kStreamKeyId = 1;
constexpr quint64 kCheckKeyId = 2;
constexpr qsizetype kCheckBytes = 16;
constexpr qsizetype kHeaderBytes = kMagicBytes + 2 + 8 + 8 + crypto_pwhash_SALTBYTES + 4 + kCheckBytes +
                                   crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// Limits on what a file may ask of the reader, so a damaged or hostile header cannot make it allocate gigabytes.
constexpr quint64 kMostOperations = 64;
constexpr quint64 kMostMemory = quint64(2) * 1024 * 1024 * 1024;
constexpr quint32 kMostChunkBytes = 16 * 1024 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error sodiumUnavailable()
{
    return makeError(ErrorKind::Internal,
                     Tr::tr("The encryption library (libsodium) could not start; reinstall Outcome Tracker."));
}

// The header's fields, in the order they are written.
struct Header
{
    quint16 version = SealedFile::kFormatVersion;
    Argon2Cost cost;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    quint32 chunkBytes = SealedFile::kChunkBytes;
    std::array<unsigned char, kCheckBytes> check{};
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> stream{};

    QByteArray bytes() const
    {
        QByteArray out(kMagic, kMagicBytes);
        const auto number = [&out](auto value) {
            const auto big = qToBigEndian(value);
            out.append(reinterpret_cast<const char*>(&big), sizeof(big));
        };
        const auto raw = [&out](const auto& field) {
            out.append(reinterpret_cast<const char*>(field.data()), static_cast<qsizetype>(field.size()));
        };
        number(version);
        number(cost.operations);
        number(cost.memoryBytes);
        raw(salt);
        number(chunkBytes);
        raw(check);
        raw(stream);
        return out;
    }

    // The fields of `bytes` (kHeaderBytes long, magic already checked).
    static Header from(const QByteArray& bytes)
    {
        Header header;
        qsizetype at = kMagicBytes;
        const auto number = [&](auto& value) {
            value = qFromBigEndian<std::remove_reference_t<decltype(value)>>(bytes.constData() + at);
            at += sizeof(value);
        };
        const auto raw = [&](auto& field) {
            std::memcpy(field.data(), bytes.constData() + at, field.size());
            at += static_cast<qsizetype>(field.size());
        };
        number(header.version);
        number(header.cost.operations);
        number(header.cost.memoryBytes);
        raw(header.salt);
        number(header.chunkBytes);
        raw(header.check);
        raw(header.stream);
        return header;
    }
};

// The stream key and the passphrase check, both from one Argon2id run; wiped when they go.
struct Keys
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> stream{};
    std::array<unsigned char, kCheckBytes> check{};
    ~Keys()
    {
        sodium_memzero(stream.data(), stream.size());
        sodium_memzero(check.data(), check.size());
    }
};

Status deriveKeys(const Passphrase& passphrase, const Header& header, Keys& keys)
{
    std::array<unsigned char, crypto_kdf_KEYBYTES> master{};
    const int derived = crypto_pwhash(master.data(), master.size(), passphrase.utf8().constData(),
                                      static_cast<unsigned long long>(passphrase.utf8().size()), header.salt.data(),
                                      header.cost.operations, static_cast<size_t>(header.cost.memoryBytes),
                                      crypto_pwhash_ALG_ARGON2ID13);
    if (derived != 0) {
        sodium_memzero(master.data(), master.size());
        return makeError(ErrorKind::Io,
                         Tr::tr("There is not enough free memory to derive the key (%1 MiB are needed); close other "
                                "programs and try again.")
                             .arg(header.cost.memoryBytes / (1024 * 1024)));
    }
    crypto_kdf_derive_from_key(keys.stream.data(), keys.stream.size(), kStreamKeyId, kKdfContext, master.data());
    crypto_kdf_derive_from_key(keys.check.data(), keys.check.size(), kCheckKeyId, kKdfContext, master.data());
    sodium_memzero(master.data(), master.size());
    return {};
}

// A buffer of plaintext, wiped when it goes.
struct PlainBuffer
{
    explicit PlainBuffer(qsizetype size)
        : bytes(static_cast<size_t>(size))
    {}
    ~PlainBuffer() { sodium_memzero(bytes.data(), bytes.size()); }
    std::vector<unsigned char> bytes;
};

Error writeFailed(const QFile& file)
{
    return makeError(ErrorKind::Io,
                     Tr::tr("Cannot write %1 (%2); check that the disk has room and the folder can be written.")
                         .arg(file.fileName(), file.errorString()));
}

Error changedOrDamaged(const QString& path, const QString& detail)
{
    return makeError(ErrorKind::Refused,
                     Tr::tr("%1 has been changed or damaged since it was written (%2), so nothing was taken from it. "
                            "Use another copy of it.")
                         .arg(path, detail));
}

Status openForWriting(QFile& file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile::ownerOnly()))
        return writeFailed(file);
    return {};
}

Status openForReading(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         Tr::tr("Cannot read %1 (%2); check the file name.").arg(file.fileName(), file.errorString()));
    return {};
}

Status sealInto(QFile& in, QFile& out, const Passphrase& passphrase, Argon2Cost cost)
{
    Header header;
    header.cost = cost;
    randombytes_buf(header.salt.data(), header.salt.size());
    Keys keys;
    if (Status status = deriveKeys(passphrase, header, keys); !status)
        return status;
    header.check = keys.check;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.stream.data(), keys.stream.data());
    const QByteArray headerBytes = header.bytes();
    if (out.write(headerBytes) != headerBytes.size())
        return writeFailed(out);

    PlainBuffer plain(header.chunkBytes);
    std::vector<unsigned char> sealed(header.chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES);
    bool first = true;
    bool last = false;
    while (!last) {
        const qint64 read = in.read(reinterpret_cast<char*>(plain.bytes.data()), header.chunkBytes);
        if (read < 0)
            return makeError(ErrorKind::Io, Tr::tr("Cannot read %1 (%2).").arg(in.fileName(), in.errorString()));
        last = in.atEnd();
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, sealed.data(), &sealedLength, plain.bytes.data(), static_cast<unsigned long long>(read),
            first ? reinterpret_cast<const unsigned char*>(headerBytes.constData()) : nullptr,
            first ? static_cast<unsigned long long>(headerBytes.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (out.write(reinterpret_cast<const char*>(sealed.data()), static_cast<qint64>(sealedLength)) !=
            static_cast<qint64>(sealedLength))
            return writeFailed(out);
    }
    sodium_memzero(&state, sizeof(state));
    if (!out.flush())
        return writeFailed(out);
    return {};
}

Status unsealInto(QFile& in, QFile& out, const Passphrase& passphrase)
{
    const QString path = in.fileName();
    const QByteArray headerBytes = in.read(kHeaderBytes);
    if (!SealedFile::isSealed(headerBytes))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 is not an encrypted Outcome Tracker file; choose an encrypted backup or export.").arg(path));
    if (headerBytes.size() < kHeaderBytes)
        return changedOrDamaged(path, Tr::tr("its header is cut short"));
    const Header header = Header::from(headerBytes);
    if (header.version > SealedFile::kFormatVersion)
        return makeError(ErrorKind::Refused, Tr::tr("%1 was encrypted by a newer version of Outcome Tracker (format "
                                                    "%2); open it with that version or a later one.")
                                                 .arg(path)
                                                 .arg(header.version));
    if (header.version < 1 || header.cost.operations < crypto_pwhash_OPSLIMIT_MIN ||
        header.cost.operations > kMostOperations || header.cost.memoryBytes < crypto_pwhash_MEMLIMIT_MIN ||
        header.cost.memoryBytes > kMostMemory || header.chunkBytes == 0 || header.chunkBytes > kMostChunkBytes)
        return changedOrDamaged(path, Tr::tr("its header holds impossible values"));

    Keys keys;
    if (Status status = deriveKeys(passphrase, header, keys); !status)
        return status;
    if (sodium_memcmp(keys.check.data(), header.check.data(), keys.check.size()) != 0)
        return makeError(ErrorKind::Denied, Tr::tr("The passphrase does not open %1. Nothing was changed; type the "
                                                   "passphrase exactly as it was set (capitals count) and try again.")
                                                .arg(path));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.stream.data(), keys.stream.data()) != 0)
        return changedOrDamaged(path, Tr::tr("its header does not verify"));

    const qsizetype sealedChunk = header.chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
    std::vector<unsigned char> sealed(static_cast<size_t>(sealedChunk));
    PlainBuffer plain(header.chunkBytes);
    bool first = true;
    for (qint64 part = 1;; ++part) {
        const qint64 read = in.read(reinterpret_cast<char*>(sealed.data()), sealedChunk);
        if (read < 0)
            return makeError(ErrorKind::Io, Tr::tr("Cannot read %1 (%2).").arg(path, in.errorString()));
        if (read == 0)
            return changedOrDamaged(path, Tr::tr("it ends before its last part: it was cut short"));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const int opened = crypto_secretstream_xchacha20poly1305_pull(
            &state, plain.bytes.data(), &plainLength, &tag, sealed.data(), static_cast<unsigned long long>(read),
            first ? reinterpret_cast<const unsigned char*>(headerBytes.constData()) : nullptr,
            first ? static_cast<unsigned long long>(headerBytes.size()) : 0);
        first = false;
        if (opened != 0)
            return changedOrDamaged(path, Tr::tr("part %1 does not verify").arg(part));
        if (out.write(reinterpret_cast<const char*>(plain.bytes.data()), static_cast<qint64>(plainLength)) !=
            static_cast<qint64>(plainLength))
            return writeFailed(out);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd())
                return changedOrDamaged(path, Tr::tr("there are bytes after its last part"));
            break;
        }
        if (read < sealedChunk)
            return changedOrDamaged(path, Tr::tr("it ends before its last part: it was cut short"));
    }
    sodium_memzero(&state, sizeof(state));
    if (!out.flush())
        return writeFailed(out);
    return {};
}

// Runs one direction of the format from `inPath` into the new file `outPath`, which is removed on any failure.
template <typename Direction> Status transform(const QString& inPath, const QString& outPath, Direction direction)
{
    if (!sodiumReady())
        return sodiumUnavailable();
    QFile in(inPath);
    if (Status status = openForReading(in); !status)
        return status;
    QFile out(outPath);
    if (Status status = openForWriting(out); !status)
        return status;
    Status done = direction(in, out);
    out.close();
    if (!done)
        QFile::remove(outPath);
    return done;
}

} // namespace

bool SealedFile::isSealed(const QByteArray& firstBytes)
{
    return firstBytes.startsWith(QByteArray::fromRawData(kMagic, kMagicBytes));
}

bool SealedFile::isSealed(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isSealed(file.read(kMagicBytes));
}

Status SealedFile::seal(const QString& plainPath, const QString& sealedPath, const Passphrase& passphrase,
                        Argon2Cost cost)
{
    return transform(plainPath, sealedPath, [&](QFile& in, QFile& out) { return sealInto(in, out, passphrase, cost); });
}

Status SealedFile::unseal(const QString& sealedPath, const QString& plainPath, const Passphrase& passphrase)
{
    return transform(sealedPath, plainPath, [&](QFile& in, QFile& out) { return unsealInto(in, out, passphrase); });
}

} // namespace outcome
