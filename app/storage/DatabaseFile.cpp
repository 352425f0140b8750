// The registry of live database files, the header read, partial files, flushing and links: the one file of the
// storage layer that opens files by path (fsync on POSIX, FlushFileBuffers through _commit on Windows).
#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QtEndian>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::DatabaseFile)
};

const QString kPartialInfix = QStringLiteral(".partial-");

// Open connections per file. The mutex is also held while a header is read, so no connection can take its locks
// while a raw descriptor of its file is open.
struct Registry
{
    QMutex mutex;
    QHash<QString, int> open;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

// One name per file, however it was reached (relative path, symbolic link).
QString keyFor(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString withoutCompanionSuffix(const QString& path)
{
    for (const QString& suffix : DatabaseFile::companionSuffixes()) {
        if (path.endsWith(suffix))
            return path.chopped(suffix.size());
    }
    return path;
}

bool isLiveLocked(const QString& path)
{
    const Registry& state = registry();
    return state.open.contains(keyFor(path)) || state.open.contains(keyFor(withoutCompanionSuffix(path)));
}

bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
#else
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

} // namespace

const QStringList& DatabaseFile::companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

Result<DatabaseFile::Header> DatabaseFile::inspect(const QString& path)
{
    QMutexLocker lock(&registry().mutex);
    const QFileInfo info(path);
    if (!info.exists())
        return Header{Kind::Missing, 0};
    if (!info.isFile())
        return Header{Kind::NotRegular, 0};
    if (isLiveLocked(path))
        return Header{Kind::Database, -1};
    if (info.size() == 0)
        return Header{Kind::Empty, 0};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Header{Kind::NotDatabase, 0};
    // The user_version field sits at byte 60 of the header, big-endian.
    return Header{Kind::Database, int(qFromBigEndian<quint32>(header.constData() + 60))};
}

DatabaseFile::LiveLease::LiveLease(const QString& path)
    : m_key(keyFor(path))
{
    QMutexLocker lock(&registry().mutex);
    ++registry().open[m_key];
}

DatabaseFile::LiveLease::~LiveLease()
{
    if (m_key.isEmpty())
        return;
    QMutexLocker lock(&registry().mutex);
    auto found = registry().open.find(m_key);
    if (found != registry().open.end() && --found.value() <= 0)
        registry().open.erase(found);
}

DatabaseFile::LiveLease::LiveLease(LiveLease&& other) noexcept
    : m_key(std::exchange(other.m_key, QString()))
{}

DatabaseFile::LiveLease& DatabaseFile::LiveLease::operator=(LiveLease&& other) noexcept
{
    if (this != &other) {
        LiveLease released(std::move(*this));
        m_key = std::exchange(other.m_key, QString());
    }
    return *this;
}

bool DatabaseFile::isLive(const QString& path)
{
    QMutexLocker lock(&registry().mutex);
    return isLiveLocked(path);
}

Status DatabaseFile::refuseLive(const QString& path, const QString& whatFor)
{
    if (!isLive(path))
        return {};
    return makeError(ErrorKind::Internal,
                     Tr::tr("Refused to %1: %2 is a database this program has open, and only SQLite may open it "
                            "while it is in use.")
                         .arg(whatFor, path));
}

Status DatabaseFile::refuseOverwrite(const QString& target)
{
    const Result<Header> header = inspect(target);
    if (!header || header->kind != Kind::Database)
        return {};
    return makeError(ErrorKind::Invalid,
                     Tr::tr("%1 is a database; it was not overwritten. Choose another file name.").arg(target));
}

QString DatabaseFile::partialPath(const QString& target)
{
    return target + kPartialInfix + QString::number(QCoreApplication::applicationPid());
}

int DatabaseFile::removeAbandonedPartials(const QString& folder, const QString& prefix)
{
    // With the journal SQLite keeps beside a copy it is writing (VACUUM INTO).
    static const QRegularExpression partial(QStringLiteral("\\.partial(?:-(\\d+))?(?:-journal|-wal|-shm)?$"));
    int removed = 0;
    const QFileInfoList files = QDir(folder).entryInfoList(
        {prefix + QStringLiteral("*.partial"), prefix + QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = partial.match(file.fileName());
        if (!match.hasMatch())
            continue;
        // Without a process number: left by an earlier version of the program, which wrote no other kind.
        const QString pid = match.captured(1);
        if (!pid.isEmpty() && processRuns(pid.toLongLong()))
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Status DatabaseFile::flush(const QString& path)
{
    // A second descriptor of a live database would drop its connection's locks when closed: SQLite flushes those.
    if (Status status = DatabaseFile::refuseLive(path, Tr::tr("flush a file")); !status)
        return status;
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

Status DatabaseFile::flushFolder(const QString& folder)
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

Status DatabaseFile::publish(const QString& partial, const QString& target)
{
    if (Status status = flush(partial); !status)
        return status;
    if (Status status = refuseLive(target, Tr::tr("replace a database file")); !status)
        return status;
        // QFile::rename refuses to replace an existing file; the platform's rename replaces it atomically.
#ifdef Q_OS_WIN
    const bool renamed = ::MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(partial).utf16()),
                                       reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(target).utf16()),
                                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool renamed = ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) == 0;
#endif
    if (!renamed)
        return makeError(ErrorKind::Io, Tr::tr("Could not rename %1 to %2.").arg(partial, target));
    return flushFolder(QFileInfo(target).absolutePath());
}

Status DatabaseFile::keepAs(const QString& path, const QString& copyPath)
{
    if (Status status = refuseLive(path, Tr::tr("copy a database file")); !status)
        return status;
#ifdef Q_OS_WIN
    const bool kept = QFile::copy(path, copyPath);
#else
    const bool kept = ::link(QFile::encodeName(path).constData(), QFile::encodeName(copyPath).constData()) == 0;
#endif
    if (!kept)
        return makeError(ErrorKind::Io, Tr::tr("Could not keep %1 as %2.").arg(path, copyPath));
    return {};
}

bool DatabaseFile::folderWritable(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
#ifdef Q_OS_WIN
    return QFileInfo(folder).isWritable();
#else
    return ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
#endif
}

bool DatabaseFile::fileWritable(const QString& path)
{
#ifdef Q_OS_WIN
    return QFileInfo(path).isWritable();
#else
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#endif
}

} // namespace outcome
