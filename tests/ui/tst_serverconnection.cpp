// File ▸ Connect to clinic server, driven on the real dialog against the tests' PostgreSQL server: the fields make
// the address, a missing field is named, and an account that needs a password is asked for it (a wrong one again,
// with a word that it was not accepted) without the password ever reaching the address or the settings. And the
// window on a server that goes down and comes back: the save fails and says so, the form keeps what was typed, and
// once the server answers again the program is connected and the same form saves. And File ▸ Restore the clinic
// server: both sides shown, Cancel changes nothing, the records replaced and kept, every workstation told.
#include "AppSettings.h"
#include "CourseTimelineView.h"
#include "InlineMessage.h"
#include "InstrumentForm.h"
#include "PatientRepository.h"
#include "PatientWorkspace.h"
#include "ServerConnectionDialog.h"
#include "TestEngines.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"
#include "VisitRecordRepository.h"

#include <QAccessible>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void missingFieldsAreNamed();
    void passwordIsAskedForAndKeptOutOfTheAddress();
    void refusalShowsInTheDialog();
    void everyFieldHasAName();
    void lostServerKeepsTheFormAndReconnects();
    void restoringTheServerKeepsWhatItHeld();

private:
    // Fills the dialog's fields for the tests' server and `database`, as `user`.
    void fill(ServerConnectionDialog& dialog, const QString& user, const QString& database);

    std::unique_ptr<ScratchDatabase> m_server;
    ServerAddress m_address;
    QTemporaryDir m_settingsDir;
};

namespace {

// tests/postgres/test-server with `action` on the server whose address is in `urlFile`; true when it succeeded.
bool serverScript(const QString& action, const QString& urlFile)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral(OT_TEST_DATA_DIR "/../postgres/test-server"), {action, urlFile});
    return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

} // namespace

void TestServerConnection::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestServerConnection::init()
{
    m_server = std::make_unique<ScratchDatabase>(QString::fromLatin1(postgresEngine()));
    OT_REQUIRE_ENGINE(*m_server);
    const Result<ServerAddress> address = PostgresDialect::parseAddress(m_server->location());
    QVERIFY(address);
    m_address = *address;
}

void TestServerConnection::cleanup()
{
    m_server.reset();
}

void TestServerConnection::fill(ServerConnectionDialog& dialog, const QString& user, const QString& database)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("serverHostEdit"))->setText(m_address.host);
    dialog.findChild<QSpinBox*>(QStringLiteral("serverPortSpin"))->setValue(m_address.port);
    dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit"))->setText(database);
    dialog.findChild<QLineEdit*>(QStringLiteral("serverUserEdit"))->setText(user);
}

void TestServerConnection::missingFieldsAreNamed()
{
    ServerConnectionDialog dialog{QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverHostEdit"))->clear();
    dialog.findChild<QPushButton*>(QStringLiteral("serverConnectButton"))->click();
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("serverProblemMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Server:")), qPrintable(message->text()));
    QVERIFY(dialog.isVisible());

    fill(dialog, QStringLiteral("outcome_admin"), QString());
    dialog.findChild<QPushButton*>(QStringLiteral("serverConnectButton"))->click();
    QVERIFY2(message->text().startsWith(QStringLiteral("Database:")), qPrintable(message->text()));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit")));
}

void TestServerConnection::passwordIsAskedForAndKeptOutOfTheAddress()
{
    // The scratch database exists; this account must give its password ("test password").
    const QString database = m_address.database;
    ServerConnectionDialog dialog{QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, QStringLiteral("outcome_password"), database);
    auto* encryption = dialog.findChild<QComboBox*>(QStringLiteral("serverEncryptionCombo"));
    encryption->setCurrentIndex(encryption->findData(QStringLiteral("prefer")));

    QStringList prompts;
    std::function<void(QInputDialog*)> answer;
    answer = [&](QInputDialog* ask) {
        prompts.append(ask->labelText());
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        if (prompts.size() == 1) {
            ask->setTextValue(QStringLiteral("wrong guess"));
            whenDialogOpens<QInputDialog>(answer);
        } else {
            ask->setTextValue(QStringLiteral("test password"));
        }
        ask->accept();
    };
    whenDialogOpens<QInputDialog>(answer);
    dialog.connectNow();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(prompts.size(), 2);
    QVERIFY2(prompts[0].startsWith(QStringLiteral("Password for postgresql://outcome_password@")),
             qPrintable(prompts[0]));
    QVERIFY2(prompts[1].startsWith(QStringLiteral("That password was not accepted.")), qPrintable(prompts[1]));
    QCOMPARE(dialog.typedPassword(), QStringLiteral("test password"));
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://outcome_password@%1:%2/%3?sslmode=prefer")
                                   .arg(m_address.host)
                                   .arg(m_address.port)
                                   .arg(database));
    QVERIFY(!dialog.address().contains(QStringLiteral("test")));

    // The connection opened from the address alone, with the password remembered by this process only.
    const Result<std::unique_ptr<Database>> again = Database::open(dialog.address());
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY((*again)->isServer());
}

