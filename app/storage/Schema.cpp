// Migrations. Never edit a released step: add a new one. Types and syntax stay portable;
// the id column and the audit guards come from the dialect.
#include "Schema.h"

#include "Database.h"
#include "PostgresDialect.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace outcome {

namespace {

QString idColumn(Engine engine)
{
    return engine == Engine::Postgres ? PostgresDialect::idColumn() : SqlDialect::idColumn();
}

// Announcements of changes to other workstations: triggers on a server; SQLite's data_version needs none.
QStringList changeSignals(Engine engine, const QStringList& tables)
{
    QStringList statements;
    if (engine == Engine::Postgres) {
        for (const QString& table : tables)
            statements.append(PostgresDialect::changeSignal(table));
    }
    return statements;
}

QStringList version1(Engine engine)
{
    const QString id = idColumn(engine);
    QStringList steps{
        QStringLiteral("CREATE TABLE patients ("
                       " id %1,"
                       " chart_number TEXT NOT NULL UNIQUE,"
                       " family_name TEXT NOT NULL,"
                       " given_name TEXT NOT NULL,"
                       " birth_date TEXT NOT NULL,"
                       " sex TEXT NOT NULL DEFAULT 'unknown',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " archived INTEGER NOT NULL DEFAULT 0,"
                       " sort_name TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        QStringLiteral("CREATE INDEX patients_by_name ON patients (sort_name)"),
        QStringLiteral("CREATE TABLE patient_search_terms ("
                       " term TEXT NOT NULL,"
                       " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                       " PRIMARY KEY (term, patient_id))"),
        QStringLiteral("CREATE INDEX patient_search_terms_by_patient ON patient_search_terms (patient_id)"),
        QStringLiteral("CREATE TABLE course_templates ("
                       " id %1,"
                       " template_key TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " definition TEXT NOT NULL,"
                       " retired INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (template_key, version))")
            .arg(id),
        QStringLiteral("CREATE TABLE courses ("
                       " id %1,"
                       " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                       " template_id INTEGER NOT NULL REFERENCES course_templates (id),"
                       " start_date TEXT NOT NULL,"
                       " end_date TEXT,"
                       " treatment_label TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'active',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        QStringLiteral("CREATE INDEX courses_by_patient ON courses (patient_id, start_date)"),
        QStringLiteral("CREATE TABLE visits ("
                       " id %1,"
                       " course_id INTEGER NOT NULL REFERENCES courses (id),"
                       " sequence INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " session_number INTEGER NOT NULL DEFAULT 0,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " scheduled_date TEXT NOT NULL,"
                       " actual_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'scheduled',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " planned_instruments TEXT NOT NULL DEFAULT '',"
                       " optional_instruments TEXT NOT NULL DEFAULT '',"
                       " closes_course INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)")
            .arg(id),
        QStringLiteral("CREATE INDEX visits_by_course ON visits (course_id, sequence)"),
        QStringLiteral("CREATE INDEX visits_by_due_date ON visits (status, scheduled_date)"),
        QStringLiteral("CREATE TABLE assessments ("
                       " id %1,"
                       " visit_id INTEGER NOT NULL REFERENCES visits (id),"
                       " instrument_id TEXT NOT NULL,"
                       " instrument_version TEXT NOT NULL,"
                       " answers TEXT NOT NULL,"
                       " entered_at TEXT NOT NULL,"
                       " entered_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (visit_id, instrument_id))")
            .arg(id),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %1,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " row_id INTEGER NOT NULL,"
                       " patient_id INTEGER,"
                       " action TEXT NOT NULL,"
                       " old_values TEXT,"
                       " new_values TEXT,"
                       " reason TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
    };
    if (engine == Engine::Postgres) {
        steps.append(PostgresDialect::auditLogGuards());
        steps.append(PostgresDialect::changeSignalFunction());
    } else {
        steps.append(SqlDialect::auditLogGuards());
    }
    steps.append(
        changeSignals(engine, {QStringLiteral("patients"), QStringLiteral("course_templates"),
                               QStringLiteral("courses"), QStringLiteral("visits"), QStringLiteral("assessments"),
                               QStringLiteral("audit_log"), QStringLiteral("settings")}));
    return steps;
}

// Version 2: clinical events (flare-up, injection, change of treatment, imaging) shown on every chart.
QStringList version2(Engine engine)
{
    return QStringList{
               QStringLiteral("CREATE TABLE clinical_events ("
                              " id %1,"
                              " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                              " course_id INTEGER REFERENCES courses (id),"
                              " event_date TEXT NOT NULL,"
                              " kind TEXT NOT NULL,"
                              " note TEXT NOT NULL DEFAULT '',"
                              " created_at TEXT NOT NULL,"
                              " updated_at TEXT NOT NULL,"
                              " row_version INTEGER NOT NULL DEFAULT 1)")
                   .arg(idColumn(engine)),
               QStringLiteral("CREATE INDEX clinical_events_by_patient ON clinical_events (patient_id, event_date)"),
           } +
           changeSignals(engine, {QStringLiteral("clinical_events")});
}

// The search terms carry the name order and the archived flag of their patient, so that the register's first page
// of a typed word is read from one index in name order, never from the patients' rows; a patient's terms are found
// from one index as well.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE patient_search_terms ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE patient_search_terms ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE patient_search_terms SET"
                       " sort_name = (SELECT p.sort_name FROM patients p WHERE p.id = patient_search_terms.patient_id),"
                       " archived = (SELECT p.archived FROM patients p WHERE p.id = patient_search_terms.patient_id)"),
        QStringLiteral("DROP INDEX patient_search_terms_by_patient"),
        QStringLiteral("CREATE INDEX patient_search_terms_by_patient ON patient_search_terms (patient_id, term)"),
        QStringLiteral("CREATE INDEX patient_search_terms_in_name_order"
                       " ON patient_search_terms (term, sort_name, patient_id, archived)"),
        // The register's count of everyone is read from this index, not from every patient's row.
        QStringLiteral("CREATE INDEX patients_by_archived ON patients (archived)"),
    };
}

