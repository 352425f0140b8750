// Writing and reading audit rows.
#include "AuditTrail.h"

#include "Database.h"
#include "JsonWriter.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

namespace outcome {

namespace {

QJsonObject jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return JsonObjectWriter::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Nested objects become dotted names, so an edited answer shows as one changed item, not a changed blob.
void flatten(const QJsonObject& object, const QString& prefix, QMap<QString, QString>& into)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), name, into);
        else
            into.insert(name, valueText(it.value()));
    }
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
    const char* text = QT_TRANSLATE_NOOP("outcome::AuditTrail", "Created");
    if (code == QLatin1String("update"))
        text = QT_TRANSLATE_NOOP("outcome::AuditTrail", "Changed");
    else if (code == QLatin1String("archive"))
        text = QT_TRANSLATE_NOOP("outcome::AuditTrail", "Archived");
    else if (code == QLatin1String("unarchive"))
        text = QT_TRANSLATE_NOOP("outcome::AuditTrail", "Restored from archive");
    else if (code == QLatin1String("delete"))
        text = QT_TRANSLATE_NOOP("outcome::AuditTrail", "Removed");
    return QCoreApplication::translate("outcome::AuditTrail", text);
}

Status AuditTrail::record(const QString& tableName, qint64 rowId, qint64 patientId, AuditAction action,
                          const QString& oldValues, const QString& newValues, const QString& reason)
{
    return record({AuditRecord{tableName, rowId, patientId, action, oldValues, newValues, reason}});
}

Status AuditTrail::record(const QList<AuditRecord>& records)
{
    static const QStringList columns{
        QStringLiteral("at"),         QStringLiteral("actor"),      QStringLiteral("table_name"),
        QStringLiteral("row_id"),     QStringLiteral("patient_id"), QStringLiteral("action"),
        QStringLiteral("old_values"), QStringLiteral("new_values"), QStringLiteral("reason")};
    const QString at = m_db.timestamp();
    const QString actor = m_db.actor();
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const AuditRecord& entry : records)
        rows.append({entry.at.isEmpty() ? at : entry.at, actor, entry.tableName, entry.rowId,
                     sql::optionalId(entry.patientId), auditActionToCode(entry.action),
                     entry.oldValues.isEmpty() ? sql::null() : QVariant(entry.oldValues),
                     entry.newValues.isEmpty() ? sql::null() : QVariant(entry.newValues), entry.reason});
    Result<QList<qint64>> inserted =
        m_db.insertRows(QStringLiteral("audit_log"), columns, rows,
                        QCoreApplication::translate("outcome::AuditTrail", "write the audit trail"));
    return inserted ? Status() : Status(inserted.error());
}

QString AuditTrail::patientActor(const QString& clinician)
{
    // Stored as it is, never translated: the trail reads the same in every language the program is used in.
    return QStringLiteral("patient (self-entry, with %1)").arg(clinician);
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

Result<AuditChanges> AuditTrail::changesAfter(qint64 afterId)
{
    AuditChanges changes;
    QSqlQuery& newest = m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (Status status =
            m_db.exec(newest, {}, QCoreApplication::translate("outcome::AuditTrail", "read the audit trail"));
        !status)
        return status.error();
    changes.lastId = newest.next() ? newest.value(0).toLongLong() : 0;
    newest.finish();
    if (afterId < 0 || changes.lastId <= afterId)
        return changes;
    QSqlQuery& rows = m_db.prepared(
        QStringLiteral("SELECT DISTINCT COALESCE(patient_id, 0) FROM audit_log WHERE id > ? AND id <= ?"));
    if (Status status = m_db.exec(rows, {afterId, changes.lastId},
                                  QCoreApplication::translate("outcome::AuditTrail", "read the audit trail"));
        !status)
        return status.error();
    while (rows.next()) {
        const qint64 patientId = rows.value(0).toLongLong();
        if (patientId > 0)
            changes.patientIds.append(patientId);
        else
            changes.otherRecords = true;
    }
    rows.finish();
    return changes;
}

QList<AuditFieldChange> AuditTrail::changes(const AuditEntry& entry)
{
    QMap<QString, QString> before;
    QMap<QString, QString> after;
    flatten(entry.oldValues, {}, before);
    flatten(entry.newValues, {}, after);
    QStringList fields = before.keys() + after.keys();
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    const bool bothSides = !entry.oldValues.isEmpty() && !entry.newValues.isEmpty();
    QList<AuditFieldChange> changed;
    for (const QString& field : fields) {
        const QString oldValue = before.value(field);
        const QString newValue = after.value(field);
        if (bothSides ? oldValue == newValue && before.contains(field) == after.contains(field)
                      : oldValue.isEmpty() && newValue.isEmpty())
            continue;
        changed.append({field, oldValue, newValue});
    }
    return changed;
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
