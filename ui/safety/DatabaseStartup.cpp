// The start-up decisions and dialogs.
#include "DatabaseStartup.h"

#include "AutomaticBackup.h"
#include "BackupPassphrase.h"
#include "BackupStore.h"
#include "DamagedDatabaseDialog.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "IntegrityCheck.h"
#include "Passphrase.h"
#include "PendingRestore.h"
#include "PostgresDialect.h"
#include "SealedFile.h"
#include "WaitCursor.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <optional>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::DatabaseStartup)
};

constexpr int kExitFailure = 1;
constexpr int kExitRefused = 3;

} // namespace

DatabaseStartup::DatabaseStartup(const QString& path)
    : m_path(path)
{}

DatabaseStartup::~DatabaseStartup() = default;

Result<std::unique_ptr<Database>> DatabaseStartup::connectToServer(const QString& address, OpenOptions options,
                                                                   QWidget* parent, bool& cancelled,
                                                                   QString* typedPassword)
{
    cancelled = false;
    for (int attempt = 0;; ++attempt) {
        Result<std::unique_ptr<Database>> opened = Database::open(address, options);
        if (opened || opened.error().kind != ErrorKind::Denied || attempt == 3)
            return opened;
        QInputDialog ask(parent);
        ask.setObjectName(QStringLiteral("serverPasswordDialog"));
        ask.setWindowTitle(Tr::tr("Clinic server password"));
        const QString shown = PostgresDialect::displayAddress(address);
        ask.setLabelText(attempt == 0 ? Tr::tr("Password for %1:").arg(shown)
                                      : Tr::tr("That password was not accepted. Password for %1:").arg(shown));
        ask.setTextEchoMode(QLineEdit::Password);
        if (ask.exec() != QDialog::Accepted) {
            cancelled = true;
            return opened.error();
        }
        options.password = ask.textValue();
        if (typedPassword)
            *typedPassword = options.password;
    }
}

std::unique_ptr<Database> DatabaseStartup::openServer(QWidget* parent)
{
    OpenOptions options;
    options.quickCheck = false; // the server keeps its own pages sound; `check` looks at the schema's guards
    bool cancelled = false;
    Result<std::unique_ptr<Database>> opened = connectToServer(m_path, options, parent, cancelled);
    if (opened)
        return std::move(opened).value();
    if (!cancelled)
        QMessageBox::critical(parent, Tr::tr("Cannot connect to the clinic server"), opened.error().message);
    m_exitCode = opened.error().kind == ErrorKind::Refused ? kExitRefused : kExitFailure;
    return nullptr;
}

std::unique_ptr<Database> DatabaseStartup::openChecked(QWidget* parent)
{
    if (Database::isServerAddress(m_path))
        return openServer(parent);
    const Result<DatabaseFile::Header> header = DatabaseFile::inspect(m_path);
    Result<std::unique_ptr<Database>> opened = IntegrityCheck::openChecked(m_path, m_check);
    if (opened) {
        // What a killed backup or restore left behind goes now; the restore itself was finished or rolled back
        // by SQLite as the file opened.
        BackupStore(m_path).removeLeftovers();
        return std::move(opened).value();
    }
    Error error = opened.error();
    // A file the user may read but not change (a read-only folder, a colleague's file): offer to look at it.
    if (header && header->kind == DatabaseFile::Kind::Database &&
        (!DatabaseFile::folderWritable(m_path) || !DatabaseFile::fileWritable(m_path))) {
        const auto answer =
            QMessageBox::question(parent, Tr::tr("Open read-only?"),
                                  Tr::tr("%1\n\nOpen it read-only, to look without saving?").arg(error.message),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            m_exitCode = kExitFailure;
            return nullptr;
        }
        std::unique_ptr<Database> look = openReadOnly(parent);
        if (!look)
            m_exitCode = kExitFailure;
        return look;
    }
    const bool newer = header && header->userVersion > Database::latestSchemaVersion();
    // A damaged file can fail before its check (setting the journal mode reads it): ask the check what is wrong.
    if (const Status verdict = IntegrityCheck::quick(m_path); !newer && !verdict && QFileInfo::exists(m_path))
        error = verdict.error();
    if (error.kind != ErrorKind::Refused || newer) {
        QMessageBox::critical(parent, Tr::tr("Cannot open the database"), error.message);
        m_exitCode = error.kind == ErrorKind::Refused ? kExitRefused : kExitFailure;
        return nullptr;
    }
    DamagedDatabaseDialog dialog(m_path, error.message, parent);
    dialog.exec();
    switch (dialog.choice()) {
    case DamagedDatabaseDialog::Choice::Restore:
        if (restore(m_path, dialog.chosenBackup(), parent))
            return openChecked(parent);
        return open(parent);
    case DamagedDatabaseDialog::Choice::ReadOnly:
        if (std::unique_ptr<Database> look = openReadOnly(parent)) {
            m_damaged = true;
            return look;
        }
        break;
    case DamagedDatabaseDialog::Choice::Quit:
        break;
    }
    m_exitCode = kExitRefused;
    return nullptr;
}

