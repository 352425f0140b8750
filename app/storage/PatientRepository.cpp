// Patient SQL.
#include "PatientRepository.h"

#include "AuditTrail.h"
#include "Clock.h"
#include "Database.h"
#include "DateText.h"
#include "JsonWriter.h"
#include "PatientLanguage.h"
#include "PatientSearch.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PatientRepository)
};

const QString kColumns = QStringLiteral(
    "p.id, p.chart_number, p.family_name, p.given_name, p.birth_date, p.sex, p.phone, p.email, p.address, p.notes, "
    "p.archived, p.created_at, p.updated_at, p.row_version, p.language");
constexpr int kColumnCount = 15;

Patient patientFrom(const QSqlQuery& query)
{
    Patient patient;
    patient.id = query.value(0).toLongLong();
    patient.chartNumber = query.value(1).toString();
    patient.familyName = query.value(2).toString();
    patient.givenName = query.value(3).toString();
    patient.birthDate = sql::toDate(query.value(4));
    patient.sex = sexFromCode(query.value(5).toString());
    patient.phone = query.value(6).toString();
    patient.email = query.value(7).toString();
    patient.address = query.value(8).toString();
    patient.notes = query.value(9).toString();
    patient.archived = query.value(10).toBool();
    patient.createdAt = sql::toDateTime(query.value(11));
    patient.updatedAt = sql::toDateTime(query.value(12));
    patient.rowVersion = query.value(13).toInt();
    patient.language = query.value(14).toString();
    return patient;
}

Patient trimmed(Patient patient)
{
    patient.chartNumber = patient.chartNumber.trimmed();
    patient.familyName = patient.familyName.trimmed();
    patient.givenName = patient.givenName.trimmed();
    patient.email = patient.email.trimmed();
    patient.phone = patient.phone.trimmed();
    patient.language = PatientLanguage::normalized(patient.language);
    return patient;
}

// Folded "family given", so the register sorts Müller beside Muller.
QString sortName(const Patient& patient)
{
    return PatientSearch::fold(patient.familyName + QLatin1Char(' ') + patient.givenName);
}

Status staleMessage(const Patient& patient)
{
    return makeError(ErrorKind::Conflict, Tr::tr("%1 was changed elsewhere after you opened it. Your changes were not "
                                                 "saved; reopen the patient and make them again.")
                                              .arg(patient.displayName()));
}

// The exclusive upper end of every string that starts with prefix.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end.append(QChar(0xFFFF));
    return end;
}

} // namespace

QString PatientRepository::auditValues(const Patient& patient)
{
    JsonObjectWriter values;
    values.add(u"chart_number", patient.chartNumber)
        .add(u"family_name", patient.familyName)
        .add(u"given_name", patient.givenName)
        .add(u"birth_date", isoDate(patient.birthDate))
        .add(u"sex", sexToCode(patient.sex))
        .add(u"phone", patient.phone)
        .add(u"email", patient.email)
        .add(u"address", patient.address)
        .add(u"notes", patient.notes)
        .add(u"archived", patient.archived);
    // Only patients with a language other than English carry the field, so every other trail reads as it always did.
    if (!patient.language.isEmpty())
        values.add(u"language", patient.language);
    return values.text();
}

Status PatientRepository::checkChartNumberFree(const Patient& patient)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "SELECT id, family_name, given_name, birth_date FROM patients WHERE chart_number = ? AND id <> ?"));
    if (Status status = m_db.exec(query, {patient.chartNumber, patient.id}, Tr::tr("check the chart number")); !status)
        return status;
    if (!query.next())
        return {};
    Patient other;
    other.familyName = query.value(1).toString();
    other.givenName = query.value(2).toString();
    const QString born = query.value(3).toString();
    query.finish();
    return makeError(ErrorKind::Conflict, Tr::tr("Chart number %1 already belongs to %2 (born %3). Use another number.")
                                              .arg(patient.chartNumber, other.displayName(), born));
}

