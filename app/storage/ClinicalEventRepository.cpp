// Clinical event SQL.
#include "ClinicalEventRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "DateText.h"
#include "JsonWriter.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace outcome {

namespace {
// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ClinicalEventRepository)
};

Status validate(const ClinicalEvent& event)
{
    if (!event.date.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("The event needs a date."));
    if (event.patientId <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("The event belongs to no patient."));
    return {};
}

} // namespace

QString ClinicalEventRepository::auditValues(const ClinicalEvent& event)
{
    return JsonObjectWriter()
        .add(u"course_id", event.courseId)
        .add(u"event_date", isoDate(event.date))
        .add(u"kind", clinicalEventKindToCode(event.kind))
        .add(u"note", event.note)
        .text();
}

Result<ClinicalEvent> ClinicalEventRepository::add(const ClinicalEvent& input)
{
    if (Status status = validate(input); !status)
        return status.error();
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    const QString now = m_db.timestamp();
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "INSERT INTO clinical_events (patient_id, course_id, event_date, kind, note, created_at, updated_at, "
        "row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    if (Status status = m_db.exec(query,
                                  {QVariant(input.patientId), sql::optionalId(input.courseId),
                                   sql::fromDate(input.date), QVariant(clinicalEventKindToCode(input.kind)),
                                   QVariant(input.note.trimmed()), QVariant(now), QVariant(now)},
                                  Tr::tr("save the event"));
        !status)
        return status.error();
    query.next();
    ClinicalEvent event = input;
    event.id = query.value(0).toLongLong();
    event.note = input.note.trimmed();
    event.rowVersion = 1;
    query.finish();
    if (Status status = AuditTrail(m_db).record(QStringLiteral("clinical_events"), event.id, event.patientId,
                                                AuditAction::Insert, {}, auditValues(event));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return event;
}

Status ClinicalEventRepository::update(const ClinicalEvent& event, const QString& reason)
{
    if (Status status = validate(event); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<QList<ClinicalEvent>> existing = forPatient(event.patientId);
    if (!existing)
        return existing.error();
    const auto before = std::find_if(existing->cbegin(), existing->cend(),
                                     [&event](const ClinicalEvent& candidate) { return candidate.id == event.id; });
    if (before == existing->cend())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no event with id %1 for this patient.").arg(event.id));
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("UPDATE clinical_events SET course_id = ?, event_date = ?, kind = ?, note = ?, updated_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (Status status = m_db.exec(query,
                                  {sql::optionalId(event.courseId), sql::fromDate(event.date),
                                   QVariant(clinicalEventKindToCode(event.kind)), QVariant(event.note.trimmed()),
                                   QVariant(m_db.timestamp()), QVariant(event.id), QVariant(event.rowVersion)},
                                  Tr::tr("save the event"));
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("This event was changed elsewhere after you opened it. Nothing was saved; reopen it."));
    if (Status status = AuditTrail(m_db).record(QStringLiteral("clinical_events"), event.id, event.patientId,
                                                AuditAction::Update, auditValues(*before), auditValues(event), reason);
        !status)
        return status;
    return transaction.commit();
}

Result<QList<ClinicalEvent>> ClinicalEventRepository::forPatient(qint64 patientId)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT id, patient_id, course_id, event_date, kind, note, row_version FROM clinical_events "
                       "WHERE patient_id = ? ORDER BY event_date, id"));
    if (Status status = m_db.exec(query, {patientId}, Tr::tr("read the events")); !status)
        return status.error();
    QList<ClinicalEvent> events;
    while (query.next()) {
        ClinicalEvent event;
        event.id = query.value(0).toLongLong();
        event.patientId = query.value(1).toLongLong();
        event.courseId = query.value(2).toLongLong();
        event.date = sql::toDate(query.value(3));
        event.kind = clinicalEventKindFromCode(query.value(4).toString());
        event.note = query.value(5).toString();
        event.rowVersion = query.value(6).toInt();
        events.append(event);
    }
    query.finish();
    return events;
}

} // namespace outcome
