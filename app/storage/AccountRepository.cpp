// Accounts SQL. Hashes never leave this file except as stored; the audit trail records names, roles and what
// changed, never a hash.
#include "AccountRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "JsonWriter.h"
#include "SettingsRepository.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::AccountRepository)
};

constexpr int kFirstAccountsVersion = 8;
const QString kIdleLockMaximumKey = QStringLiteral("security.idle_lock_max_minutes");
const QString kColumns = QStringLiteral(
    "id, name, role, password_hash, pin_hash, disabled, failed_attempts, retry_after, created_at, row_version");

QString auditValues(const Account& account)
{
    return JsonObjectWriter()
        .add(u"name", account.name)
        .add(u"role", roleToCode(account.role))
        .add(u"disabled", account.disabled)
        .add(u"pin", !account.pinHash.isEmpty())
        .text();
}

QString waitText(int seconds)
{
    // One and other, as in English and German (see standardFollowUpName).
    if (seconds < 60)
        return (seconds == 1 ? Tr::tr("%1 second") : Tr::tr("%1 seconds")).arg(seconds);
    const int minutes = (seconds + 59) / 60;
    return (minutes == 1 ? Tr::tr("%1 minute") : Tr::tr("%1 minutes")).arg(minutes);
}

} // namespace

Result<QList<Account>> AccountRepository::read(const QString& where, const QVariantList& values)
{
    QList<Account> accounts;
    if (m_db.schemaVersion() < kFirstAccountsVersion)
        return accounts;
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT %1 FROM accounts %2").arg(kColumns, where));
    if (Status status = m_db.exec(query, values, Tr::tr("read the accounts")); !status)
        return status.error();
    while (query.next()) {
        Account account;
        account.id = query.value(0).toLongLong();
        account.name = query.value(1).toString();
        account.role = roleFromCode(query.value(2).toString()).value_or(Role::FrontDesk);
        account.passwordHash = query.value(3).toString();
        account.pinHash = query.value(4).toString();
        account.disabled = query.value(5).toInt() != 0;
        account.failedAttempts = query.value(6).toInt();
        if (!query.value(7).isNull())
            account.retryAfter = sql::toDateTime(query.value(7));
        account.createdAt = sql::toDateTime(query.value(8));
        account.rowVersion = query.value(9).toLongLong();
        accounts.append(account);
    }
    query.finish();
    return accounts;
}

Result<bool> AccountRepository::anyExist()
{
    if (m_db.schemaVersion() < kFirstAccountsVersion)
        return false;
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT 1 FROM accounts LIMIT 1"));
    if (Status status = m_db.exec(query, {}, Tr::tr("read the accounts")); !status)
        return status.error();
    const bool any = query.next();
    query.finish();
    return any;
}

Result<QList<Account>> AccountRepository::list()
{
    return read(QStringLiteral("ORDER BY name_key"), {});
}

Result<Account> AccountRepository::find(const QString& name)
{
    Result<QList<Account>> found = read(QStringLiteral("WHERE name_key = ?"), {Account::nameKey(name)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no account named \"%1\".").arg(name));
    return found->first();
}

Status AccountRepository::writeAudit(const Account& account, const QString& oldValues, const QString& newValues,
                                     const QString& reason, bool inserted)
{
    return AuditTrail(m_db).record(QStringLiteral("accounts"), account.id, 0,
                                   inserted ? AuditAction::Insert : AuditAction::Update, oldValues, newValues, reason);
}

