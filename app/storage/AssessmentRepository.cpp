// Assessment SQL.
#include "AssessmentRepository.h"

#include "AuditTrail.h"
#include "Database.h"
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
    Q_DECLARE_TR_FUNCTIONS(outcome::AssessmentRepository)
};

const QString kColumns = QStringLiteral(
    "a.id, a.visit_id, a.instrument_id, a.instrument_version, a.answers, a.entered_at, a.entered_by, a.updated_at, "
    "a.row_version");
constexpr int kColumnCount = 9;

Result<Assessment> assessmentFrom(const QSqlQuery& query)
{
    Assessment assessment;
    assessment.id = query.value(0).toLongLong();
    assessment.visitId = query.value(1).toLongLong();
    assessment.instrumentId = query.value(2).toString();
    assessment.instrumentVersion = query.value(3).toString();
    std::optional<AnswerSet> answers = AnswerSet::fromJsonText(query.value(4).toString());
    if (!answers)
        return makeError(ErrorKind::Invalid, Tr::tr("The answers of assessment %1 cannot be read.").arg(assessment.id));
    assessment.answers = std::move(*answers);
    assessment.enteredAt = sql::toDateTime(query.value(5));
    assessment.enteredBy = query.value(6).toString();
    assessment.updatedAt = sql::toDateTime(query.value(7));
    assessment.rowVersion = query.value(8).toInt();
    return assessment;
}

} // namespace

QString AssessmentRepository::auditValues(const Assessment& assessment)
{
    return auditValues(assessment, assessment.answers.toJsonText());
}

QString AssessmentRepository::auditValues(const Assessment& assessment, const QString& answersJson)
{
    return JsonObjectWriter()
        .add(u"visit_id", assessment.visitId)
        .add(u"instrument_id", assessment.instrumentId)
        .add(u"instrument_version", assessment.instrumentVersion)
        .addRaw(u"answers", answersJson)
        .text();
}

