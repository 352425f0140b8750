// Packing, sealing, unsealing and unpacking an export archive.
#include "SealedArchive.h"

#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <limits>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SealedArchive)
};

constexpr char kMagic[] = "OTARCHIV";
constexpr qsizetype kMagicBytes = 8;
constexpr quint32 kMostFiles = 10000;

Error damaged(const QString& archivePath, const QString& why)
{
    return makeError(ErrorKind::Refused,
                     Tr::tr("%1 is not a readable export archive: %2.").arg(QFileInfo(archivePath).fileName(), why));
}

// A name the archive may hold: a plain file name, so that unpacking writes only inside the chosen folder.
bool isPlainName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0));
}

} // namespace

Status SealedArchive::checkNewFile(const QString& archivePath)
{
    if (QFileInfo::exists(archivePath) || QFileInfo(archivePath).isSymLink())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 already exists; an encrypted export is always written as a new file, so choose "
                                "another name.")
                             .arg(QDir::toNativeSeparators(archivePath)));
    return {};
}

Status SealedArchive::writeStaged(const FileWriter& writeFiles, const QString& archivePath,
                                  const Passphrase& passphrase, Argon2Cost cost)
{
    QTemporaryDir staging;
    if (!staging.isValid())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not make a private temporary folder: %1").arg(staging.errorString()));
    const Result<QStringList> files = writeFiles(staging.path());
    if (!files)
        return files.error();
    return write(*files, archivePath, passphrase, cost);
}

Status SealedArchive::write(const QStringList& files, const QString& archivePath, const Passphrase& passphrase,
                            Argon2Cost cost)
{
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not make a private temporary folder: %1").arg(work.errorString()));
    const QString packed = work.filePath(QStringLiteral("packed"));
    {
        QFile out(packed);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Io, Tr::tr("Could not write %1: %2").arg(packed, out.errorString()));
        if (Status private_ = PrivateFile::make(packed); !private_)
            return private_;
        QDataStream stream(&out);
        stream.setByteOrder(QDataStream::BigEndian);
        stream.writeRawData(kMagic, kMagicBytes);
        stream << quint16(kFormatVersion) << quint32(files.size());
        for (const QString& path : files) {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return makeError(ErrorKind::Io, Tr::tr("Could not read %1: %2").arg(path, in.errorString()));
            const QByteArray name = QFileInfo(path).fileName().toUtf8();
            stream << quint16(name.size());
            stream.writeRawData(name.constData(), int(name.size()));
            stream << quint64(in.size());
            while (!in.atEnd()) {
                const QByteArray chunk = in.read(SealedFile::kChunkBytes);
                stream.writeRawData(chunk.constData(), int(chunk.size()));
            }
        }
        if (stream.status() != QDataStream::Ok || !out.flush())
            return makeError(ErrorKind::Io, Tr::tr("Could not write %1: %2").arg(packed, out.errorString()));
    }
    return SealedFile::seal(packed, archivePath, passphrase, cost);
}

Result<QStringList> SealedArchive::extract(const QString& archivePath, const QString& folder,
                                           const Passphrase& passphrase)
{
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not make a private temporary folder: %1").arg(work.errorString()));
    const QString packed = work.filePath(QStringLiteral("packed"));
    if (Status opened = SealedFile::unseal(archivePath, packed, passphrase); !opened)
        return opened.error();

    QFile in(packed);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Could not read %1: %2").arg(packed, in.errorString()));
    QDataStream stream(&in);
    stream.setByteOrder(QDataStream::BigEndian);
    QByteArray magic(kMagicBytes, Qt::Uninitialized);
    quint16 version = 0;
    quint32 count = 0;
    if (stream.readRawData(magic.data(), int(kMagicBytes)) != kMagicBytes || magic != QByteArray(kMagic))
        return damaged(archivePath, Tr::tr("it holds something other than exported files"));
    stream >> version >> count;
    if (version != kFormatVersion)
        return damaged(archivePath,
                       Tr::tr("archive format %1; this program reads format %2").arg(version).arg(kFormatVersion));
    if (count > kMostFiles)
        return damaged(archivePath, Tr::tr("it claims %1 files").arg(count));

    // First every entry's name and place, so that a bad entry or a name already taken stops it before any write.
    struct Entry
    {
        QString name;
        qint64 offset = 0;
        qint64 size = 0;
    };
    QList<Entry> entries;
    QStringList names;
    for (quint32 i = 0; i < count; ++i) {
        quint16 nameBytes = 0;
        stream >> nameBytes;
        QByteArray name(nameBytes, Qt::Uninitialized);
        quint64 size = 0;
        if (stream.readRawData(name.data(), nameBytes) != nameBytes)
            return damaged(archivePath, Tr::tr("file %1 of %2 is cut short").arg(i + 1).arg(count));
        stream >> size;
        Entry entry{QString::fromUtf8(name), in.pos(),
                    qint64(std::min<quint64>(size, std::numeric_limits<qint64>::max()))};
        if (stream.status() != QDataStream::Ok || entry.size > in.size() - entry.offset)
            return damaged(archivePath, Tr::tr("file %1 of %2 is cut short").arg(i + 1).arg(count));
        if (!isPlainName(entry.name) || names.contains(entry.name))
            return damaged(archivePath,
                           Tr::tr("file %1 of %2 has the name \"%3\"").arg(i + 1).arg(count).arg(entry.name));
        if (QFileInfo::exists(QDir(folder).filePath(entry.name)))
            return makeError(ErrorKind::Invalid, Tr::tr("%1 already holds a file named %2; choose an empty folder.")
                                                     .arg(QDir::toNativeSeparators(folder), entry.name));
        names.append(entry.name);
        entries.append(entry);
        if (!in.seek(entry.offset + entry.size))
            return damaged(archivePath, Tr::tr("file %1 of %2 is cut short").arg(i + 1).arg(count));
        stream.resetStatus();
    }
    if (!in.atEnd())
        return damaged(archivePath, Tr::tr("there are bytes after its last file"));

    if (Status made = PrivateFile::makeFolder(folder); !made)
        return made.error();
    QStringList written;
    // All the files or none: those already written go again when a later one fails (a full disk).
    const auto failed = [&written](const QString& path, const QString& why) {
        for (const QString& done : std::as_const(written))
            QFile::remove(done);
        return makeError(ErrorKind::Io, Tr::tr("Could not write %1: %2").arg(path, why));
    };
    for (const Entry& entry : std::as_const(entries)) {
        const QString path = QDir(folder).filePath(entry.name);
        QSaveFile out(path);
        if (!PrivateFile::open(out) || !in.seek(entry.offset))
            return failed(path, out.errorString());
        for (qint64 left = entry.size; left > 0;) {
            const QByteArray chunk = in.read(std::min<qint64>(left, SealedFile::kChunkBytes));
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                out.cancelWriting();
                return failed(path, out.errorString());
            }
            left -= chunk.size();
        }
        if (!out.commit())
            return failed(path, out.errorString());
        written.append(path);
    }
    return written;
}

} // namespace outcome