void TestServerConnection::refusalShowsInTheDialog()
{
    ServerConnectionDialog dialog{QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, QStringLiteral("outcome_admin"), QStringLiteral("no_such_clinic"));
    dialog.connectNow();
    QVERIFY(dialog.isVisible());
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("serverProblemMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no_such_clinic")), qPrintable(message->text()));

    // A dialog opened on a server address shows its parts.
    ServerConnectionDialog shown(m_server->location() + QStringLiteral("?sslmode=require"));
    QCOMPARE(shown.findChild<QLineEdit*>(QStringLiteral("serverHostEdit"))->text(), m_address.host);
    QCOMPARE(shown.findChild<QSpinBox*>(QStringLiteral("serverPortSpin"))->value(), m_address.port);
    QCOMPARE(shown.findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit"))->text(), m_address.database);
    QCOMPARE(shown.findChild<QComboBox*>(QStringLiteral("serverEncryptionCombo"))->currentData().toString(),
             QStringLiteral("require"));
}

void TestServerConnection::everyFieldHasAName()
{
    // What a screen reader says for each field: its label, without the mnemonic's ampersand.
    ServerConnectionDialog dialog{QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("serverHostEdit"), QStringLiteral("Server:")},
        {QStringLiteral("serverPortSpin"), QStringLiteral("Port:")},
        {QStringLiteral("serverDatabaseEdit"), QStringLiteral("Database:")},
        {QStringLiteral("serverUserEdit"), QStringLiteral("Account:")},
        {QStringLiteral("serverEncryptionCombo"), QStringLiteral("Encryption:")}};
    for (const auto& [objectName, label] : fields) {
        auto* widget = dialog.findChild<QWidget*>(objectName);
        QVERIFY2(widget, qPrintable(objectName));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), label);
    }
    QAccessibleInterface* button =
        QAccessible::queryAccessibleInterface(dialog.findChild<QPushButton*>(QStringLiteral("serverConnectButton")));
    QCOMPARE(button->text(QAccessible::Name), QStringLiteral("Connect"));
}

void TestServerConnection::lostServerKeepsTheFormAndReconnects()
{
    // A server of this test's own, which it stops and starts again as a clinic's server goes down and comes back.
    QTemporaryDir dir;
    const QString urlFile = dir.filePath(QStringLiteral("own-server.url"));
    QVERIFY(serverScript(QStringLiteral("start"), urlFile));
    const auto removeServer = qScopeGuard([&urlFile]() { (void)serverScript(QStringLiteral("stop"), urlFile); });
    QFile url(urlFile);
    QVERIFY(url.open(QIODevice::ReadOnly));
    const QString address = QString::fromUtf8(url.readAll()).trimmed(); // its "postgres" database
    url.close();

    std::unique_ptr<MainWindow> window;
    qint64 visitId = 0;
    {
        auto db = openDatabase(address);
        QVERIFY(db);
        const qint64 patientId =
            addPatient(*db, QStringLiteral("N1"), QStringLiteral("Nakamura"), QStringLiteral("Emi"));
        const Course course = startStandardCourse(*db, patientId, Clock::today());
        QVERIFY(course.id > 0);
        for (const Visit& visit : visitsOf(*db, course.id)) {
            if (visit.title() == QLatin1String("Baseline"))
                visitId = visit.id;
        }
        QVERIFY(visitId > 0);
        window = std::make_unique<MainWindow>(std::move(db));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->openPatient(patientId);
    }

    QPointer<VisitEntryDialog> dialog = window->patientWorkspace()->timeline()->enterResults(visitId);
    QVERIFY(dialog && activated(dialog));
    typeIntoFocus(QStringLiteral("2321432123"));
    const auto saveAnyway = []() {
        whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->findChild<QPushButton*>(QStringLiteral("saveAnywayButton"))->click(); });
    };

    // The server goes down with the form open.
    QVERIFY(serverScript(QStringLiteral("halt"), urlFile));
    saveAnyway();
    QVERIFY(!dialog->save());
    auto* message = dialog->findChild<InlineMessage*>(QStringLiteral("entryMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("connection to %1 was lost").arg(address)) &&
                 message->text().contains(QStringLiteral("what you entered is still here")),
             qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->form(QStringLiteral("odi"))->answers().answeredCount(), 10);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")), 5000);

    // It comes back: the window says so, and the same form saves what was typed.
    QVERIFY(serverScript(QStringLiteral("resume"), urlFile));
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusBar()->currentMessage().contains(QStringLiteral("Connected to the clinic server again")), 10000);
    saveAnyway();
    QVERIFY(dialog->save());
    QTRY_VERIFY(!dialog);
    auto check = openDatabase(address);
    QVERIFY(check);
    const Result<VisitRecord> record = VisitRecordRepository(*check).load(visitId);
    QVERIFY(record);
    QCOMPARE(record->assessments.size(), 1);
    QCOMPARE(record->assessments.first().instrumentId, QStringLiteral("odi"));
    QCOMPARE(record->assessments.first().answers.answeredCount(), 10);
}

