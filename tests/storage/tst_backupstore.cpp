// Backups and restores on real files: verified copies, the kept set, the replaced file kept aside, damage detected,
// and no restore under another open connection.
#include "BackupStore.h"
#include "DatabaseSummary.h"
#include "IntegrityCheck.h"
#include "Passphrase.h"
#include "PatientRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestBackupStore : public QObject
{
    Q_OBJECT

private slots:
    void backupAndRestoreRoundTrip();
    void keepsOnlyTheNewest();
    void encryptedBackupRoundTrip();
    void refusesDamagedBackup();
    void refusesRestoreWhileInUse();
    void damagedCopyIsDetected();
    void savesWaitForTheWriteGate();

private:
    static void addPatients(Database& db, int count, int first = 0);
    static void damage(const QString& path);
};

void TestBackupStore::addPatients(Database& db, int count, int first)
{
    PatientRepository patients(db);
    for (int i = first; i < first + count; ++i)
        QVERIFY(patients.create(samplePatient(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')))).ok());
}

void TestBackupStore::damage(const QString& path)
{
    // Overwrite the page header of every page after the first (the file header stays intact).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 offset = 4096; offset < file.size(); offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(12, '\xA5'));
    }
}

void TestBackupStore::encryptedBackupRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    const Passphrase passphrase(QStringLiteral("reception desk 7"));
    const Passphrase tooShort(QStringLiteral("short"));
    const Passphrase wrong(QStringLiteral("reception desk 8"));
    QString backupPath;
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        addPatients(*db, 3);
        QCOMPARE(BackupStore(path).create(*db, 5, &tooShort).error().kind, ErrorKind::Invalid);
        QVERIFY(BackupStore(path).list().isEmpty());
        Result<BackupInfo> backup = BackupStore(path).create(*db, 5, &passphrase);
        QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));
        backupPath = backup->path;
        QVERIFY(backup->encrypted);
        QVERIFY(backupPath.endsWith(QStringLiteral(".db.enc")));
        addPatients(*db, 2, 100);
    }
    // Listed with the plain ones, as encrypted, and described without being read; no plain copy left behind.
    const QList<BackupInfo> listed = BackupStore(path).list();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().encrypted);
    QCOMPARE(QDir(BackupStore(path).folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    const DatabaseSummary summary = DatabaseSummary::of(backupPath);
    QVERIFY(summary.encrypted);
    QVERIFY(!summary.isReadable());

    QCOMPARE(BackupStore(path).restore(backupPath).error().kind, ErrorKind::Invalid);
    QCOMPARE(BackupStore(path).restore(backupPath, &wrong).error().kind, ErrorKind::Denied);
    QCOMPARE(DatabaseSummary::of(path).patients, 5);
    Result<QString> aside = BackupStore(path).restore(backupPath, &passphrase);
    QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error().message));
    QCOMPARE(DatabaseSummary::of(path).patients, 3);
    QCOMPARE(DatabaseSummary::of(*aside).patients, 5);
    // The decrypted copy it restored from is gone.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*decrypted*")}, QDir::Files | QDir::Hidden), QStringList());
}

void TestBackupStore::backupAndRestoreRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    QString backupPath;
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        addPatients(*db, 3);
        Result<BackupInfo> backup = BackupStore(path).create(*db, 5);
        QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));
        backupPath = backup->path;
        QCOMPARE(QFileInfo(backupPath).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("clinic-backups")));
        QVERIFY(BackupStore::verify(backupPath).ok());
        addPatients(*db, 2, 100); // after the backup: these are what a restore takes away
    }
    QCOMPARE(DatabaseSummary::of(path).patients, 5);
    QCOMPARE(DatabaseSummary::of(backupPath).patients, 3);

    Result<QString> aside = BackupStore(path).restore(backupPath);
    QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error().message));
    QVERIFY(QFileInfo(*aside).fileName().startsWith(QStringLiteral("clinic-replaced-")));
    QCOMPARE(DatabaseSummary::of(*aside).patients, 5); // the replaced file is whole, its log folded in
    auto restored = openDatabase(path);
    QVERIFY(restored);
    QCOMPARE(*PatientRepository(*restored).count(true), 3);
    QVERIFY(QFile::exists(backupPath)); // the backup itself stays
}

void TestBackupStore::keepsOnlyTheNewest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    addPatients(*db, 1);
    QDateTime clock(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    db->setClock([&clock]() { return clock; });
    BackupStore store(path);
    for (int i = 0; i < 5; ++i) {
        clock = clock.addSecs(60);
        QVERIFY(store.create(*db, 3).ok());
    }
    const QList<BackupInfo> kept = store.list();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().createdAt, clock);
    QCOMPARE(kept.last().createdAt, clock.addSecs(-120));
}

void TestBackupStore::refusesDamagedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    addPatients(*db, 300);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(BackupStore::copyTo(*db, copy).ok());
    db.reset();
    const QByteArray before = fileBytes(path);
    damage(copy);
    Result<QString> restored = BackupStore(path).restore(copy);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ErrorKind::Refused);
    QCOMPARE(fileBytes(path), before);
}

void TestBackupStore::refusesRestoreWhileInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    addPatients(*db, 2);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(BackupStore::copyTo(*db, copy).ok());
    Result<QString> restored = BackupStore(path).restore(copy);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ErrorKind::Conflict);
    QVERIFY2(restored.error().message.contains(QStringLiteral("in use")), qPrintable(restored.error().message));
    QVERIFY(PatientRepository(*db).create(samplePatient(QStringLiteral("AFTER"))).ok()); // still ours, still working
    db.reset();
    QVERIFY(BackupStore(path).restore(copy).ok());
}

void TestBackupStore::damagedCopyIsDetected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        addPatients(*db, 300);
    }
    QVERIFY(IntegrityCheck::quick(path).ok());
    damage(path);
    const Status verdict = IntegrityCheck::quick(path);
    QVERIFY(!verdict.ok());
    QCOMPARE(verdict.error().kind, ErrorKind::Refused);
    QVERIFY(verdict.error().message.contains(QStringLiteral("damaged")));
    IntegrityCheck background(path);
    QVERIFY(!background.result().ok());
    QVERIFY(background.isFinished());
}

void TestBackupStore::savesWaitForTheWriteGate()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("clinic.db")));
    QVERIFY(db);
    db->setWriteGate([]() { return Status(makeError(ErrorKind::Refused, QStringLiteral("damaged"))); });
    Result<qint64> refused = PatientRepository(*db).create(samplePatient());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    db->setWriteGate([]() { return Status(); });
    QVERIFY(PatientRepository(*db).create(samplePatient()).ok());
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
