// Backup files: VACUUM INTO a partial name, verify, flush, rename; restore replaces the contents in one transaction.
#include "BackupStore.h"

#include "Clock.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "PrivateFile.h"
#include "SealedFile.h"

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
const QString kEncryptedSuffix = QStringLiteral(".enc");

Status removeFile(const QString& path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(ErrorKind::Io, Tr::tr("Cannot remove %1.").arg(path));
    return {};
}

// Opens a database file only to read it: a backup, or the copy being restored.
Result<std::unique_ptr<Database>> openToRead(const QString& path)
{
    // A backup from an older version is fine: it is upgraded when it is opened for use.
    return Database::open(path, OpenOptions::asItIs());
}

Status checkFully(Database& db, const QString& path)
{
    Result<QString> check = db.integrityCheck(false);
    if (!check)
        return check.error();
    if (*check != QLatin1String("ok"))
        return makeError(ErrorKind::Refused,
                         Tr::tr("The backup %1 is damaged (%2).").arg(path, check->section(QLatin1Char('\n'), 0, 0)));
    return {};
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
    Result<std::unique_ptr<Database>> opened = openToRead(path);
    if (!opened)
        return opened.error();
    return checkFully(**opened, path);
}

Status BackupStore::copyTo(Database& db, const QString& targetPath, const Passphrase* encryptWith)
{
    if (QFile::exists(targetPath))
        return makeError(ErrorKind::Invalid, Tr::tr("%1 already exists; choose a new file name.").arg(targetPath));
    if (encryptWith) {
        if (Status status = encryptWith->acceptableForNewFile(); !status)
            return status;
    }
    const QString partial = DatabaseFile::partialPath(targetPath);
    // Encrypting needs a plain copy to read from; it lives only until it is sealed (and a killed process's one is
    // removed as an abandoned partial file by the next backup or start).
    const QString plain = encryptWith ? DatabaseFile::partialPath(targetPath + QStringLiteral("-plain")) : partial;
    for (const QString& path : {partial, plain}) {
        if (Status status = removeFile(path); !status)
            return status;
    }
    // A copy is never more readable than the database; SQLite does not flush the copy VACUUM INTO writes, so it
    // is checked and made durable before it gets its name.
    Status copied = db.backupTo(plain);
    if (copied)
        copied = PrivateFile::copyMode(db.path(), plain);
    if (copied)
        copied = verify(plain);
    if (copied && encryptWith) {
        copied = SealedFile::seal(plain, partial, *encryptWith);
        (void)removeFile(plain);
    }
    if (copied)
        copied = DatabaseFile::publish(partial, targetPath);
    if (!copied) {
        (void)removeFile(plain);
        (void)removeFile(partial);
    }
    return copied;
}

Result<BackupInfo> BackupStore::create(Database& db, int keep, const Passphrase* encryptWith)
{
    if (Status status = PrivateFile::makeFolder(m_folder); !status)
        return status.error();
    removeLeftovers();
    QDateTime moment = db.now();
    const QString suffix = encryptWith ? kEncryptedSuffix : QString();
    QString path = stampedPath(m_folder, QStringLiteral("-"), moment) + suffix;
    while (QFile::exists(path)) {
        moment = moment.addMSecs(1);
        path = stampedPath(m_folder, QStringLiteral("-"), moment) + suffix;
    }
    if (Status status = copyTo(db, path, encryptWith); !status)
        return status.error();
    if (Status status = prune(keep); !status)
        return status.error();
    return BackupInfo{path, moment.toUTC(), QFileInfo(path).size(), encryptWith != nullptr};
}

