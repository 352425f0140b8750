// Backup files: VACUUM INTO a temporary name, verify, flush, rename; restore by swapping files.
#include "BackupStore.h"

#include "Database.h"
#include "FileSync.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::BackupStore)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kPartialSuffix = QStringLiteral(".partial");

// The files SQLite keeps beside a database while it is in use.
const QStringList kCompanionSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

Status removeFile(const QString& path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(ErrorKind::Io, Tr::tr("Cannot remove %1.").arg(path));
    return {};
}

// Copies through a temporary name and renames, so the target is either the whole copy or not there at all.
Status copyDurably(const QString& source, const QString& target)
{
    const QString partial = target + kPartialSuffix;
    if (Status status = removeFile(partial); !status)
        return status;
    if (!QFile::copy(source, partial))
        return makeError(ErrorKind::Io, Tr::tr("Could not copy %1 to %2.").arg(source, partial));
    if (Status status = FileSync::flushFile(partial); !status)
        return status;
    if (!QFile::rename(partial, target))
        return makeError(ErrorKind::Io, Tr::tr("Could not rename %1 to %2.").arg(partial, target));
    return FileSync::flushFolder(QFileInfo(target).absolutePath());
}

} // namespace

BackupStore::BackupStore(const QString& databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(folderFor(databasePath))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
{}

QString BackupStore::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString BackupStore::stampedPath(const QString& folder, const QString& infix, const QDateTime& moment) const
{
    return QDir(folder).filePath(m_baseName + infix + moment.toUTC().toString(kStampFormat) + QStringLiteral(".db"));
}

Status BackupStore::verify(const QString& path)
{
    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    options.quickCheck = false;
    options.migrateTo = 0; // a backup from an older version is fine: it is upgraded when it is opened for use
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    Result<QString> check = (*opened)->integrityCheck(false);
    if (!check)
        return check.error();
    if (*check != QLatin1String("ok"))
        return makeError(ErrorKind::Refused,
                         Tr::tr("The backup %1 is damaged (%2).").arg(path, check->section(QLatin1Char('\n'), 0, 0)));
    return {};
}

Status BackupStore::copyTo(Database& db, const QString& targetPath)
{
    if (QFile::exists(targetPath))
        return makeError(ErrorKind::Invalid, Tr::tr("%1 already exists; choose a new file name.").arg(targetPath));
    const QString partial = targetPath + kPartialSuffix;
    if (Status status = removeFile(partial); !status)
        return status;
    if (Status status = db.backupTo(partial); !status) {
        (void)removeFile(partial);
        return status;
    }
    // SQLite does not flush the copy VACUUM INTO writes; check it, then make it durable before giving it its name.
    Status checked = verify(partial);
    if (checked)
        checked = FileSync::flushFile(partial);
    if (!checked) {
        (void)removeFile(partial);
        return checked;
    }
    if (!QFile::rename(partial, targetPath)) {
        (void)removeFile(partial);
        return makeError(ErrorKind::Io, Tr::tr("Could not rename %1 to %2.").arg(partial, targetPath));
    }
    return FileSync::flushFolder(QFileInfo(targetPath).absolutePath());
}

Result<BackupInfo> BackupStore::create(Database& db, int keep)
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorKind::Io, Tr::tr("Cannot create the backup folder %1.").arg(m_folder));
    QDateTime moment = db.now();
    QString path = stampedPath(m_folder, QStringLiteral("-"), moment);
    while (QFile::exists(path)) {
        moment = moment.addMSecs(1);
        path = stampedPath(m_folder, QStringLiteral("-"), moment);
    }
    if (Status status = copyTo(db, path); !status)
        return status.error();
    if (Status status = prune(keep); !status)
        return status.error();
    return BackupInfo{path, moment.toUTC(), QFileInfo(path).size()};
}

QList<BackupInfo> BackupStore::list() const
{
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(m_baseName) +
                                     QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.db$"));
    QList<BackupInfo> backups;
    const QFileInfoList files = QDir(m_folder).entryInfoList({m_baseName + QStringLiteral("-*.db")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        backups.append(BackupInfo{file.absoluteFilePath(), created, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return backups;
}

Status BackupStore::prune(int keep)
{
    const QList<BackupInfo> backups = list();
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        if (Status status = removeFile(backups[i].path); !status)
            return status;
    }
    return {};
}

Result<QString> BackupStore::restore(const QString& backupPath)
{
    if (QFileInfo(backupPath).absoluteFilePath() == m_databasePath)
        return makeError(ErrorKind::Invalid, Tr::tr("The backup and the database are the same file."));
    if (Status status = verify(backupPath); !status)
        return status.error();

    QString aside;
    if (QFile::exists(m_databasePath)) {
        if (Status status = SqlDialect::claimSoleUse(m_databasePath); !status)
            return status.error();
        aside = stampedPath(QFileInfo(m_databasePath).absolutePath(), QStringLiteral("-replaced-"),
                            QDateTime::currentDateTimeUtc());
        if (!QFile::rename(m_databasePath, aside))
            return makeError(ErrorKind::Io,
                             Tr::tr("Could not move %1 aside to %2; nothing was restored.").arg(m_databasePath, aside));
        // A log SQLite could not fold in (a damaged file) travels with the file it belongs to.
        for (const QString& suffix : kCompanionSuffixes) {
            if (QFile::exists(m_databasePath + suffix) && !QFile::rename(m_databasePath + suffix, aside + suffix))
                return makeError(ErrorKind::Io, Tr::tr("Could not move %1 aside.").arg(m_databasePath + suffix));
        }
    }
    if (Status status = copyDurably(backupPath, m_databasePath); !status) {
        if (!aside.isEmpty() && !QFile::exists(m_databasePath))
            QFile::rename(aside, m_databasePath);
        return status.error();
    }
    return aside;
}

} // namespace outcome
