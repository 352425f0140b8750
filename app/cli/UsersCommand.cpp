// `users`: the clinic's accounts. The first account (an administrator) is made without signing in; after that an
// administrator manages accounts, and anyone may change their own password or PIN.
#include "AccountRepository.h"
#include "CommandArguments.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::UsersCommand", text);
}

const QStringList kActions{QStringLiteral("add"),      QStringLiteral("list"),     QStringLiteral("disable"),
                           QStringLiteral("enable"),   QStringLiteral("password"), QStringLiteral("pin"),
                           QStringLiteral("idle-lock")};

QString statusText(const Account& account)
{
    if (account.disabled)
        return tr("disabled");
    if (account.failedAttempts == 1)
        return tr("active, 1 failed sign-in");
    if (account.failedAttempts > 1)
        return tr("active, %1 failed sign-ins in a row").arg(account.failedAttempts);
    return tr("active");
}

int list(CommandArguments& args, Console& console, AccountRepository& accounts)
{
    Result<QList<Account>> all = accounts.list();
    if (!all)
        return console.fail(all.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account& account : *all)
            array.append(QJsonObject{{QStringLiteral("name"), account.name},
                                     {QStringLiteral("role"), roleToCode(account.role)},
                                     {QStringLiteral("disabled"), account.disabled},
                                     {QStringLiteral("failed_attempts"), account.failedAttempts},
                                     {QStringLiteral("pin"), !account.pinHash.isEmpty()}});
        console.printJson(QJsonDocument(array));
        return kExitSuccess;
    }
    if (all->isEmpty()) {
        console.err() << tr("There are no accounts: nobody signs in. Make the first one (an administrator) with "
                            "\"users add --name NAME --role administrator\".")
                      << Qt::endl;
        return kExitSuccess;
    }
    int width = 4;
    for (const Account& account : *all)
        width = std::max(width, int(account.name.size()));
    console.out() << tr("Name").leftJustified(width + 2) << tr("Role").leftJustified(16) << tr("PIN").leftJustified(5)
                  << tr("Status") << '\n';
    for (const Account& account : *all)
        console.out() << account.name.leftJustified(width + 2) << roleToCode(account.role).leftJustified(16)
                      << (account.pinHash.isEmpty() ? tr("no") : tr("yes")).leftJustified(5) << statusText(account)
                      << '\n';
    console.out().flush();
    return kExitSuccess;
}

QString idleLockText(const std::optional<int>& minutes)
{
    return minutes ? tr("Every workstation locks after at most %1 minutes without input.").arg(*minutes)
                   : tr("No clinic-wide maximum for the idle lock: each workstation's preference applies.");
}

int idleLock(CommandArguments& args, Console& console, AccountRepository& accounts)
{
    const bool clear = args.isSet(QStringLiteral("clear"));
    const bool minutesGiven = args.isSet(QStringLiteral("minutes"));
    if (clear && minutesGiven)
        return console.fail(args.usageError(tr("give either --minutes or --clear, not both.")));
    if (!clear && !minutesGiven) {
        Result<std::optional<int>> current = accounts.idleLockMaximum();
        if (!current)
            return console.fail(current.error());
        console.out() << idleLockText(*current) << Qt::endl;
        return kExitSuccess;
    }
    std::optional<int> minutes;
    if (!clear) {
        const Result<int> given =
            args.integer(QStringLiteral("minutes"), 1, AccountRepository::kLongestIdleLockMinutes);
        if (!given)
            return console.fail(given.error());
        minutes = *given;
    }
    if (Status status = accounts.setIdleLockMaximum(minutes); !status)
        return console.fail(status.error());
    console.out() << idleLockText(minutes) << Qt::endl;
    return kExitSuccess;
}

} // namespace

