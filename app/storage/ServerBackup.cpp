#include "ServerBackup.h"

#include "Clock.h"
#include "Database.h"
#include "PostgresDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ServerBackup)
};

} // namespace

QString ServerBackup::replacedPath(const Database& db, const QString& backupPath)
{
    return QFileInfo(backupPath)
        .absoluteDir()
        .filePath(QStringLiteral("%1-replaced-%2.%3")
                      .arg(db.databaseName(), Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                           QLatin1String(kSuffix)));
}

Status ServerBackup::checkBackup(const QString& backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no backup at %1.").arg(backupPath));
    if (!PostgresDialect::isDumpFile(backupPath))
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is not a backup of a clinic server (a pg_dump file in the "
                                                    "custom format); nothing was changed.")
                                                 .arg(backupPath));
    return {};
}

Result<QString> ServerBackup::restore(Database& db, const QString& backupPath)
{
    if (Status usable = checkBackup(backupPath); !usable)
        return usable.error();
    const QString aside = replacedPath(db, backupPath);
    if (Status kept = db.backupTo(aside); !kept)
        return makeError(kept.error().kind, Tr::tr("Nothing was restored, because what the server holds now could "
                                                   "not be kept first: %1")
                                                .arg(kept.error().message));
    if (Status restored = db.replaceContentsFrom(backupPath); !restored)
        return restored.error();
    return aside;
}

} // namespace outcome