Result<Account> AccountRepository::add(const QString& name, Role role, const Passphrase& password)
{
    if (m_db.schemaVersion() < kFirstAccountsVersion)
        return makeError(ErrorKind::Refused,
                         Tr::tr("This database must be upgraded before it can hold accounts; open it once in "
                                "Outcome Tracker."));
    if (Status status = Account::checkName(name); !status)
        return status.error();
    if (Status status = PasswordHash::acceptablePassword(password); !status)
        return status.error();
    Result<QString> hash = PasswordHash::make(password, m_cost);
    if (!hash)
        return hash.error();

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    Result<bool> any = anyExist();
    if (!any)
        return any.error();
    if (!*any && role != Role::Administrator)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Role: the first account must be an administrator, who can then make the others."));
    if (Result<Account> existing = find(name); existing)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("Name: there is already an account named \"%1\".").arg(existing->name));
    else if (existing.error().kind != ErrorKind::NotFound)
        return existing.error();

    Account account;
    account.name = name;
    account.role = role;
    account.passwordHash = *hash;
    const QString now = m_db.timestamp();
    QSqlQuery& insert = m_db.prepared(
        QStringLiteral("INSERT INTO accounts (name, name_key, role, password_hash, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (Status status = m_db.exec(insert, {name, Account::nameKey(name), roleToCode(role), *hash, now, now},
                                  Tr::tr("save the account"));
        !status)
        return status.error();
    insert.finish();
    Result<Account> stored = find(name);
    if (!stored)
        return stored.error();
    if (Status status = writeAudit(*stored, {}, auditValues(*stored), {}, true); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Status AccountRepository::setPassword(const QString& name, const Passphrase& password)
{
    if (Status status = PasswordHash::acceptablePassword(password); !status)
        return status;
    Result<QString> hash = PasswordHash::make(password, m_cost);
    if (!hash)
        return hash.error();
    return edit(name, Tr::tr("save the password"), [&](const Account& before) -> Result<Edit> {
        return Edit{QStringLiteral("password_hash = ?, failed_attempts = 0, retry_after = NULL"),
                    {*hash},
                    before,
                    QStringLiteral("password changed")};
    });
}

Status AccountRepository::setPin(const QString& name, const Passphrase* pin)
{
    QString hash;
    if (pin) {
        if (Status status = PasswordHash::acceptablePin(*pin); !status)
            return status;
        Result<QString> made = PasswordHash::make(*pin, m_cost);
        if (!made)
            return made.error();
        hash = *made;
    }
    return edit(name, Tr::tr("save the PIN"), [&](const Account& before) -> Result<Edit> {
        Account after = before;
        after.pinHash = hash;
        return Edit{QStringLiteral("pin_hash = ?"), {hash}, after, {}};
    });
}

Status AccountRepository::setDisabled(const QString& name, bool disabled)
{
    return edit(name, Tr::tr("save the account"), [&](const Account& before) -> Result<Edit> {
        if (before.disabled == disabled)
            return Edit{};
        if (disabled && before.role == Role::Administrator) {
            Result<QList<Account>> all = list();
            if (!all)
                return all.error();
            const bool anotherAdministrator = std::any_of(all->cbegin(), all->cend(), [&](const Account& other) {
                return other.id != before.id && other.role == Role::Administrator && !other.disabled;
            });
            if (!anotherAdministrator)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("\"%1\" is the only administrator who can sign in; make another "
                                        "administrator before disabling this one.")
                                     .arg(before.name));
        }
        Account after = before;
        after.disabled = disabled;
        return Edit{QStringLiteral("disabled = ?"), {disabled ? 1 : 0}, after, {}};
    });
}

Status AccountRepository::edit(const QString& name, const QString& doing,
                               const std::function<Result<Edit>(const Account&)>& change)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<Account> before = find(name);
    if (!before)
        return before.error();
    Result<Edit> edit = change(*before);
    if (!edit)
        return edit.error();
    if (edit->assignments.isEmpty())
        return transaction.commit();
    if (Status status = updateRow(before->id,
                                  edit->assignments + QStringLiteral(", updated_at = ?, row_version = "
                                                                     "row_version + 1"),
                                  edit->values << m_db.timestamp(), doing);
        !status)
        return status;
    // A secret's change shows only as its reason: the audited values never carry a hash.
    const bool withValues = edit->reason.isEmpty();
    if (Status status = writeAudit(edit->after, withValues ? auditValues(*before) : QString(),
                                   withValues ? auditValues(edit->after) : QString(), edit->reason, false);
        !status)
        return status;
    return transaction.commit();
}

Status AccountRepository::updateRow(qint64 id, const QString& assignments, QVariantList values, const QString& doing)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery& update = m_db.prepared(QStringLiteral("UPDATE accounts SET %1 WHERE id = ?").arg(assignments));
    if (Status status = m_db.exec(update, values << id, doing); !status)
        return status;
    update.finish();
    return transaction.commit();
}

Status AccountRepository::recordFailure(const Account& account)
{
    const int wait = Account::waitSecondsAfter(account.failedAttempts + 1);
    const QVariant retryAfter = wait > 0 ? QVariant(sql::fromDateTime(m_db.now().addSecs(wait))) : sql::null();
    return updateRow(account.id, QStringLiteral("failed_attempts = failed_attempts + 1, retry_after = ?"), {retryAfter},
                     Tr::tr("count the failed sign-in"));
}

Status AccountRepository::onWritable(const std::function<Status(AccountRepository&)>& change)
{
    if (!m_db.isReadOnly())
        return change(*this);
    OpenOptions options;
    options.createIfMissing = false;
    options.quickCheck = false;
    options.migrateTo = 0;
    Result<std::unique_ptr<Database>> writable = Database::open(m_db.path(), options);
    if (!writable)
        return writable.error();
    (*writable)->setClock([this]() { return m_db.now(); });
    AccountRepository repository(**writable, m_cost);
    return change(repository);
}

Status AccountRepository::clearFailures(const Account& account)
{
    return updateRow(account.id, QStringLiteral("failed_attempts = 0, retry_after = NULL"), {},
                     Tr::tr("save the sign-in"));
}

