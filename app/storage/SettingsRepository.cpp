// Settings table SQL.
#include "SettingsRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SettingsRepository)
};

} // namespace

Result<QString> SettingsRepository::value(const QString& key)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (Status status = m_db.exec(query, {key}, Tr::tr("read the database settings")); !status)
        return status.error();
    const QString found = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return found;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    if (Status status = m_db.exec(remove, {key}, Tr::tr("save the database settings")); !status)
        return status;
    QSqlQuery& insert = m_db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    if (Status status = m_db.exec(insert, {key, value}, Tr::tr("save the database settings")); !status)
        return status;
    return transaction.commit();
}

Result<QString> SettingsRepository::valueOrCreate(const QString& key, const std::function<QString()>& make)
{
    Result<QString> existing = value(key);
    if (!existing || !existing->isEmpty())
        return existing;
    // Read again under the write lock: another program may have created it in the meantime, and it must win.
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    existing = value(key);
    if (!existing || !existing->isEmpty())
        return existing;
    const QString created = make();
    if (Status status = setValue(key, created); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return created;
}

} // namespace outcome
