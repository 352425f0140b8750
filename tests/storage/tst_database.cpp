// Opening databases: pragmas, migrations from every older version, refusal of newer and foreign files.
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "Database.h"
#include "PatientRepository.h"
#include "Schema.h"
#include "SqlDialect.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using namespace outcome;
using namespace outcome::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsLatestSchemaAndPragmas();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void migratesCommittedVersionOneFile();
    void visitsFromVersionFourAwaitNoReview();
    void refusesNewerVersionWithoutTouchingIt();
    void refusesForeignFile();
    void detectsDamage();
    void transactionRollsBackEverything();

private:
    QString tablesAndColumns(Database& db);
};

QString TestDatabase::tablesAndColumns(Database& db)
{
    QStringList description;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery columns(db.connection());
        columns.exec(
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('%1')").arg(name));
        QStringList parts;
        while (columns.next())
            parts << columns.value(0).toString() + QLatin1Char(' ') + columns.value(1).toString() +
                         (columns.value(2).toBool() ? QStringLiteral(" not null") : QString()) + QLatin1Char(' ') +
                         columns.value(3).toString();
        description << name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return description.join(QLatin1Char('\n'));
}

void TestDatabase::newFileGetsLatestSchemaAndPragmas()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("new.db")));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QVERIFY(query.value(0).toInt() >= 1000);
}

void TestDatabase::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestDatabase::migratesFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        OpenOptions options;
        options.migrateTo = fromVersion;
        auto old = openDatabase(path, options);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), fromVersion);
        // Written as that version's program wrote it: the columns every version has.
        QSqlQuery query(old->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO patients (chart_number, family_name, given_name, birth_date, sex, sort_name,"
                     " created_at, updated_at) VALUES ('C000001', 'Example', 'Jane', '1970-05-31', 'female',"
                     " 'example jane', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO patient_search_terms (term, patient_id) VALUES"
                                           " ('example', 1), ('jane', 1), ('c000001', 1), ('1970-05-31', 1)")),
                 qPrintable(query.lastError().text()));
    }
    auto upgraded = openDatabase(path);
    QVERIFY(upgraded);
    QCOMPARE(upgraded->schemaVersion(), Database::latestSchemaVersion());
    Result<Patient> patient = PatientRepository(*upgraded).findByChartNumber(QStringLiteral("C000001"));
    QVERIFY(patient.ok());
    QCOMPARE(patient->familyName, QStringLiteral("Example"));
    // Search terms written before the upgrade carry their patient's name order and archived flag after it.
    const QDate day(2026, 1, 15);
    Result<QList<PatientListEntry>> found = PatientRepository(*upgraded).search(QStringLiteral("exam"), false, 10, day);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().patient.id, patient->id);
    QVERIFY(PatientRepository(*upgraded).setArchived(patient->id, true).ok());
    QCOMPARE(PatientRepository(*upgraded).search(QStringLiteral("exam"), false, 10, day)->size(), 0);
    QCOMPARE(PatientRepository(*upgraded).search(QStringLiteral("exam"), true, 10, day)->size(), 1);

    // An upgraded file has exactly the schema of a new one.
    auto fresh = openDatabase(dir.filePath(QStringLiteral("fresh.db")));
    QVERIFY(fresh);
    QCOMPARE(tablesAndColumns(*upgraded), tablesAndColumns(*fresh));
}

