// Clinic accounts: made, listed, disabled and re-passworded by an administrator; checked at sign-in, where failures
// in a row are counted in the database so that every workstation and every command makes the next guess wait.
#pragma once

#include "Account.h"
#include "PasswordHash.h"
#include "Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace outcome {

class Database;

class AccountRepository
{
public:
    explicit AccountRepository(Database& db, Argon2Cost cost = Argon2Cost::forPasswords())
        : m_db(db)
        , m_cost(cost)
    {}

    // Whether accounts are on: at least one account exists (disabled ones count). False for a database from before
    // accounts, which has no accounts table until it is upgraded.
    Result<bool> anyExist();
    Result<QList<Account>> list();
    // NotFound names the account.
    Result<Account> find(const QString& name);

    // The first account must be an administrator. Names are unique without regard to case.
    Result<Account> add(const QString& name, Role role, const Passphrase& password);
    // Also clears failed attempts and any wait: how an administrator lets someone back in.
    Status setPassword(const QString& name, const Passphrase& password);
    // A PIN for leaving the patient view; none clears it.
    Status setPin(const QString& name, const Passphrase* pin);
    // The last administrator who can sign in cannot be disabled, so the clinic can always manage its accounts.
    Status setDisabled(const QString& name, bool disabled);

    // Checks a password. A wrong one is Denied, counted, and makes the next attempt wait once the free attempts
    // are used (an attempt during the wait is Denied without checking). Success clears the count, rehashes a
    // password hashed at a lower cost than today's, and names the account in the audit trail from then on.
    Result<Account> signIn(const QString& name, const Passphrase& password);
    // For leaving the patient view: the account's PIN when it has one, else its password. Failures count as above.
    Status confirm(const QString& name, const Passphrase& pinOrPassword);

    // The longest any workstation may stay unlocked without input, in minutes, as an administrator set it for the
    // whole clinic; nothing when no maximum is set. Each workstation's own preference applies below it.
    Result<std::optional<int>> idleLockMaximum();
    // 1 to kLongestIdleLockMinutes; nothing removes the maximum. Audited. Callers check the administrator role.
    Status setIdleLockMaximum(std::optional<int> minutes);
    static constexpr int kLongestIdleLockMinutes = 60;

private:
    // The columns an edit sets ("pin_hash = ?") with their values, the account as it will be, and a reason for the
    // audit trail when the change does not show in the audited values (a new password).
    struct Edit
    {
        QString assignments;
        QVariantList values;
        Account after;
        QString reason;
    };
    // In one transaction: reads the account, lets `change` refuse or describe the edit, updates the row and
    // audits the change. An edit without assignments writes nothing.
    Status edit(const QString& name, const QString& doing, const std::function<Result<Edit>(const Account&)>& change);
    // One UPDATE of one account's row in a transaction (joining the caller's when there is one); not audited.
    Status updateRow(qint64 id, const QString& assignments, QVariantList values, const QString& doing);
    Result<QList<Account>> read(const QString& where, const QVariantList& values);
    Status recordFailure(const Account& account);
    Status clearFailures(const Account& account);
    // Runs `change` here, or on a second connection that can write when this one only reads.
    Status onWritable(const std::function<Status(AccountRepository&)>& change);
    Status writeAudit(const Account& account, const QString& oldValues, const QString& newValues, const QString& reason,
                      bool inserted);
    Result<Account> checkSecret(const QString& name, const Passphrase& secret, bool pinAllowed);
    Database& m_db;
    Argon2Cost m_cost;
};

} // namespace outcome
