// The clinic server's address, built from fields and tried before it is used.
#include "ServerConnectionDialog.h"

#include "DatabaseStartup.h"
#include "InlineMessage.h"
#include "LabelledComboBox.h"
#include "PostgresDialect.h"
#include "WaitCursor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outcome {

ServerConnectionDialog::ServerConnectionDialog(const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_encryption(new LabelledComboBox(this))
    , m_problem(new InlineMessage(this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Connect to clinic server"));
    auto* intro = new QLabel(tr("The clinic's records on a PostgreSQL server, shared by every workstation. The "
                                "password is asked for when the server needs it, or read from ~/.pgpass; it is never "
                                "stored by Outcome Tracker."),
                             this);
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("for example clinic-server.local"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setPlaceholderText(tr("for example clinic"));
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_encryption->setObjectName(QStringLiteral("serverEncryptionCombo"));
    m_encryption->addItem(tr("Required, and the server's certificate checked"), QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Required"), QStringLiteral("require"));
    m_encryption->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Off (only on the clinic's own network)"), QStringLiteral("disable"));
    m_encryption->setCurrentIndex(2);

    if (const Result<ServerAddress> given = PostgresDialect::parseAddress(current);
        PostgresDialect::isAddress(current) && given) {
        m_host->setText(given->host);
        m_port->setValue(given->port);
        m_database->setText(given->database);
        m_user->setText(given->user);
        if (const int index = m_encryption->findData(given->option(QStringLiteral("sslmode"))); index >= 0)
            m_encryption->setCurrentIndex(index);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Account:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);

    m_problem->setObjectName(QStringLiteral("serverProblemMessage"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("serverConnectButton"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::connectNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString ServerConnectionDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.user = m_user->text().trimmed();
    address.database = m_database->text().trimmed();
    address.options.append({QStringLiteral("sslmode"), m_encryption->currentData().toString()});
    return PostgresDialect::addressOf(address);
}

void ServerConnectionDialog::connectNow()
{
    const auto refuse = [this](QWidget* field, const QString& why) {
        m_problem->showMessage(why);
        if (field)
            field->setFocus();
    };
    if (m_host->text().trimmed().isEmpty())
        return refuse(m_host, tr("Server: enter the server's name or address."));
    if (m_database->text().trimmed().isEmpty())
        return refuse(m_database, tr("Database: enter the name of the clinic's database on the server."));
    if (m_user->text().trimmed().isEmpty())
        return refuse(m_user, tr("Account: enter your account on the server."));
    bool cancelled = false;
    OpenOptions options;
    options.quickCheck = false;
    QString typed;
    Result<std::unique_ptr<Database>> opened = WaitCursor::during(
        [&]() { return DatabaseStartup::connectToServer(address(), options, this, cancelled, &typed); });
    if (!opened) {
        if (!cancelled)
            refuse(nullptr, opened.error().message);
        return;
    }
    m_password = typed;
    accept();
}

} // namespace outcome
