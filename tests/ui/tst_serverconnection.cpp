// File ▸ Connect to clinic server, driven on the real dialog against the tests' PostgreSQL server: the fields make
// the address, a missing field is named, and an account that needs a password is asked for it (a wrong one again,
// with a word that it was not accepted) without the password ever reaching the address or the settings.
#include "InlineMessage.h"
#include "ServerConnectionDialog.h"
#include "TestEngines.h"
#include "UiTestSupport.h"

#include <QAccessible>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingFieldsAreNamed();
    void passwordIsAskedForAndKeptOutOfTheAddress();
    void refusalShowsInTheDialog();
    void everyFieldHasAName();

private:
    // Fills the dialog's fields for the tests' server and `database`, as `user`.
    void fill(ServerConnectionDialog& dialog, const QString& user, const QString& database);

    std::unique_ptr<ScratchDatabase> m_server;
    ServerAddress m_address;
};

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

QTEST_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