Result<Account> AccountRepository::checkSecret(const QString& name, const Passphrase& secret, bool pinAllowed)
{
    Result<Account> account = find(name);
    if (!account) {
        if (account.error().kind != ErrorKind::NotFound)
            return account.error();
        return makeError(ErrorKind::Denied, Tr::tr("Sign-in refused for \"%1\": there is no such account.").arg(name));
    }
    if (account->disabled)
        return makeError(ErrorKind::Denied,
                         Tr::tr("Sign-in refused for \"%1\": the account is disabled. An administrator can enable "
                                "it again.")
                             .arg(account->name));
    const QDateTime now = m_db.now();
    if (account->retryAfter.isValid() && account->retryAfter > now)
        return makeError(ErrorKind::Denied,
                         Tr::tr("Sign-in refused for \"%1\" after %2 wrong passwords in a row: try again in %3, or "
                                "ask an administrator to set a new password.")
                             .arg(account->name)
                             .arg(account->failedAttempts)
                             .arg(waitText(int(std::max<qint64>(1, now.secsTo(account->retryAfter))))));
    const bool usePin = pinAllowed && !account->pinHash.isEmpty();
    if (PasswordHash::matches(usePin ? account->pinHash : account->passwordHash, secret))
        return account;

    // Counted even when this connection only reads, so every way in waits alike.
    const Status counted = onWritable([&](AccountRepository& writable) { return writable.recordFailure(*account); });
    const int wait = Account::waitSecondsAfter(account->failedAttempts + 1);
    QString message = usePin ? Tr::tr("Sign-in refused for \"%1\": wrong PIN.").arg(account->name)
                             : Tr::tr("Sign-in refused for \"%1\": wrong password.").arg(account->name);
    if (wait > 0 && counted)
        message += QLatin1Char(' ') + Tr::tr("The next attempt must wait %1.").arg(waitText(wait));
    return makeError(ErrorKind::Denied, message);
}

Result<Account> AccountRepository::signIn(const QString& name, const Passphrase& password)
{
    Result<Account> account = checkSecret(name, password, false);
    if (!account)
        return account;
    // A rehash waits for a connection that writes anyway; clearing the failures is done on any.
    if (!m_db.isReadOnly() && PasswordHash::weakerThan(account->passwordHash, m_cost)) {
        Result<QString> hash = PasswordHash::make(password, m_cost);
        if (!hash)
            return hash.error();
        if (Status status =
                updateRow(account->id, QStringLiteral("password_hash = ?"), {*hash}, Tr::tr("save the sign-in"));
            !status)
            return status.error();
        account->passwordHash = *hash;
    }
    if (account->failedAttempts > 0 || account->retryAfter.isValid()) {
        if (Status cleared = onWritable([&](AccountRepository& writable) { return writable.clearFailures(*account); });
            !cleared)
            return cleared.error();
        account->failedAttempts = 0;
        account->retryAfter = QDateTime();
    }
    m_db.setActor(account->name);
    return account;
}

Status AccountRepository::confirm(const QString& name, const Passphrase& pinOrPassword)
{
    Result<Account> account = checkSecret(name, pinOrPassword, true);
    if (!account)
        return account.error();
    if (account->failedAttempts == 0 && !account->retryAfter.isValid())
        return {};
    return onWritable([&](AccountRepository& writable) { return writable.clearFailures(*account); });
}

Result<std::optional<int>> AccountRepository::idleLockMaximum()
{
    Result<QString> stored = SettingsRepository(m_db).value(kIdleLockMaximumKey);
    if (!stored)
        return stored.error();
    bool number = false;
    const int minutes = stored->toInt(&number);
    if (!number || minutes < 1)
        return std::optional<int>();
    return std::optional<int>(std::min(minutes, kLongestIdleLockMinutes));
}

Status AccountRepository::setIdleLockMaximum(std::optional<int> minutes)
{
    if (minutes && (*minutes < 1 || *minutes > kLongestIdleLockMinutes))
        return makeError(ErrorKind::Invalid, Tr::tr("Idle lock maximum: %1 minutes is outside 1 to %2 minutes.")
                                                 .arg(*minutes)
                                                 .arg(kLongestIdleLockMinutes));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<int>> before = idleLockMaximum();
    if (!before)
        return before.error();
    if (*before == minutes)
        return transaction.commit();
    if (Status status =
            SettingsRepository(m_db).setValue(kIdleLockMaximumKey, minutes ? QString::number(*minutes) : QString());
        !status)
        return status;
    const auto values = [](const std::optional<int>& value) {
        return value ? JsonObjectWriter().add(u"idle_lock_max_minutes", *value).text() : QString();
    };
    if (Status status = AuditTrail(m_db).record(QStringLiteral("settings"), 0, 0,
                                                before->has_value() ? AuditAction::Update : AuditAction::Insert,
                                                values(*before), values(minutes), QStringLiteral("idle lock maximum"));
        !status)
        return status;
    return transaction.commit();
}

} // namespace outcome