void TestDatabase::migratesCommittedVersionOneFile()
{
    // tests/data/schema-v1.db was written by the version-1 schema with one patient, one course and one assessment.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(QStringLiteral(OT_TEST_DATA_DIR "/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(DatabaseFile::inspect(path)->userVersion, 1);
    auto db = openDatabase(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM assessments")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM clinical_events")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::visitsFromVersionFourAwaitNoReview()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    qint64 visitId = 0;
    {
        OpenOptions options;
        options.migrateTo = 4;
        auto old = openDatabase(path, options);
        QVERIFY(old);
        CourseTemplateRepository templates(*old);
        Result<CourseTemplate> standard = templates.find(*templates.ensureStandard());
        QVERIFY(standard.ok());
        // The rows as version 4 wrote them, without the patient-entry columns or the patient's language.
        QSqlQuery query(old->connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO patients (chart_number, family_name, given_name, birth_date,"
                                           " sex, sort_name, created_at, updated_at) VALUES ('C000001', 'Example',"
                                           " 'Jane', '1970-05-31', 'female', 'example jane',"
                                           " '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z')")),
                 qPrintable(query.lastError().text()));
        const qint64 patientId = query.lastInsertId().toLongLong();
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO courses (patient_id, template_id, start_date, created_at,"
                                           " updated_at) VALUES (%1, %2, '2026-03-02', '2026-03-02T09:00:00.000Z',"
                                           " '2026-03-02T09:00:00.000Z')")
                                .arg(patientId)
                                .arg(standard->id)),
                 qPrintable(query.lastError().text()));
        const qint64 courseId = query.lastInsertId().toLongLong();
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO visits (course_id, sequence, kind, scheduled_date, status,"
                                           " planned_instruments, created_at, updated_at) VALUES (%1, 0, 'baseline',"
                                           " '2026-03-02', 'scheduled', 'nrs', '2026-03-02T09:00:00.000Z',"
                                           " '2026-03-02T09:00:00.000Z')")
                                .arg(courseId)),
                 qPrintable(query.lastError().text()));
        visitId = query.lastInsertId().toLongLong();
    }
    auto upgraded = openDatabase(path);
    QVERIFY(upgraded);
    QCOMPARE(upgraded->schemaVersion(), Database::latestSchemaVersion());
    Result<Visit> visit = CourseRepository(*upgraded).findVisit(visitId);
    QVERIFY2(visit.ok(), visit.ok() ? "" : qPrintable(visit.error().message));
    QVERIFY(!visit->patientEnteredOn.isValid());
    QVERIFY(!visit->patientEntryReviewed);
    QVERIFY(!visit->awaitsReview());
    // Courses from before version 6 name no clinician; patients from before version 7 read questionnaires in English.
    QCOMPARE(CourseRepository(*upgraded).find(visit->courseId)->clinician, QString());
    const Result<Patient> patient = PatientRepository(*upgraded).findByChartNumber(QStringLiteral("C000001"));
    QVERIFY(patient);
    QCOMPARE(patient->language, QString());
    QCOMPARE(patient->displayName(), QStringLiteral("Example, Jane"));
    // The new columns take a mark once upgraded.
    Visit marked = *visit;
    marked.patientEnteredOn = QDate(2026, 3, 2);
    QVERIFY(CourseRepository(*upgraded).updateVisit(marked, QString()).ok());
    QVERIFY(CourseRepository(*upgraded).findVisit(visitId)->awaitsReview());
}

void TestDatabase::refusesNewerVersionWithoutTouchingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        QVERIFY(PatientRepository(*db).create(samplePatient()).ok());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::refusesForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    const QByteArray before = fileBytes(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY(opened.error().message.contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(fileBytes(path), before);
}

void TestDatabase::detectsDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        PatientRepository patients(*db);
        for (int i = 0; i < 300; ++i)
            QVERIFY(patients.create(samplePatient(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')))).ok());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Overwrite the page header of every page after the first (the file header stays intact).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QVERIFY(file.size() > 4 * pageSize);
    for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
        file.seek(offset);
        file.write(QByteArray(12, '\xA5'));
    }
    file.close();
    const QByteArray damaged = fileBytes(path);
    // Opening reads the header and the schema version, not every page. Read-only, the damage is not met at all;
    // opened for writing it is refused as damaged, at the open (when setting up the log meets a damaged page) or at
    // the first save (which checks the file first), and at every later try.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    QVERIFY(Database::open(path, readOnly).ok());
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened.ok()) {
        QCOMPARE(opened.error().kind, ErrorKind::Refused);
        QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
    } else {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Result<qint64> created = PatientRepository(**opened).create(samplePatient(QStringLiteral("NEW1")));
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, ErrorKind::Refused);
            QVERIFY2(created.error().message.contains(QStringLiteral("damaged")), qPrintable(created.error().message));
        }
        opened->reset();
    }
    QCOMPARE(fileBytes(path), damaged);
}

void TestDatabase::transactionRollsBackEverything()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("tx.db")));
    QVERIFY(db);
    PatientRepository patients(*db);
    {
        Transaction outer(*db);
        QVERIFY(outer.started().ok());
        QVERIFY(patients.create(samplePatient(QStringLiteral("A1"))).ok());
        QVERIFY(patients.create(samplePatient(QStringLiteral("A2"))).ok());
        // leaving without commit
    }
    QCOMPARE(*patients.count(true), 0);
    {
        Transaction outer(*db);
        QVERIFY(patients.create(samplePatient(QStringLiteral("B1"))).ok());
        // The duplicate fails inside; the outer unit must not commit half the work.
        QVERIFY(!patients.create(samplePatient(QStringLiteral("B1"))).ok());
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(*patients.count(true), 0);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
