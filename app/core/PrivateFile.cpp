// Permissions through QFile (chmod by path); umask on POSIX. Platforms without POSIX modes keep their own rules.
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PrivateFile)
};

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

Status setPermissions(const QString& path, QFileDevice::Permissions permissions)
{
    if (!QFile::setPermissions(path, permissions))
        return makeError(ErrorKind::Io, QCoreApplication::translate("outcome::PrivateFile",
                                                                    "Cannot restrict who may read %1; check that it "
                                                                    "is yours.")
                                            .arg(path));
    return {};
}

} // namespace

QFileDevice::Permissions PrivateFile::ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

void PrivateFile::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

Status PrivateFile::make(const QString& path)
{
    return setPermissions(path, ownerOnly());
}

Status PrivateFile::makeFolder(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    // Create the missing parents first, then each new level owner-only.
    QStringList missing;
    for (QString folder = info.absoluteFilePath(); !QFileInfo(folder).exists();) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir())
            return makeError(ErrorKind::Io, Tr::tr("Cannot create the folder %1.").arg(folder));
        if (Status status = setPermissions(folder, ownerOnly() | QFileDevice::ExeOwner | QFileDevice::ExeUser); !status)
            return status;
    }
    return {};
}

Status PrivateFile::copyMode(const QString& model, const QString& path)
{
    const QFileInfo info(model);
    if (!info.exists())
        return make(path);
    return setPermissions(path, (info.permissions() & ~kOthers) | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool PrivateFile::open(QSaveFile& file)
{
    // QSaveFile gives its temporary file the mode of the file it replaces; a report is private whatever was there.
    return file.open(QIODevice::WriteOnly) && file.setPermissions(ownerOnly());
}

Status PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (open(file) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    // What the system said is often just "Unknown error" after a failed flush: look for the cause ourselves.
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    QString cause;
    if (info.isDir())
        cause = Tr::tr("%1 is a folder; name a file in it").arg(path);
    else if (!folder.isDir())
        cause = Tr::tr("the folder %1 does not exist").arg(folder.filePath());
    else if (!folder.isWritable() || (info.exists() && !info.isWritable()))
        cause = Tr::tr("it is read-only for you; choose another folder");
    else if (const QStorageInfo storage(folder.absoluteFilePath());
             storage.isValid() && storage.bytesAvailable() < bytes.size() + 4096)
        cause =
            Tr::tr("the disk is full (%1 needed, %2 free); free some space or choose another disk")
                .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(storage.bytesAvailable()));
    else if (storage.isReadOnly())
        cause = Tr::tr("the disk is read-only; choose another disk");
    else
        cause = file.errorString();
    return makeError(ErrorKind::Io, Tr::tr("Could not write %1: %2").arg(path, cause));
}

bool PrivateFile::readableByOthers(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    return (status.st_mode & (S_IRGRP | S_IROTH)) != 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace outcome
