// The audit trail dialog, the backup dialog and the start-up decisions for damaged and newer databases.
#include "AppSettings.h"
#include "AuditTrailDialog.h"
#include "BackupDialog.h"
#include "BackupStore.h"
#include "DamagedDatabaseDialog.h"
#include "DatabaseStartup.h"
#include "Passphrase.h"
#include "PatientRepository.h"
#include "SealedFile.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace outcome;
using namespace outcome::test;

class TestSafetyDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditTrailShowsFieldChanges();
    void backupNowAddsAVerifiedBackup();
    void backupNowEncryptsWithAPassphraseTypedTwice();
    void damagedDatabaseOffersAndRestoresBackup();
    void newerDatabaseIsRefusedAtStartUp();

private:
    // Answers the modal dialogs that appear, one after the other, with the named button (objectName or text).
    void answerDialogs(const QStringList& buttons);
    QTemporaryDir m_dir;
};

void TestSafetyDialogs::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSafetyDialogs::answerDialogs(const QStringList& buttons)
{
    auto* remaining = new QStringList(buttons);
    auto* timer = new QTimer(qApp);
    connect(timer, &QTimer::timeout, timer, [remaining, timer]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || remaining->isEmpty())
            return;
        const QString wanted = remaining->takeFirst();
        for (QPushButton* button : modal->findChildren<QPushButton*>()) {
            if (button->objectName() == wanted || button->text().remove(QLatin1Char('&')) == wanted) {
                button->click();
                break;
            }
        }
        if (remaining->isEmpty()) {
            timer->stop();
            timer->deleteLater();
            delete remaining;
        }
    });
    timer->start(50);
}

void TestSafetyDialogs::auditTrailShowsFieldChanges()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("audit.db")));
    QVERIFY(db);
    PatientRepository patients(*db);
    const qint64 id = *patients.create(samplePatient());
    Patient patient = *patients.find(id);
    patient.phone = QStringLiteral("0123 456");
    QVERIFY(patients.update(patient, QStringLiteral("new number")).ok());
    AuditTrailDialog dialog(*db, id);
    QTableWidget* table = dialog.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    QVERIFY(table);
    const int last = table->rowCount() - 1;
    QVERIFY(last > 0);
    QCOMPARE(table->item(last, 3)->text(), QStringLiteral("Changed"));
    QCOMPARE(table->item(last, 4)->text(), QStringLiteral("Phone"));
    QCOMPARE(table->item(last, 5)->text(), QString());
    QCOMPARE(table->item(last, 6)->text(), QStringLiteral("0123 456"));
    QCOMPARE(table->item(last, 7)->text(), QStringLiteral("new number"));
    QCOMPARE(AuditTrailDialog::fieldTitle(QStringLiteral("answers.items.3")), QStringLiteral("Item 3"));
}

void TestSafetyDialogs::backupNowAddsAVerifiedBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("backup.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    QVERIFY(PatientRepository(*db).create(samplePatient()).ok());
    BackupDialog dialog(*db);
    QCOMPARE(dialog.backupTable()->rowCount(), 0);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QTest::mouseClick(dialog.backupNowButton(), Qt::LeftButton);
    QCOMPARE(dialog.backupTable()->rowCount(), 1);
    QVERIFY(dialog.restoreButton()->isEnabled());
    QCOMPARE(dialog.selectedBackup(), BackupStore(path).list().first().path);
    QVERIFY(BackupStore::verify(dialog.selectedBackup()).ok());
}

void TestSafetyDialogs::backupNowEncryptsWithAPassphraseTypedTwice()
{
    const QString path = m_dir.filePath(QStringLiteral("sealed.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    QVERIFY(PatientRepository(*db).create(samplePatient()).ok());
    BackupDialog dialog(*db);
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    dialog.encryptBox()->setChecked(true);
    QVERIFY(dialog.passphraseEdit()->isEnabled());
    QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);

    // Typed differently, or too short: no backup, and the status says why.
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("front desk key 42"));
    QTest::keyClicks(dialog.confirmPassphraseEdit(), QStringLiteral("front desk key 43"));
    QTest::mouseClick(dialog.backupNowButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("differ")), qPrintable(dialog.statusLabel()->text()));
    dialog.passphraseEdit()->setText(QStringLiteral("short"));
    dialog.confirmPassphraseEdit()->setText(QStringLiteral("short"));
    QTest::mouseClick(dialog.backupNowButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("at least")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(BackupStore(path).list().size(), 0);

    dialog.passphraseEdit()->setText(QStringLiteral("front desk key 42"));
    dialog.confirmPassphraseEdit()->setText(QStringLiteral("front desk key 42"));
    QTest::mouseClick(dialog.backupNowButton(), Qt::LeftButton);
    const QList<BackupInfo> backups = BackupStore(path).list();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().encrypted);
    QVERIFY(backups.first().path.endsWith(QStringLiteral(".db.enc")));
    QVERIFY(SealedFile::isSealed(backups.first().path));
    QVERIFY(!fileBytes(backups.first().path).contains("SQLite format 3"));
    QCOMPARE(dialog.backupTable()->rowCount(), 1);
    QVERIFY(dialog.passphraseEdit()->text().isEmpty());
    // The passphrase typed twice opens it.
    const QString opened = m_dir.filePath(QStringLiteral("sealed-opened.db"));
    QVERIFY(SealedFile::unseal(backups.first().path, opened, Passphrase(QStringLiteral("front desk key 42"))).ok());
    QVERIFY(BackupStore::verify(opened).ok());
}

void TestSafetyDialogs::damagedDatabaseOffersAndRestoresBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        PatientRepository patients(*db);
        for (int i = 0; i < 300; ++i)
            QVERIFY(patients.create(samplePatient(QStringLiteral("C%1").arg(i))).ok());
        QVERIFY(BackupStore(path).create(*db, 3).ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 offset = 4096; offset < file.size(); offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(12, '\xA5'));
    }
    file.close();

    DamagedDatabaseDialog dialog(path, QStringLiteral("damaged"));
    QCOMPARE(dialog.backupList()->count(), 1);
    QVERIFY(dialog.restoreButton()->isEnabled());

    // Start-up: the damaged dialog, its restore button, then the message saying where the damaged file went.
    answerDialogs({QStringLiteral("restoreBackupButton"), QStringLiteral("OK")});
    DatabaseStartup startup(path);
    std::unique_ptr<Database> db = startup.open();
    QVERIFY(db);
    QCOMPARE(*PatientRepository(*db).count(true), 300);
    QVERIFY(PatientRepository(*db).create(samplePatient(QStringLiteral("NEW"))).ok()); // the gate lets saves through
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("damaged-replaced-*.db")}, QDir::Files).size(), 1);
}

void TestSafetyDialogs::newerDatabaseIsRefusedAtStartUp()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileBytes(path);
    answerDialogs({QStringLiteral("OK")});
    DatabaseStartup startup(path);
    QVERIFY(!startup.open());
    QCOMPARE(startup.exitCode(), 3);
    QCOMPARE(fileBytes(path), before);
}

QTEST_MAIN(TestSafetyDialogs)
#include "tst_safetydialogs.moc"