Status PatientRepository::writeSearchTerms(const Patient& patient, bool replace)
{
    if (replace) {
        QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM patient_search_terms WHERE patient_id = ?"));
        if (Status status = m_db.exec(remove, {patient.id}, Tr::tr("update the search index")); !status)
            return status;
    }
    static const QStringList columns{QStringLiteral("term"), QStringLiteral("patient_id"), QStringLiteral("sort_name"),
                                     QStringLiteral("archived")};
    const QString name = sortName(patient);
    QList<QVariantList> rows;
    for (const QString& term : PatientSearch::termsFor(patient))
        rows.append({term, patient.id, name, patient.archived ? 1 : 0});
    const Result<QList<qint64>> inserted = m_db.insertRows(QStringLiteral("patient_search_terms"), columns, rows,
                                                           Tr::tr("update the search index"), false);
    return inserted ? Status() : Status(inserted.error());
}

Result<qint64> PatientRepository::create(const Patient& input)
{
    Patient patient = trimmed(input);
    if (Status status = validatePatient(patient, Clock::today()); !status)
        return status.error();
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    patient.id = 0;
    if (Status status = checkChartNumberFree(patient); !status)
        return status.error();
    const QString now = m_db.timestamp();
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "INSERT INTO patients (chart_number, family_name, given_name, birth_date, sex, phone, email, address, notes, "
        "archived, sort_name, created_at, updated_at, row_version, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"));
    if (Status status =
            m_db.exec(query,
                      {QVariant(patient.chartNumber), QVariant(patient.familyName), QVariant(patient.givenName),
                       sql::fromDate(patient.birthDate), QVariant(sexToCode(patient.sex)), QVariant(patient.phone),
                       QVariant(patient.email), QVariant(patient.address), QVariant(patient.notes),
                       QVariant(patient.archived ? 1 : 0), QVariant(sortName(patient)), QVariant(now), QVariant(now),
                       QVariant(patient.language)},
                      Tr::tr("save the patient"));
        !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::Io, Tr::tr("Could not save the patient: no id was returned."));
    patient.id = query.value(0).toLongLong();
    query.finish();
    if (Status status = writeSearchTerms(patient, false); !status)
        return status.error();
    if (Status status = AuditTrail(m_db).record(QStringLiteral("patients"), patient.id, patient.id, AuditAction::Insert,
                                                {}, auditValues(patient));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return patient.id;
}

