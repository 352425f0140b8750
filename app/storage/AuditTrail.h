// The append-only record of every change to clinical data, written in the same transaction as the change.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace outcome {

class Database;

enum class AuditAction
{
    Insert,
    Update,
    Archive,
    Unarchive,
    Delete
};

QString auditActionToCode(AuditAction action);
QString auditActionDisplayName(const QString& code);

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString tableName;
    qint64 rowId = 0;
    qint64 patientId = 0;
    QString action;
    QJsonObject oldValues;
    QJsonObject newValues;
    QString reason;
};

// One field of an audit row, as text: what it was and what it became (empty for none). Nested values
// (an assessment's answers) are flattened to dotted names: "answers.items.3".
struct AuditFieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

// One change to record. Values are JSON objects as text (JsonObjectWriter); empty means none
// (the old values of an insert, the new values of a removal).
struct AuditRecord
{
    QString tableName;
    qint64 rowId = 0;
    qint64 patientId = 0;
    AuditAction action = AuditAction::Insert;
    QString oldValues;
    QString newValues;
    QString reason;
    QString at = QString(); // when the change was made, as stored; empty: now (the database's clock)
};

// What the audit trail gained after a given row: the patients whose records changed, for refreshing screens.
struct AuditChanges
{
    qint64 lastId = 0;         // the newest audit row now
    QList<qint64> patientIds;  // patients with new rows, each once
    bool otherRecords = false; // new rows that concern no patient (course templates)
};

class AuditTrail
{
public:
    explicit AuditTrail(Database& db)
        : m_db(db)
    {}

    // Both must be called inside the transaction that makes the changes.
    Status record(const QList<AuditRecord>& records);
    Status record(const QString& tableName, qint64 rowId, qint64 patientId, AuditAction action,
                  const QString& oldValues, const QString& newValues, const QString& reason = {});

    Result<QList<AuditEntry>> forPatient(qint64 patientId);
    Result<QList<AuditEntry>> forRow(const QString& tableName, qint64 rowId);
    // The rows after `afterId`; with afterId < 0 only the newest id, as a starting point.
    Result<AuditChanges> changesAfter(qint64 afterId);

    // Who the trail names for answers a patient entered themselves on the clinic's screen, with the clinician whose
    // program they used: "patient (self-entry, with jsmith)".
    static QString patientActor(const QString& clinician);

    // The fields an audit row changed, in name order: every field of an insert or removal, and of an update only
    // those whose value differs.
    static QList<AuditFieldChange> changes(const AuditEntry& entry);

private:
    Result<QList<AuditEntry>> read(const QString& sql, const QVariantList& values);
    Database& m_db;
};

} // namespace outcome