std::unique_ptr<Database> DatabaseStartup::openReadOnly(QWidget* parent)
{
    Result<std::unique_ptr<Database>> look = Database::open(m_path, OpenOptions::asItIs());
    if (look)
        return std::move(look).value();
    QMessageBox::critical(parent, Tr::tr("Cannot open the database"), look.error().message);
    return nullptr;
}

std::unique_ptr<Database> DatabaseStartup::open(QWidget* parent)
{
    m_exitCode = 0;
    return openChecked(parent);
}

void DatabaseStartup::watch(QWidget* window)
{
    if (!m_check)
        return;
    auto* poll = new QTimer(window);
    poll->setObjectName(QStringLiteral("integrityCheckPoll"));
    QObject::connect(poll, &QTimer::timeout, window, [this, poll, window]() {
        if (!m_check->isFinished())
            return;
        poll->stop();
        poll->deleteLater();
        const Status verdict = m_check->result();
        if (verdict)
            return;
        m_damaged = true;
        DamagedDatabaseDialog dialog(m_path, verdict.error().message, window);
        dialog.exec();
        if (dialog.choice() == DamagedDatabaseDialog::Choice::Restore)
            PendingRestore::request(dialog.chosenBackup());
        else if (dialog.choice() == DamagedDatabaseDialog::Choice::Quit)
            QTimer::singleShot(0, qApp, []() { QApplication::closeAllWindows(); });
    });
    poll->start(100);
}

void DatabaseStartup::backUpOnClose(Database& db, QWidget* parent)
{
    if (db.isServer() || m_damaged || (m_check && !m_check->result()))
        return;
    const Result<std::optional<BackupInfo>> made = WaitCursor::during([&db, parent]() {
        return AutomaticBackup::runOnClose(db, [&db, parent]() { return BackupPassphrase::obtain(db.path(), parent); });
    });
    if (!made)
        QMessageBox::warning(
            parent, Tr::tr("Backup failed"),
            Tr::tr("The automatic backup on closing failed: %1\nYour data is saved in %2; make a backup "
                   "from the File menu the next time, or check the disk.")
                .arg(made.error().message, db.path()));
}

bool DatabaseStartup::restore(const QString& databasePath, const QString& backupPath, QWidget* parent)
{
    std::optional<Passphrase> passphrase;
    if (SealedFile::isSealed(backupPath)) {
        QInputDialog ask(parent);
        ask.setObjectName(QStringLiteral("restorePassphraseDialog"));
        ask.setWindowTitle(Tr::tr("Encrypted backup"));
        ask.setLabelText(Tr::tr("%1 is encrypted. Type its passphrase to restore it:").arg(backupPath));
        ask.setTextEchoMode(QLineEdit::Password);
        if (ask.exec() != QDialog::Accepted)
            return false;
        passphrase.emplace(ask.textValue());
    }
    const Result<QString> aside = WaitCursor::during(
        [&]() { return BackupStore(databasePath).restore(backupPath, passphrase ? &*passphrase : nullptr); });
    if (!aside) {
        QMessageBox::critical(parent, Tr::tr("Restore failed"),
                              Tr::tr("%1\nThe database was not replaced.").arg(aside.error().message));
        return false;
    }
    QMessageBox::information(parent, Tr::tr("Backup restored"),
                             aside->isEmpty() ? Tr::tr("%1 was restored from %2.").arg(databasePath, backupPath)
                                              : Tr::tr("%1 was restored from %2.\nThe replaced file is kept as %3.")
                                                    .arg(databasePath, backupPath, *aside));
    return true;
}

} // namespace outcome