QList<BackupInfo> BackupStore::list() const
{
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(m_baseName) +
                                     QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.db(\\.enc)?$"));
    QList<BackupInfo> backups;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {m_baseName + QStringLiteral("-*.db"), m_baseName + QStringLiteral("-*.db") + kEncryptedSuffix}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        backups.append(BackupInfo{file.absoluteFilePath(), created, file.size(), match.hasCaptured(2)});
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

Status BackupStore::makePrivate() const
{
    QStringList files{m_databasePath};
    for (const QString& suffix : DatabaseFile::companionSuffixes())
        files.append(m_databasePath + suffix);
    for (const BackupInfo& backup : list())
        files.append(backup.path);
    for (const QString& file : std::as_const(files)) {
        if (!QFileInfo::exists(file))
            continue;
        if (Status status = PrivateFile::make(file); !status)
            return status;
    }
    if (QFileInfo(m_folder).isDir() &&
        !QFile::setPermissions(m_folder, PrivateFile::ownerOnly() | QFileDevice::ExeOwner | QFileDevice::ExeUser))
        return makeError(ErrorKind::Io, Tr::tr("Cannot restrict who may read %1.").arg(m_folder));
    return {};
}

void BackupStore::removeLeftovers() const
{
    DatabaseFile::removeAbandonedPartials(QFileInfo(m_databasePath).absolutePath(), m_baseName);
    DatabaseFile::removeAbandonedPartials(m_folder, m_baseName);
}

Result<QString> BackupStore::restore(const QString& backupPath, const Passphrase* passphrase)
{
    if (QFileInfo(backupPath).absoluteFilePath() == m_databasePath)
        return makeError(ErrorKind::Invalid, Tr::tr("The backup and the database are the same file."));
    removeLeftovers();
    if (!SealedFile::isSealed(backupPath))
        return restorePlain(backupPath, backupPath);
    if (!passphrase)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is encrypted; give its passphrase to restore it.").arg(backupPath));
    const QString decrypted = DatabaseFile::partialPath(m_databasePath + QStringLiteral("-decrypted"));
    if (Status status = removeFile(decrypted); !status)
        return status.error();
    Result<QString> restored = [&]() -> Result<QString> {
        if (Status status = SealedFile::unseal(backupPath, decrypted, *passphrase); !status)
            return status.error();
        return restorePlain(decrypted, backupPath);
    }();
    (void)removeFile(decrypted);
    return restored;
}

Result<QString> BackupStore::restorePlain(const QString& source, const QString& backupPath)
{
    // The backup is checked and copied first, so that nothing happens to the database unless a sound copy is ready.
    const QString incoming = DatabaseFile::partialPath(m_databasePath + QStringLiteral("-restoring"));
    {
        Result<std::unique_ptr<Database>> backup = openToRead(source);
        if (!backup)
            return backup.error();
        Status copied = checkFully(**backup, backupPath);
        if (copied)
            copied = (*backup)->backupTo(incoming);
        if (copied)
            copied = PrivateFile::copyMode(m_databasePath, incoming);
        if (!copied) {
            (void)removeFile(incoming);
            return copied.error();
        }
    }
    Result<QString> restored = replaceWith(incoming);
    (void)removeFile(incoming);
    return restored;
}

Result<QString> BackupStore::replaceWith(const QString& incoming)
{
    if (!QFileInfo::exists(m_databasePath)) {
        if (Status status = DatabaseFile::publish(incoming, m_databasePath); !status)
            return status.error();
        return QString();
    }
    const QString aside =
        stampedPath(QFileInfo(m_databasePath).absolutePath(), QStringLiteral("-replaced-"), Clock::nowUtc());
    OpenOptions options;
    options.createIfMissing = false;
    options.quickCheck = false;
    options.migrateTo = 0;
    options.exclusive = true;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, options);
        if (!opened && opened.error().kind == ErrorKind::Conflict)
            return opened.error();
        // The usual way: the replaced contents are copied aside, then the new ones take their place in one
        // transaction, so that at every moment the file holds one complete database, the old or the new.
        if (opened) {
            Database& db = **opened;
            const QString partial = DatabaseFile::partialPath(aside);
            Status keptAside = db.backupTo(partial);
            if (keptAside)
                keptAside = PrivateFile::copyMode(m_databasePath, partial);
            if (keptAside)
                keptAside = DatabaseFile::publish(partial, aside);
            (void)removeFile(partial);
            const Status replaced = keptAside ? db.replaceContentsFrom(incoming) : keptAside;
            if (replaced)
                return aside;
            // A sound file that could not be replaced (a full disk) stays as it was: the transaction rolled back.
            const Result<QString> check = db.integrityCheck(true);
            if (check && *check == QLatin1String("ok"))
                return replaced.error();
        }
    }
    // A file SQLite cannot read through (damaged) is nobody's to share: the files themselves are swapped. The old
    // one is kept under the aside name first (with any log it had), then the new one is renamed over it.
    if (!QFileInfo::exists(aside)) {
        if (Status status = DatabaseFile::keepAs(m_databasePath, aside); !status)
            return status.error();
        for (const QString& suffix : DatabaseFile::companionSuffixes()) {
            if (QFile::exists(m_databasePath + suffix) && !QFile::rename(m_databasePath + suffix, aside + suffix))
                return makeError(ErrorKind::Io, Tr::tr("Could not move %1 aside.").arg(m_databasePath + suffix));
        }
    }
    if (Status status = PrivateFile::copyMode(m_databasePath, incoming); !status)
        return status.error();
    if (Status status = DatabaseFile::publish(incoming, m_databasePath); !status)
        return status.error();
    return aside;
}

} // namespace outcome
