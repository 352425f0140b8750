// Command option parsing.
#include "CommandArguments.h"

#include "AccountRepository.h"
#include "SealedArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace outcome::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::CommandArguments", text);
}
} // namespace

CommandArguments::CommandArguments(const QString& command, const QString& description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandArguments::addOption(const QString& name, const QString& description, const QString& valueName,
                                 const QString& defaultValue)
{
    QCommandLineOption option(name, description, valueName, defaultValue);
    m_parser.addOption(option);
}

void CommandArguments::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandArguments::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandArguments::addDatabaseOption()
{
    addOption(QStringLiteral("db"),
              tr("The database file (default: %1), or a clinic server: postgresql://USER@HOST:PORT/DATABASE "
                 "(the password from ~/.pgpass or PGPASSWORD).")
                  .arg(Database::defaultPath()),
              QStringLiteral("FILE"));
    m_takesDatabase = true;
}

void CommandArguments::addSignInOption(Permission needed)
{
    addOption(QStringLiteral("user"),
              tr("Sign in as this account (needed once the database has accounts); its password is the first line "
                 "of standard input."),
              QStringLiteral("NAME"));
    m_needs = needed;
}

void CommandArguments::addInstrumentsOption()
{
    addOption(QStringLiteral("instruments"),
              tr("The clinic's folder of extra definition files (default: %1).").arg(InstrumentLibrary::clinicFolder()),
              QStringLiteral("DIR"));
}

bool CommandArguments::parse(const QStringList& arguments, Console& console, int& exitCode)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("outcome-tracker-cli ") + m_command);
    if (!m_parser.parse(withProgram)) {
        exitCode = console.fail(kExitBadInput,
                                QStringLiteral("%1: %2\n%3").arg(m_command, m_parser.errorText(), tr("Try --help.")));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        console.out() << m_parser.helpText();
        console.out().flush();
        exitCode = kExitSuccess;
        return false;
    }
    if (const QString db = m_takesDatabase ? m_parser.value(QStringLiteral("db")) : QString();
        !db.isEmpty() && QFileInfo(db).isDir()) {
        exitCode = console.fail(usageError(tr("--db: %1 is a folder; name a database file, for example %2.")
                                               .arg(db, QDir(db).filePath(QStringLiteral("clinic.db")))));
        return false;
    }
    if (m_needs && isSet(QStringLiteral("user"))) {
        if (value(QStringLiteral("user")).trimmed().isEmpty()) {
            exitCode = console.fail(usageError(tr("--user: name the account to sign in as.")));
            return false;
        }
        Result<Passphrase> password = console.readPassphrase(QStringLiteral("--user"));
        if (!password) {
            exitCode = console.fail(password.error());
            return false;
        }
        m_password = std::move(password).value();
    }
    return true;
}

Status CommandArguments::signIn(Database& db)
{
    if (!m_needs)
        return {};
    const QString file = QDir::toNativeSeparators(db.path());
    Result<bool> accounts = AccountRepository(db).anyExist();
    if (!accounts)
        return accounts.error();
    const QString name = value(QStringLiteral("user")).trimmed();
    if (!*accounts) {
        if (!m_password)
            return {};
        return makeError(ErrorKind::Denied, tr("Sign-in refused for \"%1\": %2 has no accounts, so nobody signs "
                                               "in; leave out --user.")
                                                .arg(name, file));
    }
    if (!m_password)
        return makeError(ErrorKind::Denied,
                         tr("%1: %2 has accounts; sign in with --user NAME and the password on the first line of "
                            "standard input.")
                             .arg(m_command, file));
    Result<Account> account = AccountRepository(db).signIn(name, *m_password);
    m_password.reset();
    if (!account)
        return account.error();
    if (!roleAllows(account->role, *m_needs))
        return makeError(ErrorKind::Denied, tr("%1 refused for \"%2\" (%3): it needs %4.")
                                                .arg(m_command, account->name, roleDisplayName(account->role),
                                                     permissionDescription(*m_needs)));
    m_account = std::move(account).value();
    return {};
}

Result<std::optional<Passphrase>> CommandArguments::archivePassphrase(Console& console, const QString& out) const
{
    if (!isSet(QStringLiteral("encrypt")))
        return std::optional<Passphrase>();
    if (Status free = SealedArchive::checkNewFile(out); !free)
        return usageError(QStringLiteral("--out: ") + free.error().message);
    Result<Passphrase> read = console.readPassphrase(QStringLiteral("--encrypt"));
    if (!read)
        return read.error();
    if (Status acceptable = read->acceptableForNewFile(); !acceptable)
        return usageError(QStringLiteral("--encrypt: ") + acceptable.error().message);
    return std::optional<Passphrase>(std::move(read).value());
}

Error CommandArguments::usageError(const QString& message) const
{
    return makeError(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(m_command, message));
}

Error CommandArguments::optionError(const QString& option, const Error& error) const
{
    return error.kind == ErrorKind::NotFound ? usageError(QStringLiteral("--%1: %2").arg(option, error.message))
                                             : error;
}

Result<QString> CommandArguments::required(const QString& name) const
{
    const QString text = m_parser.value(name).trimmed();
    if (text.isEmpty())
        return usageError(tr("--%1 is required.").arg(name));
    return text;
}

Result<int> CommandArguments::integer(const QString& name, int minimum, int maximum) const
{
    bool ok = false;
    const QString text = m_parser.value(name).trimmed();
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return usageError(
            tr("--%1: \"%2\" is not allowed (a whole number %3-%4).").arg(name, text).arg(minimum).arg(maximum));
    return number;
}

Result<QDate> CommandArguments::date(const QString& name) const
{
    const QString text = m_parser.value(name).trimmed();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return usageError(tr("--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(name, text));
    return parsed;
}

QString CommandArguments::databasePath() const
{
    const QString path = m_parser.value(QStringLiteral("db"));
    if (Database::isServerAddress(path))
        return path;
    return path.isEmpty() ? Database::defaultPath() : QDir::cleanPath(path);
}

Result<std::unique_ptr<Database>> CommandArguments::openDatabase(OpenOptions options)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath(), options);
    if (!db)
        return db;
    if (Status signedIn = signIn(**db); !signedIn)
        return signedIn.error();
    return db;
}

InstrumentLibrary CommandArguments::instrumentLibrary() const
{
    const QString folder = m_parser.value(QStringLiteral("instruments"));
    return InstrumentLibrary::load(folder.isEmpty() ? InstrumentLibrary::clinicFolder() : folder);
}

} // namespace outcome::cli
