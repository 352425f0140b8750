// The backup made on closing: plain by default, encrypted with the passphrase from the keychain or typed when the
// preference asks for it, and none at all (with a message) when no passphrase comes; an encrypted one restores only
// with its passphrase. Without a keychain (as on a build server) the passphrase is asked for.
#include "AppSettings.h"
#include "AutomaticBackup.h"
#include "BackupPassphrase.h"
#include "BackupStore.h"
#include "Database.h"
#include "SealedFile.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {
const QString kPassphrase = QStringLiteral("harbour-lights-77");
}

class TestAutomaticBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void plainByDefault();
    void encryptedWithThePassphrase();
    void noPassphraseNoBackup();
    void askedForWithoutAKeychain();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAutomaticBackup::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestAutomaticBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openDatabase(m_dir->filePath(QStringLiteral("clinic.db")));
    QVERIFY(m_db);
    QVERIFY(addPatient(*m_db, QStringLiteral("B1"), QStringLiteral("Marsh"), QStringLiteral("Iris")) > 0);
    AppSettings::instance().setValue(AppSettings::Key::BackupOnClose, true);
    AppSettings::instance().setValue(AppSettings::Key::EncryptAutomaticBackups, false);
}

void TestAutomaticBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
    AppSettings::instance().setValue(AppSettings::Key::EncryptAutomaticBackups, false);
}

void TestAutomaticBackup::plainByDefault()
{
    bool asked = false;
    const Result<std::optional<BackupInfo>> made = AutomaticBackup::runOnClose(*m_db, [&asked]() {
        asked = true;
        return std::optional<Passphrase>();
    });
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QVERIFY(made->has_value());
    QVERIFY(!asked);
    QVERIFY(!(*made)->encrypted);
    QVERIFY(!SealedFile::isSealed((*made)->path));
}

void TestAutomaticBackup::encryptedWithThePassphrase()
{
    AppSettings::instance().setValue(AppSettings::Key::EncryptAutomaticBackups, true);
    const Result<std::optional<BackupInfo>> made =
        AutomaticBackup::runOnClose(*m_db, []() { return std::optional<Passphrase>(Passphrase(kPassphrase)); });
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QVERIFY(made->has_value());
    const BackupInfo backup = **made;
    QVERIFY(backup.encrypted);
    QVERIFY(backup.path.endsWith(QLatin1String(".db.enc")));
    QVERIFY(SealedFile::isSealed(backup.path));
    QFile file(backup.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("SQLite format 3") && !bytes.contains("Marsh"));
    file.close();

    // Nothing changed since: closing again makes no second backup and asks for nothing.
    bool asked = false;
    const Result<std::optional<BackupInfo>> again = AutomaticBackup::runOnClose(*m_db, [&asked]() {
        asked = true;
        return std::optional<Passphrase>();
    });
    QVERIFY(again && !again->has_value());
    QVERIFY(!asked);

    // Restored only with the passphrase; a wrong one changes nothing.
    const QString path = m_db->path();
    m_db.reset();
    BackupStore store(path);
    const Passphrase wrong(QStringLiteral("not-the-passphrase"));
    const Result<QString> refused = store.restore(backup.path, &wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    const Passphrase right(kPassphrase);
    QVERIFY(store.restore(backup.path, &right));
    m_db = openDatabase(path);
    QVERIFY(PatientRepository(*m_db).findByChartNumber(QStringLiteral("B1")));
}

void TestAutomaticBackup::noPassphraseNoBackup()
{
    AppSettings::instance().setValue(AppSettings::Key::EncryptAutomaticBackups, true);
    const Result<std::optional<BackupInfo>> made =
        AutomaticBackup::runOnClose(*m_db, []() { return std::optional<Passphrase>(); });
    QVERIFY(!made);
    QVERIFY2(made.error().message.contains(QLatin1String("no backup was made")), qPrintable(made.error().message));
    QVERIFY(BackupStore(m_db->path()).list().isEmpty());
}

void TestAutomaticBackup::askedForWithoutAKeychain()
{
    // A build server has no keychain (Refused), a desktop's has no entry for a new file (NotFound): either way the
    // passphrase is asked for.
    const Result<Passphrase> stored = BackupPassphrase::fromKeychain(m_db->path());
    QVERIFY(!stored);
    QVERIFY2(stored.error().kind == ErrorKind::Refused || stored.error().kind == ErrorKind::NotFound,
             qPrintable(stored.error().message));
    QString question;
    whenDialogOpens<QInputDialog>([&question](QInputDialog* dialog) {
        question = dialog->labelText();
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(kPassphrase);
        dialog->accept();
    });
    const std::optional<Passphrase> typed = BackupPassphrase::obtain(m_db->path(), nullptr);
    QVERIFY(typed);
    QCOMPARE(typed->utf8(), kPassphrase.toUtf8());
    QVERIFY2(question.contains(QLatin1String("clinic.db")), qPrintable(question));

    // Cancelled: nothing.
    whenDialogOpens<QInputDialog>([](QInputDialog* dialog) { dialog->reject(); });
    QVERIFY(!BackupPassphrase::obtain(m_db->path(), nullptr));
}

QTEST_MAIN(TestAutomaticBackup)
#include "tst_automaticbackup.moc"
