// Asks for an account's password: at start-up, when accounts are on, and to unlock a locked window (where another
// account may sign in instead: switching user).
#pragma once

#include "Account.h"
#include "Passphrase.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace outcome {

class Database;
class InlineMessage;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        StartUp, // any account; Quit leaves the program
        Unlock,  // the signed-in account; "Switch user" lets another sign in
        SwitchUser,
        Confirm // the signed-in account's PIN (or password) before the clinician takes the screen back
    };

    SignInDialog(Database& db, Purpose purpose, const QString& name, QWidget* parent = nullptr);

    // The account that signed in, once the dialog is accepted.
    const std::optional<Account>& account() const { return m_account; }

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    InlineMessage* message() const { return m_message; }

public slots:
    void accept() override;
    // A locked window stays locked: Esc and closing do nothing there.
    void reject() override;

private:
    void switchUser();
    Result<Account> confirmed(const QString& name, const Passphrase& secret);

    Database& m_db;
    Purpose m_purpose;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_switch = nullptr;
    std::optional<Account> m_account;
};

} // namespace outcome