void TestServerConnection::restoringTheServerKeepsWhatItHeld()
{
    QTemporaryDir backups;
    const QString backup = backups.filePath(QStringLiteral("clinic.dump"));
    auto db = openDatabase(m_server->location());
    QVERIFY(db);
    QVERIFY(addPatient(*db, QStringLiteral("K1"), QStringLiteral("Kept"), QStringLiteral("Karin")) > 0);
    QVERIFY(db->backupTo(backup).ok());
    QVERIFY(addPatient(*db, QStringLiteral("K2"), QStringLiteral("Later"), QStringLiteral("Lars")) > 0);
    // A second workstation, which is told when the records are replaced.
    auto other = openDatabase(m_server->location());
    QVERIFY(other);
    const qint64 othersBefore = other->dataVersion().value();
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("restoreServerAction"))->isVisible());

    // Both sides are shown; Cancel changes nothing.
    QString shown;
    const auto answer = [&shown](const char* button) {
        whenDialogOpens<QMessageBox>([&shown, button](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmServerRestoreBox"));
            shown = box->text();
            if (QByteArray(button) == "cancel")
                box->button(QMessageBox::Cancel)->click();
            else
                box->findChild<QPushButton*>(QString::fromLatin1(button))->click();
        });
    };
    answer("cancel");
    QVERIFY(!window.restoreServerFrom(backup));
    // Both sides as the box shows them: the server's counts in bold, never escaped markup or a file's size.
    QVERIFY2(shown.contains(QStringLiteral("<b>2 patients</b>")) && shown.contains(QStringLiteral("clinic.dump")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("&lt;")) && !shown.contains(QStringLiteral("Saved")), qPrintable(shown));
    QCOMPARE(PatientRepository(window.database()).count(true).value(), 2);

    answer("confirmServerRestoreButton");
    QVERIFY(window.restoreServerFrom(backup));
    QCOMPARE(PatientRepository(window.database()).count(true).value(), 1);
    QVERIFY(PatientRepository(window.database()).findByChartNumber(QStringLiteral("K1")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("What it held before is kept as")),
             qPrintable(window.statusBar()->currentMessage()));
    // What the server held (both patients) is beside the backup, and restores like any backup.
    const QStringList kept = QDir(backups.path()).entryList({QStringLiteral("*-replaced-*.dump")});
    QCOMPARE(kept.size(), 1);
    QVERIFY(PostgresDialect::isDumpFile(backups.filePath(kept.first())));
    QTRY_VERIFY_WITH_TIMEOUT(other->dataVersion().value() != othersBefore, 5000);
    QCOMPARE(PatientRepository(*other).count(true).value(), 1);

    // Not a server backup: said, and nothing changed.
    const QString notABackup = backups.filePath(QStringLiteral("notes.dump"));
    QFile notes(notABackup);
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not a dump") > 0);
    notes.close();
    QString refusal;
    whenDialogOpens<QMessageBox>([&refusal](QMessageBox* box) {
        refusal = box->text();
        box->accept();
    });
    QVERIFY(!window.restoreServerFrom(notABackup));
    QVERIFY2(refusal.contains(QStringLiteral("is not a backup of a clinic server")), qPrintable(refusal));
    QCOMPARE(PatientRepository(window.database()).count(true).value(), 1);
}

QTEST_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
