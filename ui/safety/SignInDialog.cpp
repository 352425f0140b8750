// The sign-in form.
#include "SignInDialog.h"

#include "AccountRepository.h"
#include "Database.h"
#include "InlineMessage.h"
#include "WaitCursor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outcome {

SignInDialog::SignInDialog(Database& db, Purpose purpose, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("signInDialog"));
    const QString file = QFileInfo(db.path()).fileName();
    setWindowTitle(purpose == Purpose::Unlock    ? tr("Outcome Tracker is locked")
                   : purpose == Purpose::Confirm ? tr("Clinician's PIN")
                                                 : tr("Sign in to Outcome Tracker"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    if (purpose == Purpose::Unlock)
        m_heading->setText(tr("Locked. %1 is signed in; enter the password to go on.").arg(name));
    else if (purpose == Purpose::Confirm)
        m_heading->setText(tr("%1: your PIN, or your password if you have no PIN.").arg(name));
    else
        m_heading->setText(tr("Sign in to %1").arg(file));
    auto* intro = new QLabel(purpose == Purpose::Confirm ? tr("The view goes back to the clinic's records.")
                             : purpose == Purpose::Unlock
                                 ? tr("Patient details are hidden until the window is unlocked. Work not yet saved is "
                                      "kept as it was.")
                                 : tr("This clinic's records are kept for its accounts; every change is recorded under "
                                      "the account that made it."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setReadOnly(purpose == Purpose::Unlock || purpose == Purpose::Confirm);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Account:"), m_name);
    form->addRow(purpose == Purpose::Confirm ? tr("&PIN or password:") : tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* signIn = buttons->addButton(purpose == Purpose::Unlock    ? tr("&Unlock")
                                             : purpose == Purpose::Confirm ? tr("&Close the view")
                                                                           : tr("&Sign in"),
                                             QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    if (purpose == Purpose::StartUp || purpose == Purpose::Confirm) {
        QPushButton* quit =
            buttons->addButton(purpose == Purpose::Confirm ? tr("&Cancel") : tr("&Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("signInQuit"));
        connect(quit, &QPushButton::clicked, this, [this]() { QDialog::reject(); });
    } else {
        m_switch = buttons->addButton(tr("S&witch user"), QDialogButtonBox::ActionRole);
        m_switch->setObjectName(QStringLiteral("switchUserButton"));
        connect(m_switch, &QPushButton::clicked, this, &SignInDialog::switchUser);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // The window grows with a refusal's message instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_name->setMinimumWidth(300);
    if (purpose == Purpose::SwitchUser)
        switchUser();
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
}

void SignInDialog::switchUser()
{
    m_purpose = Purpose::SwitchUser;
    m_heading->setText(tr("Locked. Sign in as another account, or as the same one."));
    m_name->setReadOnly(false);
    m_name->clear();
    m_password->clear();
    m_message->clearMessage();
    if (m_switch)
        m_switch->hide();
    m_name->setFocus();
}

void SignInDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showMessage(tr("Account: type the account's name."));
        m_name->setFocus();
        adjustSize();
        return;
    }
    const Passphrase password(m_password->text());
    Result<Account> account = WaitCursor::during([&]() {
        return m_purpose == Purpose::Confirm ? confirmed(name, password)
                                             : AccountRepository(m_db).signIn(name, password);
    });
    m_password->clear();
    if (!account) {
        m_message->showMessage(account.error().message);
        m_password->setFocus();
        adjustSize();
        return;
    }
    m_account = std::move(account).value();
    QDialog::accept();
}

Result<Account> SignInDialog::confirmed(const QString& name, const Passphrase& secret)
{
    AccountRepository accounts(m_db);
    if (Status status = accounts.confirm(name, secret); !status)
        return status.error();
    return accounts.find(name);
}

void SignInDialog::reject()
{
    if (m_purpose == Purpose::StartUp || m_purpose == Purpose::Confirm)
        QDialog::reject();
}

} // namespace outcome
