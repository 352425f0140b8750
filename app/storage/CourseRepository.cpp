// Course and visit SQL.
#include "CourseRepository.h"

#include "AuditTrail.h"
#include "CourseSchedule.h"
#include "Database.h"
#include "DateText.h"
#include "JsonWriter.h"
#include "Patient.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseRepository)
};

const QString kCourseColumns = QStringLiteral(
    "c.id, c.patient_id, c.template_id, t.name, t.version, c.start_date, c.end_date, c.treatment_label, c.status, "
    "c.notes, c.created_at, c.updated_at, c.row_version, c.clinician");
const QString kCourseFrom = QStringLiteral(" FROM courses c JOIN course_templates t ON t.id = c.template_id ");

const QString kVisitColumns = QStringLiteral(
    "v.id, v.course_id, v.sequence, v.kind, v.session_number, v.label, v.scheduled_date, v.actual_date, v.status, "
    "v.note, v.planned_instruments, v.optional_instruments, v.closes_course, v.updated_at, v.row_version, "
    "v.patient_entered_on, v.patient_entry_reviewed");
constexpr int kVisitColumnCount = 17;

Course courseFrom(const QSqlQuery& query)
{
    Course course;
    course.id = query.value(0).toLongLong();
    course.patientId = query.value(1).toLongLong();
    course.templateId = query.value(2).toLongLong();
    course.templateName = query.value(3).toString();
    course.templateVersion = query.value(4).toInt();
    course.startDate = sql::toDate(query.value(5));
    course.endDate = sql::toDate(query.value(6));
    course.treatmentLabel = query.value(7).toString();
    course.status = courseStatusFromCode(query.value(8).toString());
    course.notes = query.value(9).toString();
    course.createdAt = sql::toDateTime(query.value(10));
    course.updatedAt = sql::toDateTime(query.value(11));
    course.rowVersion = query.value(12).toInt();
    course.clinician = query.value(13).toString();
    return course;
}

Visit visitFrom(const QSqlQuery& query)
{
    Visit visit;
    visit.id = query.value(0).toLongLong();
    visit.courseId = query.value(1).toLongLong();
    visit.sequence = query.value(2).toInt();
    visit.kind = visitKindFromCode(query.value(3).toString());
    visit.sessionNumber = query.value(4).toInt();
    visit.label = query.value(5).toString();
    visit.scheduledDate = sql::toDate(query.value(6));
    visit.actualDate = sql::toDate(query.value(7));
    visit.status = visitStatusFromCode(query.value(8).toString());
    visit.note = query.value(9).toString();
    visit.plannedInstruments = sql::toList(query.value(10));
    visit.optionalInstruments = sql::toList(query.value(11));
    visit.closesCourse = query.value(12).toBool();
    visit.updatedAt = sql::toDateTime(query.value(13));
    visit.rowVersion = query.value(14).toInt();
    visit.patientEnteredOn = sql::toDate(query.value(15));
    visit.patientEntryReviewed = query.value(16).toBool();
    return visit;
}

QString conflictMessage()
{
    return Tr::tr("This visit was changed elsewhere after you opened it. Nothing was saved; reopen the course and try "
                  "again.");
}

} // namespace

QString CourseRepository::auditValues(const Visit& visit)
{
    JsonObjectWriter values;
    values.add(u"course_id", visit.courseId)
        .add(u"kind", visitKindToCode(visit.kind))
        .add(u"session_number", visit.sessionNumber)
        .add(u"label", visit.label)
        .add(u"scheduled_date", isoDate(visit.scheduledDate))
        .add(u"actual_date", isoDate(visit.actualDate))
        .add(u"status", visitStatusToCode(visit.status))
        .add(u"note", visit.note);
    // Only visits the patient answered at carry these, so the trail of every other visit reads as it always did.
    if (visit.patientEnteredOn.isValid())
        values.add(u"patient_entered_on", isoDate(visit.patientEnteredOn))
            .add(u"patient_entry_reviewed", visit.patientEntryReviewed);
    return values.text();
}

QString CourseRepository::auditValues(const Course& course)
{
    JsonObjectWriter values;
    values.add(u"patient_id", course.patientId)
        .add(u"template_id", course.templateId)
        .add(u"start_date", isoDate(course.startDate))
        .add(u"end_date", isoDate(course.endDate))
        .add(u"treatment_label", course.treatmentLabel)
        .add(u"status", courseStatusToCode(course.status))
        .add(u"notes", course.notes);
    // Only courses with a clinician carry the field, so the trail of every other course reads as it always did.
    if (!course.clinician.isEmpty())
        values.add(u"clinician", course.clinician);
    return values.text();
}

