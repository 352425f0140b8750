// Writing and reading audit rows.
#include "AuditTrail.h"

#include "Database.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace outcome {

namespace {

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

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
                          const QJsonObject& oldValues, const QJsonObject& newValues, const QString& reason)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, patient_id, action, old_values, "
                       "new_values, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::now());
    query.addBindValue(m_db.actor());
    query.addBindValue(tableName);
    query.addBindValue(rowId);
    query.addBindValue(sql::optionalId(patientId));
    query.addBindValue(auditActionToCode(action));
    query.addBindValue(oldValues.isEmpty() ? sql::null() : QVariant(jsonText(oldValues)));
    query.addBindValue(newValues.isEmpty() ? sql::null() : QVariant(jsonText(newValues)));
    query.addBindValue(reason);
    return m_db.exec(query, QCoreApplication::translate("outcome::AuditTrail", "write the audit trail"));
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
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status status = m_db.exec(query, QCoreApplication::translate("outcome::AuditTrail", "read the audit trail"));
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