int runUsers(const QStringList& arguments, Console& console)
{
    CommandArguments args(
        QStringLiteral("users"),
        tr("Manages the clinic's accounts. With none, nobody signs in; once the first account (an administrator) is "
           "made, every command that reads or writes patient data or accounts needs --user NAME with that account's "
           "password on the first line of standard input, and the desktop program starts at a sign-in screen.\n"
           "  add --name NAME --role administrator|clinician|front-desk   the new password on the next line of "
           "standard input\n"
           "  list [--json]\n"
           "  disable --name NAME, enable --name NAME\n"
           "  password --name NAME   the new password on the next line; also clears failed sign-ins\n"
           "  pin --name NAME [--clear]   a 4-8 digit PIN for leaving the patient view, on the next line\n"
           "  idle-lock [--minutes N | --clear]   the longest any workstation stays unlocked without input (1-60 "
           "minutes), for the whole clinic; without an option, prints it\n"
           "Managing other accounts needs an administrator; anyone may change their own password and PIN. A refused "
           "sign-in or role exits 4 and changes nothing."));
    args.addPositional(QStringLiteral("action"), tr("add, list, disable, enable, password, pin or idle-lock."),
                       QStringLiteral("ACTION"));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Register);
    args.addOption(QStringLiteral("name"), tr("The account to add or change."), QStringLiteral("NAME"));
    args.addOption(QStringLiteral("role"),
                   tr("The new account's role: %1.").arg(roleCodes().join(QStringLiteral(", "))),
                   QStringLiteral("ROLE"));
    args.addOption(QStringLiteral("minutes"), tr("With idle-lock: the clinic's maximum, 1 to 60 minutes."),
                   QStringLiteral("N"));
    args.addFlag(QStringLiteral("clear"), tr("With pin: remove the PIN, so the password is asked instead. With "
                                             "idle-lock: remove the clinic's maximum."));
    args.addFlag(QStringLiteral("json"), tr("With list: print a JSON array."));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const QStringList positional = args.positional();
    if (positional.size() != 1 || !kActions.contains(positional.first()))
        return console.fail(args.usageError(tr("name one action: %1.").arg(kActions.join(QStringLiteral(", ")))));
    const QString action = positional.first();

    std::optional<Role> role;
    if (action == QLatin1String("add")) {
        const Result<QString> code = args.required(QStringLiteral("role"));
        if (!code)
            return console.fail(code.error());
        role = roleFromCode(*code);
        if (!role)
            return console.fail(args.usageError(
                tr("--role: \"%1\" is not a role; use %2.").arg(*code, roleCodes().join(QStringLiteral(", ")))));
    }
    QString name;
    const bool idle = action == QLatin1String("idle-lock");
    if (action != QLatin1String("list") && !idle) {
        const Result<QString> given = args.required(QStringLiteral("name"));
        if (!given)
            return console.fail(given.error());
        name = *given;
    }

    OpenOptions options;
    options.createIfMissing = action == QLatin1String("add");
    const bool changesIdleLock = idle && (args.isSet(QStringLiteral("clear")) || args.isSet(QStringLiteral("minutes")));
    options.readOnly = action == QLatin1String("list") || (idle && !changesIdleLock);
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    AccountRepository accounts(**db);

    // Without accounts only the first one can be made; with them, an administrator, or the account itself.
    if (const std::optional<Account>& signedIn = args.account()) {
        const bool ownSecret = (action == QLatin1String("password") || action == QLatin1String("pin")) &&
                               Account::nameKey(name) == Account::nameKey(signedIn->name);
        // The clinic's idle-lock maximum is for every workstation to know.
        const bool reading = idle && !changesIdleLock;
        if (!ownSecret && !reading && !roleAllows(signedIn->role, Permission::Administration))
            return console.fail(kExitDenied, tr("users %1 refused for \"%2\" (%3): managing accounts needs an "
                                                "administrator; anyone may change only their own password and PIN.")
                                                 .arg(action, signedIn->name, roleDisplayName(signedIn->role)));
    } else if (action != QLatin1String("add") && action != QLatin1String("list")) {
        return console.fail(makeError(ErrorKind::NotFound,
                                      tr("There are no accounts yet; make the first one with \"users add --name NAME "
                                         "--role administrator\".")));
    }

    if (action == QLatin1String("list"))
        return list(args, console, accounts);
    if (idle)
        return idleLock(args, console, accounts);
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool disabling = action == QLatin1String("disable");
        if (Status status = accounts.setDisabled(name, disabling); !status)
            return console.fail(args.optionError(QStringLiteral("name"), status.error()));
        console.out()
            << (disabling ? tr("%1 is disabled; it can no longer sign in.") : tr("%1 can sign in again.")).arg(name)
            << Qt::endl;
        return kExitSuccess;
    }
    if (action == QLatin1String("pin") && args.isSet(QStringLiteral("clear"))) {
        if (Status status = accounts.setPin(name, nullptr); !status)
            return console.fail(args.optionError(QStringLiteral("name"), status.error()));
        console.out() << tr("%1 has no PIN; leaving the patient view asks for the password.").arg(name) << Qt::endl;
        return kExitSuccess;
    }

    const bool pin = action == QLatin1String("pin");
    Result<Passphrase> secret =
        console.readPassphrase(pin ? QStringLiteral("users pin") : QStringLiteral("users ") + action);
    if (!secret)
        return console.fail(secret.error());
    if (action == QLatin1String("add")) {
        Result<Account> added = accounts.add(name, *role, *secret);
        if (!added)
            return console.fail(added.error());
        console.out() << tr("Added %1 (%2).").arg(added->name, roleToCode(added->role)) << Qt::endl;
        return kExitSuccess;
    }
    const Status changed = pin ? accounts.setPin(name, &*secret) : accounts.setPassword(name, *secret);
    if (!changed)
        return console.fail(args.optionError(QStringLiteral("name"), changed.error()));
    console.out() << (pin ? tr("The PIN of %1 is set.") : tr("The password of %1 is changed.")).arg(name) << Qt::endl;
    return kExitSuccess;
}

} // namespace outcome::cli