Result<qint64> AssessmentRepository::patientOfVisit(qint64 visitId)
{
    // A visit never moves to another patient, so the last answer can be reused (saves of one visit come together).
    if (visitId == m_lastVisitId)
        return m_lastVisitPatientId;
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT c.patient_id FROM visits v JOIN courses c ON c.id = v.course_id WHERE v.id = ?"));
    if (Status status = m_db.exec(query, {visitId}, Tr::tr("read the visit")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no visit with id %1.").arg(visitId));
    const qint64 patientId = query.value(0).toLongLong();
    query.finish();
    m_lastVisitId = visitId;
    m_lastVisitPatientId = patientId;
    return patientId;
}

Result<Assessment> AssessmentRepository::save(const Assessment& input, const QString& reason)
{
    if (input.instrumentId.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The assessment names no instrument."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    Result<qint64> patientId = patientOfVisit(input.visitId);
    if (!patientId)
        return patientId.error();
    Assessment saved = input;
    const QString now = m_db.timestamp();
    const QString answers = input.answers.toJsonText();
    AuditTrail audit(m_db);
    if (input.id == 0) {
        QSqlQuery& query = m_db.prepared(QStringLiteral(
            "INSERT INTO assessments (visit_id, instrument_id, instrument_version, answers, entered_at, entered_by, "
            "updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        if (Status status =
                m_db.exec(query,
                          {QVariant(input.visitId), QVariant(input.instrumentId), QVariant(input.instrumentVersion),
                           QVariant(answers), QVariant(now), QVariant(m_db.actor()), QVariant(now)},
                          Tr::tr("save the assessment"));
            !status) {
            if (status.error().kind == ErrorKind::Conflict)
                return makeError(ErrorKind::Conflict, Tr::tr("This visit already has a %1 assessment (perhaps saved in "
                                                             "another window). Reopen the visit to edit it.")
                                                          .arg(input.instrumentId));
            return status.error();
        }
        query.next();
        saved.id = query.value(0).toLongLong();
        query.finish();
        saved.enteredAt = sql::toDateTime(now);
        saved.enteredBy = m_db.actor();
        saved.rowVersion = 1;
        if (Status status = audit.record(QStringLiteral("assessments"), saved.id, *patientId, AuditAction::Insert, {},
                                         auditValues(saved, answers), reason);
            !status)
            return status.error();
    } else {
        if (reason.trimmed().isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Changing a saved assessment needs a reason for the audit trail."));
        Result<Assessment> before = find(input.id);
        if (!before)
            return before.error();
        QSqlQuery& query = m_db.prepared(QStringLiteral(
            "UPDATE assessments SET instrument_version = ?, answers = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"));
        if (Status status = m_db.exec(query,
                                      {QVariant(input.instrumentVersion), QVariant(answers), QVariant(now),
                                       QVariant(input.id), QVariant(input.rowVersion)},
                                      Tr::tr("save the assessment"));
            !status)
            return status.error();
        if (query.numRowsAffected() != 1)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("This assessment was changed elsewhere (by %1) after you opened it. Your answers were "
                       "not saved; reopen the visit to see the newer answers.")
                    .arg(before->enteredBy));
        saved.rowVersion = before->rowVersion + 1;
        saved.enteredAt = before->enteredAt;
        saved.enteredBy = before->enteredBy;
        if (Status status = audit.record(QStringLiteral("assessments"), saved.id, *patientId, AuditAction::Update,
                                         auditValues(*before), auditValues(saved, answers), reason.trimmed());
            !status)
            return status.error();
    }
    saved.updatedAt = sql::toDateTime(now);
    if (Status status = transaction.commit(); !status)
        return status.error();
    return saved;
}

Result<QList<Assessment>> AssessmentRepository::insertAll(const QList<Assessment>& assessments, const QString& reason)
{
    static const QStringList columns{QStringLiteral("visit_id"),           QStringLiteral("instrument_id"),
                                     QStringLiteral("instrument_version"), QStringLiteral("answers"),
                                     QStringLiteral("entered_at"),         QStringLiteral("entered_by"),
                                     QStringLiteral("updated_at"),         QStringLiteral("row_version")};
    if (assessments.isEmpty())
        return assessments;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    const QString now = m_db.timestamp();
    QList<QString> answers;
    QList<QString> enteredAt;
    QList<QVariantList> rows;
    answers.reserve(assessments.size());
    enteredAt.reserve(assessments.size());
    rows.reserve(assessments.size());
    for (const Assessment& assessment : assessments) {
        if (assessment.instrumentId.isEmpty())
            return makeError(ErrorKind::Invalid, Tr::tr("The assessment names no instrument."));
        if (assessment.id != 0)
            return makeError(ErrorKind::Internal, QStringLiteral("insertAll takes new assessments only"));
        answers.append(assessment.answers.toJsonText());
        enteredAt.append(assessment.enteredAt.isValid() ? sql::fromDateTime(assessment.enteredAt) : now);
        rows.append({assessment.visitId, assessment.instrumentId, assessment.instrumentVersion, answers.last(),
                     enteredAt.last(), m_db.actor(), enteredAt.last(), 1});
    }
    Result<QList<qint64>> ids =
        m_db.insertRows(QStringLiteral("assessments"), columns, rows, Tr::tr("save the assessments"));
    if (!ids) {
        if (ids.error().kind == ErrorKind::Conflict)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("A visit already has one of these assessments (perhaps saved in "
                                    "another window); nothing was saved."));
        return ids.error();
    }
    QList<Assessment> saved = assessments;
    QList<AuditRecord> audit;
    audit.reserve(saved.size());
    for (qsizetype i = 0; i < saved.size(); ++i) {
        Result<qint64> patientId = patientOfVisit(saved[i].visitId);
        if (!patientId)
            return patientId.error();
        saved[i].id = ids->at(i);
        if (!saved[i].enteredAt.isValid())
            saved[i].enteredAt = sql::toDateTime(now);
        saved[i].enteredBy = m_db.actor();
        saved[i].updatedAt = saved[i].enteredAt;
        saved[i].rowVersion = 1;
        audit.append({QStringLiteral("assessments"),
                      saved[i].id,
                      *patientId,
                      AuditAction::Insert,
                      {},
                      auditValues(saved[i], answers.at(i)),
                      reason,
                      enteredAt.at(i)});
    }
    if (Status status = AuditTrail(m_db).record(audit); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return saved;
}

Status AssessmentRepository::remove(qint64 assessmentId, int rowVersion, const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> before = find(assessmentId);
    if (!before)
        return before.error();
    Result<qint64> patientId = patientOfVisit(before->visitId);
    if (!patientId)
        return patientId.error();
    if (before->rowVersion != rowVersion)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("This assessment was changed elsewhere (by %1) after it was read here, so it was not "
                                "removed; reopen the visit to see the newer answers.")
                             .arg(before->enteredBy));
    QSqlQuery& query = m_db.prepared(QStringLiteral("DELETE FROM assessments WHERE id = ? AND row_version = ?"));
    if (Status status = m_db.exec(query, {assessmentId, rowVersion}, Tr::tr("remove the assessment")); !status)
        return status;
    if (Status status = AuditTrail(m_db).record(QStringLiteral("assessments"), assessmentId, *patientId,
                                                AuditAction::Delete, auditValues(*before), {}, reason);
        !status)
        return status;
    return transaction.commit();
}

Result<Assessment> AssessmentRepository::find(qint64 assessmentId)
{
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assessments a WHERE a.id = ?"));
    if (Status status = m_db.exec(query, {assessmentId}, Tr::tr("read the assessment")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no assessment with id %1.").arg(assessmentId));
    Result<Assessment> assessment = assessmentFrom(query);
    query.finish();
    return assessment;
}

Result<QList<Assessment>> AssessmentRepository::forVisit(qint64 visitId)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                     QStringLiteral(" FROM assessments a WHERE a.visit_id = ? ORDER BY a.id"));
    if (Status status = m_db.exec(query, {visitId}, Tr::tr("read the assessments")); !status)
        return status.error();
    QList<Assessment> assessments;
    while (query.next()) {
        Result<Assessment> assessment = assessmentFrom(query);
        if (!assessment) {
            query.finish();
            return assessment.error();
        }
        assessments.append(std::move(assessment).value());
    }
    query.finish();
    return assessments;
}

Result<QList<DatedAssessment>> AssessmentRepository::readDated(const QString& where, qint64 id)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(", v.course_id, COALESCE(v.actual_date, v.scheduled_date) FROM assessments a"
                       " JOIN visits v ON v.id = a.visit_id JOIN courses c ON c.id = v.course_id WHERE ") +
        where + QStringLiteral(" ORDER BY COALESCE(v.actual_date, v.scheduled_date), v.sequence, a.id"));
    if (Status status = m_db.exec(query, {id}, Tr::tr("read the assessments")); !status)
        return status.error();
    QList<DatedAssessment> assessments;
    while (query.next()) {
        Result<Assessment> assessment = assessmentFrom(query);
        if (!assessment) {
            query.finish();
            return assessment.error();
        }
        DatedAssessment dated;
        dated.assessment = std::move(assessment).value();
        dated.courseId = query.value(kColumnCount).toLongLong();
        dated.date = sql::toDate(query.value(kColumnCount + 1));
        assessments.append(std::move(dated));
    }
    query.finish();
    return assessments;
}

Result<QStringList> AssessmentRepository::onVisitsNotHeld(const QDate& today)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "SELECT p.chart_number, c.start_date, v.sequence, v.status, COALESCE(v.actual_date, ''), a.instrument_id "
        "FROM assessments a JOIN visits v ON v.id = a.visit_id JOIN courses c ON c.id = v.course_id "
        "JOIN patients p ON p.id = c.patient_id "
        "WHERE v.status <> 'done' OR COALESCE(v.actual_date, '') = '' OR v.actual_date > ? "
        "ORDER BY p.chart_number, c.start_date, v.sequence, a.instrument_id"));
    if (Status status = m_db.exec(query, {sql::fromDate(today)}, Tr::tr("read the visits of the answers")); !status)
        return status.error();
    QStringList found;
    while (query.next()) {
        const QString date = query.value(4).toString();
        found.append(Tr::tr("%1, course starting %2, visit %3 (%4, %5): %6")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), date.isEmpty() ? Tr::tr("no date") : date,
                              query.value(5).toString()));
    }
    query.finish();
    return found;
}

Result<QList<DatedAssessment>> AssessmentRepository::forCourse(qint64 courseId)
{
    return readDated(QStringLiteral("v.course_id = ?"), courseId);
}

Result<QList<DatedAssessment>> AssessmentRepository::forPatient(qint64 patientId)
{
    return readDated(QStringLiteral("c.patient_id = ?"), patientId);
}

} // namespace outcome
