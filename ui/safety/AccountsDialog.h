// File ▸ Accounts: the clinic's accounts for an administrator (add, new password, disable and enable, PINs, the
// clinic-wide idle-lock maximum), and for everyone else their own password and PIN. Every change is saved at once,
// through AccountRepository, as the `users` command does.
#pragma once

#include "Account.h"
#include "PasswordHash.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace outcome {

class Database;
class InlineMessage;

// One change to one account that needs a secret typed twice: a new account, a new password, a new PIN. Changing
// one's own password or PIN asks for the current password first. The change is made on OK; a refusal is shown in
// the dialog, which stays open with what was typed (the secrets cleared).
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        NewAccount,
        NewPassword,
        NewPin
    };

    // `name` is the account changed (empty for a new one); `signedIn` the account at the keyboard, if any.
    AccountEditDialog(Database& db, Purpose purpose, const QString& name, const std::optional<Account>& signedIn,
                      Argon2Cost cost, QWidget* parent = nullptr);

    // The first account of a clinic must be an administrator: the role cannot be chosen.
    void setOnlyAdministrator();
    // The account as saved, after OK.
    const Account& saved() const { return m_saved; }

    void accept() override;

private:
    Status save();
    Database& m_db;
    Purpose m_purpose;
    QString m_name;
    bool m_own = false;
    Argon2Cost m_cost;
    Account m_saved;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_repeat = nullptr;
    InlineMessage* m_message = nullptr;
};

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    // Without `signedIn` the clinic has no accounts yet: only the first one (an administrator) can be added.
    AccountsDialog(Database& db, const std::optional<Account>& signedIn, QWidget* parent = nullptr);

    // What new hashes cost; tests lower it.
    void setCost(Argon2Cost cost) { m_cost = cost; }

    QTreeWidget* table() const { return m_table; }
    // The account on the selected row, if any.
    std::optional<QString> selectedName() const;
    void selectAccount(const QString& name);

signals:
    // The clinic's first account was made here: from now on the program signs in, as this account.
    void firstAccountMade(const Account& account);
    void idleLockMaximumChanged();

private:
    bool administrator() const;
    // The listed account on the selected row, if any.
    const Account* selectedAccount() const;
    void updateIntro();
    void reload();
    void updateButtons();
    void addAccount();
    void editSecret(AccountEditDialog::Purpose purpose);
    void clearPin();
    void toggleDisabled();
    void saveIdleLockMaximum();
    void report(const Status& status, const QString& done);

    Database& m_db;
    std::optional<Account> m_signedIn;
    Argon2Cost m_cost = Argon2Cost::forPasswords();
    QList<Account> m_accounts;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_table = nullptr;
    QWidget* m_idleGroup = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_clearPin = nullptr;
    QPushButton* m_disable = nullptr;
    QCheckBox* m_idleLimited = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    InlineMessage* m_message = nullptr;
    bool m_loading = false;
};

} // namespace outcome
