// Writing and reading audit rows.
#include "AuditTrail.h"

#include "Database.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace outcome {

namespace {

QJsonObject jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

QString auditActionToCode(AuditAction action)
{
    switch (action) {
    case AuditAction::Update:
        return QStringLiteral("update");
    case AuditAction::Archive:
        return QStringLiteral("archive");
    case AuditAction::Unarchive:
        return QStringLiteral("unarchive");
    case AuditAction::Delete:
        return QStringLiteral("delete");
    case AuditAction::Insert:
        break;
    }
    return QStringLiteral("insert");
}

QString auditActionDisplayName(const QString& code)
{
    const char* text = "Created";
    if (code == QLatin1String("update"))
        text = "Changed";
    else if (code == QLatin1String("archive"))
        text = "Archived";
    else if (code == QLatin1String("unarchive"))
        text = "Restored from archive";
    else if (code == QLatin1String("delete"))
        text = "Removed";
    return QCoreApplication::translate("outcome::AuditTrail", text);
}

Status AuditTrail::record(const QString& tableName, qint64 rowId, qint64 patientId, AuditAction action,
                          const QString& oldValues, const QString& newValues, const QString& reason)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, patient_id, action, old_values, "
                       "new_values, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return m_db.exec(query,
                     {m_db.timestamp(), m_db.actor(), tableName, rowId, sql::optionalId(patientId),
                      auditActionToCode(action), oldValues.isEmpty() ? sql::null() : QVariant(oldValues),
                      newValues.isEmpty() ? sql::null() : QVariant(newValues), reason},
                     QCoreApplication::translate("outcome::AuditTrail", "write the audit trail"));
}

Result<QList<AuditEntry>> AuditTrail::forPatient(qint64 patientId)
{
    return read(QStringLiteral("SELECT id, at, actor, table_name, row_id, patient_id, action, old_values, new_values, "
                               "reason FROM audit_log WHERE patient_id = ? ORDER BY id"),
                {patientId});
}

Result<QList<AuditEntry>> AuditTrail::forRow(const QString& tableName, qint64 rowId)
{
    return read(QStringLiteral("SELECT id, at, actor, table_name, row_id, patient_id, action, old_values, new_values, "
                               "reason FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id"),
                {tableName, rowId});
}

Result<QList<AuditEntry>> AuditTrail::read(const QString& sql, const QVariantList& values)
{
    QSqlQuery& query = m_db.prepared(sql);
    if (Status status =
            m_db.exec(query, values, QCoreApplication::translate("outcome::AuditTrail", "read the audit trail"));
        !status)
        return status.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = sql::toDateTime(query.value(1));
        entry.actor = query.value(2).toString();
        entry.tableName = query.value(3).toString();
        entry.rowId = query.value(4).toLongLong();
        entry.patientId = query.value(5).toLongLong();
        entry.action = query.value(6).toString();
        entry.oldValues = jsonObject(query.value(7));
        entry.newValues = jsonObject(query.value(8));
        entry.reason = query.value(9).toString();
        entries.append(entry);
    }
    query.finish();
    return entries;
}

} // namespace outcome