// The schedule's lists sort thousands of planned visits by day and name and show the first few hundred: the visits'
// day index carries the course and the order within it, and narrow indexes carry what the lists need of courses and
// patients, so that the sort never reads a whole visit's, course's or patient's row.
QStringList version4()
{
    return {
        QStringLiteral("DROP INDEX visits_by_due_date"),
        QStringLiteral("CREATE INDEX visits_by_due_date ON visits (status, scheduled_date, course_id, sequence)"),
        QStringLiteral("CREATE INDEX courses_for_lists ON courses (id, patient_id, status, treatment_label)"),
        QStringLiteral(
            "CREATE INDEX patients_for_lists ON patients (id, archived, family_name, given_name, chart_number)"),
    };
}

// Self-entry: the day a patient entered a visit's answers themselves, and whether a clinician has reviewed them
// since (the results form saved over them).
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE visits ADD COLUMN patient_entered_on TEXT"),
        QStringLiteral("ALTER TABLE visits ADD COLUMN patient_entry_reviewed INTEGER NOT NULL DEFAULT 0"),
    };
}

// The clinician who treats the patient in a course, for the clinic outcomes' filter ("where recorded": courses
// from before this version have none); and the answers of one instrument found without reading every other
// instrument's, for the clinic outcomes and the expected courses.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE courses ADD COLUMN clinician TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX assessments_by_instrument ON assessments (instrument_id, visit_id)"),
    };
}

// The language a patient reads questionnaires in; every patient from before this version reads them in English.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE patients ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
    };
}

// Clinic accounts: who is signed in, in what role. No account, no sign-in: the program works as before until the
// first one is made.
QStringList version8(Engine engine)
{
    return QStringList{
               QStringLiteral("CREATE TABLE accounts ("
                              " id %1,"
                              " name TEXT NOT NULL,"
                              " name_key TEXT NOT NULL UNIQUE,"
                              " role TEXT NOT NULL,"
                              " password_hash TEXT NOT NULL,"
                              " pin_hash TEXT NOT NULL DEFAULT '',"
                              " disabled INTEGER NOT NULL DEFAULT 0,"
                              " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                              " retry_after TEXT,"
                              " created_at TEXT NOT NULL,"
                              " updated_at TEXT NOT NULL,"
                              " row_version INTEGER NOT NULL DEFAULT 1)")
                   .arg(idColumn(engine)),
           } +
           changeSignals(engine, {QStringLiteral("accounts")});
}

// Scores kept beside their answers, so that the clinic outcomes and the expected courses read one short text per
// assessment instead of parsing and scoring every answer set each time. Filled as answers are first read for
// those; never announced to other workstations, as nothing a person entered changed.
QStringList version9()
{
    return {
        QStringLiteral("CREATE TABLE assessment_scores ("
                       " assessment_id INTEGER NOT NULL PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,"
                       " assessment_version INTEGER NOT NULL,"
                       " assessment_updated_at TEXT NOT NULL,"
                       " scored_with TEXT NOT NULL,"
                       " scores TEXT NOT NULL)"),
        // What the readers need of an assessment to find its kept scores, read from the index alone rather than
        // from rows that carry the answers.
        QStringLiteral("DROP INDEX assessments_by_instrument"),
        QStringLiteral("CREATE INDEX assessments_by_instrument"
                       " ON assessments (instrument_id, visit_id, id, instrument_version, row_version, updated_at)"),
    };
}

// Each instrument's kept scores in an index of their own, which holds all a reader takes of them: the clinic
// outcomes read one instrument at a time, and a server then reads only that instrument's entries, never a row of
// the table, rather than every instrument's kept scores to pick one out.
QStringList version10()
{
    return {
        QStringLiteral("ALTER TABLE assessment_scores ADD COLUMN instrument_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE assessment_scores SET instrument_id ="
                       " (SELECT a.instrument_id FROM assessments a WHERE a.id = assessment_scores.assessment_id)"),
        QStringLiteral(
            "CREATE INDEX assessment_scores_by_instrument ON assessment_scores"
            " (instrument_id, assessment_id, assessment_version, assessment_updated_at, scored_with, scores)"),
    };
}

} // namespace

int Schema::latestVersion()
{
    return 10;
}

QStringList Schema::statements(int version, Engine engine)
{
    switch (version) {
    case 1:
        return version1(engine);
    case 2:
        return version2(engine);
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8(engine);
    case 9:
        return version9();
    case 10:
        return version10();
    default:
        return {};
    }
}

Status Schema::migrate(Database& db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        // Another workstation may have upgraded the database while this one waited to begin.
        const Result<int> current = db.isServer() ? PostgresDialect::schemaVersion(db.connection())
                                                  : SqlDialect::schemaVersion(db.connection());
        if (!current)
            return current.error();
        if (*current >= version)
            continue;
        for (const QString& statement : statements(version, db.engine())) {
            QSqlQuery query(db.connection());
            if (!query.exec(db.isServer() ? PostgresDialect::adaptDefinition(statement) : statement))
                return makeError(
                    ErrorKind::Io,
                    QCoreApplication::translate("outcome::Schema", "Upgrading the database to version %1 failed: %2")
                        .arg(version)
                        .arg(query.lastError().text()));
        }
        if (Status status = db.isServer() ? PostgresDialect::setSchemaVersion(db.connection(), version)
                                          : SqlDialect::setSchemaVersion(db.connection(), version);
            !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace outcome
