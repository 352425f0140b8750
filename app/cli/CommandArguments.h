// Option parsing shared by every command: usage errors name the option and what it accepts (exit code 2).
#pragma once

#include "Account.h"
#include "Console.h"
#include "Database.h"
#include "InstrumentLibrary.h"

#include <QCommandLineParser>
#include <QDate>

#include <memory>
#include <optional>

namespace outcome::cli {

class CommandArguments
{
public:
    CommandArguments(const QString& command, const QString& description);

    void addOption(const QString& name, const QString& description, const QString& valueName,
                   const QString& defaultValue = {});
    void addFlag(const QString& name, const QString& description);
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // --db FILE, defaulting to the platform's application-data folder.
    void addDatabaseOption();
    // --instruments DIR, the clinic's folder of extra instrument definitions.
    void addInstrumentsOption();
    // --user NAME, for a command that reads or writes patient data or accounts. Once the database has accounts the
    // command runs only for a signed-in account whose role allows `needed`; the password is the first line of
    // standard input, read by parse() before any other secret. openDatabase() signs in by itself.
    void addSignInOption(Permission needed);

    // False when the command should end now: `exitCode` is 0 after --help, 2 after a usage error.
    bool parse(const QStringList& arguments, Console& console, int& exitCode);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    Result<QString> required(const QString& name) const;
    Result<int> integer(const QString& name, int minimum, int maximum) const;
    Result<QDate> date(const QString& name) const;
    QString databasePath() const;
    // Opens the database and, with addSignInOption(), signs in (a refusal is Denied, exit code 4).
    Result<std::unique_ptr<Database>> openDatabase(OpenOptions options);
    // Signs in on a database the command opened itself. Without accounts nothing is asked (and --user is refused);
    // with them, --user and its password are required and the account's role must allow what the command needs.
    // The signed-in account is named in the audit trail of everything written through `db`.
    Status signIn(Database& db);
    // The account signed in by signIn(), if any.
    const std::optional<Account>& account() const { return m_account; }
    // The bundled definitions plus those in --instruments (or the clinic's usual folder).
    InstrumentLibrary instrumentLibrary() const;

    // With --encrypt: the passphrase for a new encrypted archive at `out`, read from standard input and checked
    // (at least 10 characters; `out` must not exist). Without it: nothing. The error is ready for Console::fail.
    Result<std::optional<Passphrase>> archivePassphrase(Console& console, const QString& out) const;

    Error usageError(const QString& message) const;
    // A named record that does not exist was named by an option: bad input, said with the option's name.
    Error optionError(const QString& option, const Error& error) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_takesDatabase = false; // addDatabaseOption() was called: --db is one of its options
    std::optional<Permission> m_needs;
    std::optional<Passphrase> m_password; // read by parse() when --user is given
    std::optional<Account> m_account;
};

} // namespace outcome::cli
