// fsync on POSIX systems, FlushFileBuffers (through _commit) on Windows.
#include "FileSync.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::FileSync)
};

} // namespace

Status FileSync::flushFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
#ifdef Q_OS_WIN
    const bool flushed = _commit(file.handle()) == 0;
#else
    const bool flushed = ::fsync(file.handle()) == 0;
#endif
    if (!flushed)
        return makeError(ErrorKind::Io, Tr::tr("Could not write %1 to the disk.").arg(path));
    return {};
}

Status FileSync::flushFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return {};
#else
    const int handle = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (handle < 0)
        return makeError(ErrorKind::Io, Tr::tr("Cannot open the folder %1.").arg(folder));
    const bool flushed = ::fsync(handle) == 0;
    ::close(handle);
    if (!flushed)
        return makeError(ErrorKind::Io, Tr::tr("Could not write the folder %1 to the disk.").arg(folder));
    return {};
#endif
}

} // namespace outcome