Status CourseRepository::insertVisits(QList<Visit>& visits, qint64 patientId)
{
    static const QStringList columns{QStringLiteral("course_id"),
                                     QStringLiteral("sequence"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("session_number"),
                                     QStringLiteral("label"),
                                     QStringLiteral("scheduled_date"),
                                     QStringLiteral("actual_date"),
                                     QStringLiteral("status"),
                                     QStringLiteral("note"),
                                     QStringLiteral("planned_instruments"),
                                     QStringLiteral("optional_instruments"),
                                     QStringLiteral("closes_course"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")};
    const QString now = m_db.timestamp();
    QList<QVariantList> rows;
    rows.reserve(visits.size());
    for (const Visit& visit : visits)
        rows.append({visit.courseId, visit.sequence, visitKindToCode(visit.kind), visit.sessionNumber, visit.label,
                     sql::fromDate(visit.scheduledDate), sql::fromDate(visit.actualDate),
                     visitStatusToCode(visit.status), visit.note, sql::fromList(visit.plannedInstruments),
                     sql::fromList(visit.optionalInstruments), visit.closesCourse ? 1 : 0, now, now});
    Result<QList<qint64>> ids = m_db.insertRows(QStringLiteral("visits"), columns, rows, Tr::tr("save the visits"));
    if (!ids)
        return ids.error();
    QList<AuditRecord> audit;
    audit.reserve(visits.size());
    for (qsizetype i = 0; i < visits.size(); ++i) {
        visits[i].id = ids->at(i);
        visits[i].rowVersion = 1;
        audit.append(
            {QStringLiteral("visits"), visits[i].id, patientId, AuditAction::Insert, {}, auditValues(visits[i]), {}});
    }
    return AuditTrail(m_db).record(audit);
}

Result<Course> CourseRepository::start(qint64 patientId, const CourseTemplate& courseTemplate, const QDate& startDate,
                                       const QString& treatmentLabel, const QString& clinician)
{
    if (!startDate.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Start date is required."));
    if (courseTemplate.id <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Choose a saved course template."));
    Course course;
    course.patientId = patientId;
    course.templateId = courseTemplate.id;
    course.templateName = courseTemplate.name;
    course.templateVersion = courseTemplate.version;
    course.startDate = startDate;
    course.treatmentLabel = treatmentLabel;
    course.clinician = clinician;
    QList<Visit> visits = CourseSchedule::plan(courseTemplate, startDate);
    return create(course, visits);
}

Result<Course> CourseRepository::create(const Course& input, QList<Visit>& visits)
{
    if (!input.startDate.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Start date is required."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    Course course = input;
    course.treatmentLabel = input.treatmentLabel.trimmed();
    course.clinician = input.clinician.simplified();
    const QString now = m_db.timestamp();
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "INSERT INTO courses (patient_id, template_id, start_date, end_date, treatment_label, status, notes, "
        "created_at, updated_at, row_version, clinician) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    if (Status status = m_db.exec(query,
                                  {QVariant(course.patientId), QVariant(course.templateId),
                                   sql::fromDate(course.startDate), sql::fromDate(course.endDate),
                                   QVariant(course.treatmentLabel), QVariant(courseStatusToCode(course.status)),
                                   QVariant(course.notes), QVariant(now), QVariant(now), QVariant(course.clinician)},
                                  Tr::tr("start the course"));
        !status)
        return status.error();
    query.next();
    course.id = query.value(0).toLongLong();
    query.finish();
    course.rowVersion = 1;
    if (Status status = AuditTrail(m_db).record(QStringLiteral("courses"), course.id, course.patientId,
                                                AuditAction::Insert, {}, auditValues(course));
        !status)
        return status.error();
    QSet<int> sequences;
    for (Visit& visit : visits) {
        visit.courseId = course.id;
        if (sequences.contains(visit.sequence))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Two visits of the course have the same position %1.").arg(visit.sequence));
        sequences.insert(visit.sequence);
    }
    if (Status status = insertVisits(visits, course.patientId); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return course;
}

Status CourseRepository::update(const Course& course, const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Course> before = find(course.id);
    if (!before)
        return before.error();
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "UPDATE courses SET start_date = ?, end_date = ?, treatment_label = ?, status = ?, notes = ?, clinician = ?, "
        "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (Status status =
            m_db.exec(query,
                      {sql::fromDate(course.startDate), sql::fromDate(course.endDate),
                       QVariant(course.treatmentLabel.trimmed()), QVariant(courseStatusToCode(course.status)),
                       QVariant(course.notes), QVariant(course.clinician.simplified()), QVariant(m_db.timestamp()),
                       QVariant(course.id), QVariant(course.rowVersion)},
                      Tr::tr("save the course"));
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("This course was changed elsewhere after you opened it. Nothing was "
                                "saved; reopen the patient and try again."));
    if (Status status = AuditTrail(m_db).record(QStringLiteral("courses"), course.id, course.patientId,
                                                AuditAction::Update, auditValues(*before), auditValues(course), reason);
        !status)
        return status;
    return transaction.commit();
}

Result<QStringList> CourseRepository::clinicians()
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT DISTINCT clinician FROM courses WHERE clinician <> '' ORDER BY clinician"));
    if (Status status = m_db.exec(query, {}, Tr::tr("read the clinicians")); !status)
        return status.error();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

Result<Course> CourseRepository::find(qint64 courseId)
{
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT ") + kCourseColumns + kCourseFrom + QStringLiteral("WHERE c.id = ?"));
    if (Status status = m_db.exec(query, {courseId}, Tr::tr("read the course")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no course with id %1.").arg(courseId));
    Course course = courseFrom(query);
    query.finish();
    return course;
}

Result<QList<Course>> CourseRepository::forPatient(qint64 patientId)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT ") + kCourseColumns + kCourseFrom +
                                     QStringLiteral("WHERE c.patient_id = ? ORDER BY c.start_date, c.id"));
    if (Status status = m_db.exec(query, {patientId}, Tr::tr("read the courses")); !status)
        return status.error();
    QList<Course> courses;
    while (query.next())
        courses.append(courseFrom(query));
    query.finish();
    return courses;
}

Result<QList<Visit>> CourseRepository::visits(qint64 courseId)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT ") + kVisitColumns +
                                     QStringLiteral(" FROM visits v WHERE v.course_id = ? ORDER BY v.sequence, v.id"));
    if (Status status = m_db.exec(query, {courseId}, Tr::tr("read the visits")); !status)
        return status.error();
    QList<Visit> visits;
    while (query.next())
        visits.append(visitFrom(query));
    query.finish();
    return visits;
}

Result<Visit> CourseRepository::findVisit(qint64 visitId)
{
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT ") + kVisitColumns + QStringLiteral(" FROM visits v WHERE v.id = ?"));
    if (Status status = m_db.exec(query, {visitId}, Tr::tr("read the visit")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no visit with id %1.").arg(visitId));
    Visit visit = visitFrom(query);
    query.finish();
    return visit;
}

Result<qint64> CourseRepository::patientOfCourse(qint64 courseId)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT patient_id FROM courses WHERE id = ?"));
    if (Status status = m_db.exec(query, {courseId}, Tr::tr("read the course")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no course with id %1.").arg(courseId));
    const qint64 patientId = query.value(0).toLongLong();
    query.finish();
    return patientId;
}

Status CourseRepository::updateVisit(const Visit& visit, const QString& reason)
{
    if (!visit.scheduledDate.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Scheduled date is required."));
    if (visit.status == VisitStatus::Done && !visit.actualDate.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("A visit that took place needs the date it took place."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Visit> before = findVisit(visit.id);
    if (!before)
        return before.error();
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "UPDATE visits SET label = ?, scheduled_date = ?, actual_date = ?, status = ?, note = ?, "
        "planned_instruments = ?, optional_instruments = ?, patient_entered_on = ?, patient_entry_reviewed = ?, "
        "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (Status status = m_db.exec(query,
                                  {QVariant(visit.label), sql::fromDate(visit.scheduledDate),
                                   sql::fromDate(visit.actualDate), QVariant(visitStatusToCode(visit.status)),
                                   QVariant(visit.note), QVariant(sql::fromList(visit.plannedInstruments)),
                                   QVariant(sql::fromList(visit.optionalInstruments)),
                                   sql::fromDate(visit.patientEnteredOn), QVariant(visit.patientEntryReviewed ? 1 : 0),
                                   QVariant(m_db.timestamp()), QVariant(visit.id), QVariant(visit.rowVersion)},
                                  Tr::tr("save the visit"));
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorKind::Conflict, conflictMessage());
    Result<qint64> patientId = patientOfCourse(before->courseId);
    if (!patientId)
        return patientId.error();
    if (Status status = AuditTrail(m_db).record(QStringLiteral("visits"), visit.id, *patientId, AuditAction::Update,
                                                auditValues(*before), auditValues(visit), reason);
        !status)
        return status;
    return transaction.commit();
}

Status CourseRepository::addVisits(qint64 courseId, QList<Visit>& visits)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<qint64> patientId = patientOfCourse(courseId);
    if (!patientId)
        return patientId.error();
    Result<QList<Visit>> existing = this->visits(courseId);
    if (!existing)
        return existing.error();
    QSet<int> taken;
    for (const Visit& visit : *existing)
        taken.insert(visit.sequence);
    for (Visit& visit : visits) {
        visit.courseId = courseId;
        if (taken.contains(visit.sequence))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("The course already has a visit at position %1.").arg(visit.sequence));
        taken.insert(visit.sequence);
    }
    if (Status status = insertVisits(visits, *patientId); !status)
        return status;
    return transaction.commit();
}

Result<Visit> CourseRepository::addExtraVisit(qint64 courseId, const QString& label, const QDate& date,
                                              const QStringList& instruments)
{
    if (!date.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("The extra visit needs a date."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    Result<qint64> patientId = patientOfCourse(courseId);
    if (!patientId)
        return patientId.error();
    QSqlQuery& next =
        m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM visits WHERE course_id = ?"));
    if (Status status = m_db.exec(next, {courseId}, Tr::tr("add the visit")); !status)
        return status.error();
    next.next();
    Visit visit;
    visit.courseId = courseId;
    visit.sequence = next.value(0).toInt();
    next.finish();
    visit.kind = VisitKind::Extra;
    visit.label = label.trimmed();
    visit.scheduledDate = date;
    visit.plannedInstruments = instruments;
    QList<Visit> added{visit};
    if (Status status = insertVisits(added, *patientId); !status)
        return status.error();
    visit = added.first();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return visit;
}

Result<QList<DueVisit>> CourseRepository::dueBetween(const QDate& from, const QDate& until, int limit)
{
    // The visits the schedule lists: planned, in a running course, of a patient not archived, between two days. The
    // page is sorted and cut from narrow indexes alone; only its rows are then read whole.
    const QString page =
        QStringLiteral("SELECT d.id AS id FROM visits d JOIN courses dc") +
        m_db.throughIndex(QStringLiteral("courses_for_lists")) +
        QStringLiteral(" ON dc.id = d.course_id JOIN patients dp") +
        m_db.throughIndex(QStringLiteral("patients_for_lists")) +
        QStringLiteral(" ON dp.id = dc.patient_id"
                       " WHERE d.status = 'scheduled' AND d.scheduled_date >= ? AND d.scheduled_date <= ?"
                       " AND dc.status = 'active' AND dp.archived = 0"
                       " ORDER BY d.scheduled_date, dp.family_name, dp.given_name, d.sequence, d.id LIMIT ?");
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT ") + kVisitColumns +
        QStringLiteral(", p.id, p.chart_number, p.family_name, p.given_name, c.treatment_label FROM (") + page +
        QStringLiteral(") due JOIN visits v ON v.id = due.id JOIN courses c ON c.id = v.course_id"
                       " JOIN patients p ON p.id = c.patient_id"
                       " ORDER BY v.scheduled_date, p.family_name, p.given_name, v.sequence, v.id"));
    // '' sorts before every date: no lower bound.
    const QVariant lowest = from.isValid() ? sql::fromDate(from) : QVariant(QString());
    if (Status status = m_db.exec(query, {lowest, sql::fromDate(until), limit}, Tr::tr("read the schedule")); !status)
        return status.error();
    QList<DueVisit> due;
    while (query.next()) {
        DueVisit entry;
        entry.visit = visitFrom(query);
        entry.patientId = query.value(kVisitColumnCount).toLongLong();
        entry.chartNumber = query.value(kVisitColumnCount + 1).toString();
        Patient patient;
        patient.familyName = query.value(kVisitColumnCount + 2).toString();
        patient.givenName = query.value(kVisitColumnCount + 3).toString();
        entry.patientName = patient.displayName();
        entry.treatmentLabel = query.value(kVisitColumnCount + 4).toString();
        due.append(entry);
    }
    query.finish();
    return due;
}

Result<QList<CourseOfPatient>> CourseRepository::currentOrEndedSince(const QDate& since)
{
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("SELECT p.id, p.chart_number, c.id FROM patients p JOIN courses c ON c.patient_id = p.id"
                       " WHERE p.archived = 0 AND c.status <> 'cancelled'"
                       " AND c.id = (SELECT latest.id FROM courses latest WHERE latest.patient_id = p.id"
                       " ORDER BY latest.start_date DESC, latest.id DESC LIMIT 1)"
                       " AND EXISTS (SELECT 1 FROM visits held WHERE held.course_id = c.id AND held.status = 'done')"
                       " AND (c.status = 'active' OR c.end_date >= ? OR EXISTS (SELECT 1 FROM visits recent"
                       " WHERE recent.course_id = c.id AND recent.status = 'done'"
                       " AND COALESCE(recent.actual_date, recent.scheduled_date) >= ?))"
                       " ORDER BY p.chart_number"));
    const QVariant day = sql::fromDate(since);
    if (Status status = m_db.exec(query, {day, day}, Tr::tr("read the courses")); !status)
        return status.error();
    QList<CourseOfPatient> courses;
    while (query.next())
        courses.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
    query.finish();
    return courses;
}

} // namespace outcome