Status PatientRepository::update(const Patient& input, const QString& reason)
{
    const Patient patient = trimmed(input);
    if (Status status = validatePatient(patient, Clock::today()); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Patient> before = find(patient.id);
    if (!before)
        return before.error();
    if (Status status = checkChartNumberFree(patient); !status)
        return status;
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "UPDATE patients SET chart_number = ?, family_name = ?, given_name = ?, birth_date = ?, sex = ?, phone = ?, "
        "email = ?, address = ?, notes = ?, language = ?, sort_name = ?, updated_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (Status status =
            m_db.exec(query,
                      {QVariant(patient.chartNumber), QVariant(patient.familyName), QVariant(patient.givenName),
                       sql::fromDate(patient.birthDate), QVariant(sexToCode(patient.sex)), QVariant(patient.phone),
                       QVariant(patient.email), QVariant(patient.address), QVariant(patient.notes),
                       QVariant(patient.language), QVariant(sortName(patient)), QVariant(m_db.timestamp()),
                       QVariant(patient.id), QVariant(patient.rowVersion)},
                      Tr::tr("save the patient"));
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return staleMessage(*before);
    if (Status status = writeSearchTerms(patient, true); !status)
        return status;
    Patient after = patient;
    after.archived = before->archived;
    if (Status status = AuditTrail(m_db).record(QStringLiteral("patients"), patient.id, patient.id, AuditAction::Update,
                                                auditValues(*before), auditValues(after), reason);
        !status)
        return status;
    return transaction.commit();
}

Status PatientRepository::setArchived(qint64 patientId, bool archived, const QString& reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Patient> before = find(patientId);
    if (!before)
        return before.error();
    if (before->archived == archived)
        return transaction.commit();
    QSqlQuery& query = m_db.prepared(
        QStringLiteral("UPDATE patients SET archived = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    if (Status status = m_db.exec(query, {archived ? 1 : 0, m_db.timestamp(), patientId},
                                  archived ? Tr::tr("archive the patient") : Tr::tr("restore the patient"));
        !status)
        return status;
    QSqlQuery& terms =
        m_db.prepared(QStringLiteral("UPDATE patient_search_terms SET archived = ? WHERE patient_id = ?"));
    if (Status status = m_db.exec(terms, {archived ? 1 : 0, patientId}, Tr::tr("update the search index")); !status)
        return status;
    Patient after = *before;
    after.archived = archived;
    if (Status status = AuditTrail(m_db).record(QStringLiteral("patients"), patientId, patientId,
                                                archived ? AuditAction::Archive : AuditAction::Unarchive,
                                                auditValues(*before), auditValues(after), reason);
        !status)
        return status;
    return transaction.commit();
}

Result<Patient> PatientRepository::find(qint64 patientId)
{
    QSqlQuery& query =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM patients p WHERE p.id = ?"));
    if (Status status = m_db.exec(query, {patientId}, Tr::tr("read the patient")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no patient with id %1.").arg(patientId));
    Patient patient = patientFrom(query);
    query.finish();
    return patient;
}

Result<Patient> PatientRepository::findByChartNumber(const QString& chartNumber)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                     QStringLiteral(" FROM patients p WHERE p.chart_number = ?"));
    if (Status status = m_db.exec(query, {chartNumber.trimmed()}, Tr::tr("read the patient")); !status)
        return status.error();
    if (!query.next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no patient with chart number %1.").arg(chartNumber));
    Patient patient = patientFrom(query);
    query.finish();
    return patient;
}

Result<QString> PatientRepository::nextChartNumber()
{
    // The pattern: prefix and digit count shared by most of the latest numbers (the latest one breaks a tie), so an
    // odd number typed once does not change the clinic's numbering.
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QSqlQuery& latest = m_db.prepared(QStringLiteral("SELECT chart_number FROM patients ORDER BY id DESC LIMIT ?"));
    if (Status status = m_db.exec(latest, {kPatternSample}, Tr::tr("read the chart numbers")); !status)
        return status.error();
    QList<QPair<QString, qsizetype>> patterns; // in order of first appearance, newest first
    QList<int> counts;
    while (latest.next()) {
        const QRegularExpressionMatch match = numbered.match(latest.value(0).toString());
        if (!match.hasMatch())
            continue;
        const QPair<QString, qsizetype> pattern{match.captured(1), match.captured(2).size()};
        const qsizetype index = patterns.indexOf(pattern);
        if (index < 0) {
            patterns.append(pattern);
            counts.append(1);
        } else {
            ++counts[index];
        }
    }
    latest.finish();
    if (patterns.isEmpty())
        return QString();
    const auto [prefix, width] = patterns[std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin()];

    // Zero-padded numbers of one width sort as text in numeric order: the first one from the top that fits the
    // pattern is the highest. The range lets the chart number's unique index do the walking.
    QSqlQuery& highest = m_db.prepared(
        QStringLiteral("SELECT chart_number FROM patients WHERE chart_number >= ? AND chart_number <= ? AND "
                       "length(chart_number) = ? ORDER BY chart_number DESC"));
    const QString lowest = prefix + QString(width, QLatin1Char('0'));
    const QString top = prefix + QString(width, QLatin1Char('9'));
    if (Status status = m_db.exec(highest, {lowest, top, lowest.size()}, Tr::tr("read the chart numbers")); !status)
        return status.error();
    qint64 number = 0;
    while (highest.next()) {
        const QRegularExpressionMatch match = numbered.match(highest.value(0).toString());
        if (match.hasMatch() && match.captured(1) == prefix && match.captured(2).size() == width) {
            number = match.captured(2).toLongLong();
            break;
        }
    }
    highest.finish();
    // Past the last number of its width ("C999999") the number grows a digit, where someone may have typed one.
    for (;;) {
        const QString candidate = prefix + QStringLiteral("%1").arg(++number, int(width), 10, QLatin1Char('0'));
        const Result<Patient> taken = findByChartNumber(candidate);
        if (!taken && taken.error().kind == ErrorKind::NotFound)
            return candidate;
        if (!taken)
            return taken.error();
    }
}

Result<QList<PatientListEntry>> PatientRepository::search(const QString& text, bool includeArchived, int limit,
                                                          const QDate& today, const Patient* after)
{
    const QStringList terms = PatientSearch::queryTerms(text);
    // The page of patients is picked and sorted first; only those rows then read their latest course. A selective
    // word is read from the search terms' name-order index: its matches, already carrying their patient's name order,
    // are sorted there and the page taken, without touching a patient's row. A word that matches much of the register
    // ("1", "c0") is checked patient by patient in name order instead, which stops as soon as the page is full.
    // Every other word must match too.
    qsizetype selective = -1;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        Result<bool> broad = isBroadTerm(terms[i]);
        if (!broad)
            return broad.error();
        if (!*broad) {
            selective = i;
            break;
        }
    }
    const auto alsoMatches = [](const QString& patientColumn) -> QString {
        return QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_search_terms u WHERE u.patient_id = ") +
               patientColumn + QStringLiteral(" AND u.term >= ? AND u.term < ?)");
    };
    QVariantList values;
    QString page;
    if (selective >= 0) {
        page = QStringLiteral("SELECT DISTINCT t.sort_name AS sort_name, t.patient_id AS id FROM patient_search_terms t"
                              " WHERE t.term >= ? AND t.term < ? AND (? = 1 OR t.archived = 0)");
        values << terms[selective] << prefixEnd(terms[selective]) << (includeArchived ? 1 : 0);
        for (qsizetype i = 0; i < terms.size(); ++i) {
            if (i != selective) {
                page += alsoMatches(QStringLiteral("t.patient_id"));
                values << terms[i] << prefixEnd(terms[i]);
            }
        }
        if (after) // the next page in name order, from where the last one stopped
            page += QStringLiteral(" AND (t.sort_name > ? OR (t.sort_name = ? AND t.patient_id > ?))");
        page += QStringLiteral(" ORDER BY t.sort_name, t.patient_id LIMIT ?");
    } else {
        page = QStringLiteral("SELECT q.sort_name AS sort_name, q.id AS id FROM patients q"
                              " WHERE (? = 1 OR q.archived = 0)");
        values << (includeArchived ? 1 : 0);
        for (const QString& term : terms) {
            page += alsoMatches(QStringLiteral("q.id"));
            values << term << prefixEnd(term);
        }
        if (after)
            page += QStringLiteral(" AND (q.sort_name > ? OR (q.sort_name = ? AND q.id > ?))");
        page += QStringLiteral(" ORDER BY q.sort_name, q.id LIMIT ?");
    }
    if (after) {
        const QString afterName = sortName(*after);
        values << afterName << afterName << after->id;
    }
    values << limit;
    // The visit conditions sit inside CASE so each course's dozen visits are read through visits_by_course, never
    // by scanning every scheduled visit of the clinic.
    const QString sql =
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(", c.id, c.status, c.start_date,"
                       " (SELECT MIN(CASE WHEN v.status = 'scheduled' THEN v.scheduled_date END) FROM visits v"
                       "   WHERE v.course_id = c.id),"
                       " (SELECT COUNT(CASE WHEN v.status = 'scheduled' AND v.kind = 'session' THEN 1 END)"
                       "   FROM visits v WHERE v.course_id = c.id)"
                       " FROM (") +
        page +
        QStringLiteral(") m JOIN patients p ON p.id = m.id"
                       " LEFT JOIN courses c ON c.id = (SELECT c2.id FROM courses c2 WHERE c2.patient_id = p.id"
                       "   ORDER BY c2.start_date DESC, c2.id DESC LIMIT 1)"
                       " ORDER BY m.sort_name, m.id");
    QSqlQuery& query = m_db.prepared(sql);
    if (Status status = m_db.exec(query, values, Tr::tr("search patients")); !status)
        return status.error();
    QList<PatientListEntry> entries;
    while (query.next()) {
        PatientListEntry entry;
        entry.patient = patientFrom(query);
        entry.hasCourse = !query.value(kColumnCount).isNull();
        if (entry.hasCourse) {
            entry.latestCourseId = query.value(kColumnCount).toLongLong();
            const CourseStatus status = courseStatusFromCode(query.value(kColumnCount + 1).toString());
            const QDate start = sql::toDate(query.value(kColumnCount + 2));
            entry.nextDue = sql::toDate(query.value(kColumnCount + 3));
            const int sessionsLeft = query.value(kColumnCount + 4).toInt();
            entry.phase = CourseSchedule::phase(status, start, sessionsLeft > 0, entry.nextDue.isValid(), today);
        }
        entries.append(entry);
    }
    query.finish();
    return entries;
}

Result<int> PatientRepository::countMatches(const QString& text, bool includeArchived, int atMost)
{
    const QStringList terms = PatientSearch::queryTerms(text);
    QString sql;
    QVariantList values{includeArchived ? 1 : 0};
    if (terms.isEmpty()) {
        // Through patients_by_archived: "archived = 0 OR archived = 1" keeps that index usable where "? = 1 OR"
        // would not.
        sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM patients q WHERE q.archived = 0 OR q.archived = ?"
                             " LIMIT ?) AS counted");
    } else {
        // Every match of the first word, in the terms' index, that matches the other words too.
        sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT t.patient_id FROM patient_search_terms t"
                             " WHERE (? = 1 OR t.archived = 0) AND t.term >= ? AND t.term < ?");
        values << terms.first() << prefixEnd(terms.first());
        for (qsizetype i = 1; i < terms.size(); ++i) {
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_search_terms u WHERE u.patient_id = t.patient_id"
                                  " AND u.term >= ? AND u.term < ?)");
            values << terms[i] << prefixEnd(terms[i]);
        }
        sql += QStringLiteral(" LIMIT ?) AS counted");
    }
    values << atMost;
    QSqlQuery& query = m_db.prepared(sql);
    if (Status status = m_db.exec(query, values, Tr::tr("count patients")); !status)
        return status.error();
    query.next();
    const int found = query.value(0).toInt();
    query.finish();
    return found;
}

Result<bool> PatientRepository::isBroadTerm(const QString& term)
{
    // The highest id stands for the register's size: one step down an index, where counting would read every row.
    QSqlQuery& size = m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM patients"));
    if (Status status = m_db.exec(size, {}, Tr::tr("search patients")); !status)
        return status.error();
    const qint64 patients = size.next() ? size.value(0).toLongLong() : 0;
    size.finish();
    const qint64 threshold = std::max<qint64>(kBroadTermMatches, patients / 5);
    QSqlQuery& query = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_terms WHERE term >= ? AND term < ? LIMIT ?) AS counted"));
    if (Status status = m_db.exec(query, {term, prefixEnd(term), threshold}, Tr::tr("search patients")); !status)
        return status.error();
    query.next();
    const bool broad = query.value(0).toLongLong() >= threshold;
    query.finish();
    return broad;
}

Result<int> PatientRepository::count(bool includeArchived)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM patients WHERE (? = 1 OR archived = 0)"));
    if (Status status = m_db.exec(query, {includeArchived ? 1 : 0}, Tr::tr("count patients")); !status)
        return status.error();
    query.next();
    const int total = query.value(0).toInt();
    query.finish();
    return total;
}

} // namespace outcome
