// The backup dialog's list and actions.
#include "BackupDialog.h"

#include "AppSettings.h"
#include "BackupStore.h"
#include "Database.h"
#include "DatabaseSummary.h"
#include "Passphrase.h"
#include "PendingRestore.h"
#include "ScreenFit.h"
#include "SummaryText.h"
#include "WaitCursor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace outcome {

BackupDialog::BackupDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("backupIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Kept backups, newest first"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("Contents")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase"), this);
    m_encrypt->setObjectName(QStringLiteral("backupEncryptBox"));
    m_encrypt->setAccessibleName(tr("Encrypt the backup with a passphrase"));
    m_encrypt->setToolTip(tr("For a backup that leaves this computer. Without the passphrase nobody can read it, "
                             "you included: keep it in a password manager."));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(Passphrase::kMinimumLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("backupConfirmPassphraseEdit"));
    m_confirm->setAccessibleName(tr("Passphrase again"));
    m_confirm->setEchoMode(QLineEdit::Password);
    const auto showFields = [this](bool on) {
        m_passphrase->setEnabled(on);
        m_confirm->setEnabled(on);
    };
    showFields(false);
    connect(m_encrypt, &QCheckBox::toggled, this, showFields);
    auto* passphraseForm = new QFormLayout;
    passphraseForm->addRow(m_encrypt);
    passphraseForm->addRow(tr("&Passphrase:"), m_passphrase);
    passphraseForm->addRow(tr("&Again:"), m_confirm);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backupNow = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backupNow->setObjectName(QStringLiteral("backupNowButton"));
    m_restore = buttons->addButton(tr("&Restore selected…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this]() {
        if (confirmRestore(selectedBackup()))
            accept();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_restore->setEnabled(!selectedBackup().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(passphraseForm);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_encrypt);
    setTabOrder(m_encrypt, m_passphrase);
    setTabOrder(m_passphrase, m_confirm);
    setTabOrder(m_confirm, m_backupNow);
    setTabOrder(m_backupNow, m_restore);
    ScreenFit::resizeWithin(this, QSize(760, 420));
    refresh();
}

QString BackupDialog::selectedBackup() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void BackupDialog::refresh()
{
    const BackupStore store(m_db.path());
    const int keep = AppSettings::instance().value(AppSettings::Key::BackupsToKeep).toInt();
    m_intro->setText(tr("Backups of %1 are kept in %2 (the newest %n). A backup is made and checked each time the "
                        "program closes after a change, if that is turned on in the settings.",
                        nullptr, keep)
                         .arg(m_db.path(), store.folder()));
    const QLocale locale;
    const QList<BackupInfo> backups = store.list();
    m_table->setRowCount(0);
    for (const BackupInfo& backup : backups) {
        const DatabaseSummary summary = DatabaseSummary::of(backup.path);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* made = new QTableWidgetItem(locale.toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat));
        made->setData(Qt::UserRole, backup.path);
        m_table->setItem(row, 0, made);
        m_table->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(backup.bytes)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(summary.isReadable() ? tr("%1 patients, %2 assessments")
                                                                         .arg(locale.toString(summary.patients),
                                                                              locale.toString(summary.assessments))
                                                                   : summary.problem));
    }
    m_table->resizeColumnsToContents();
    m_restore->setEnabled(!selectedBackup().isEmpty());
    if (backups.isEmpty())
        m_status->setText(tr("There are no backups yet. Choose \"Back up now\" to make the first one."));
}

void BackupDialog::backUpNow()
{
    std::optional<Passphrase> passphrase;
    if (m_encrypt->isChecked()) {
        if (m_passphrase->text() != m_confirm->text()) {
            m_status->setText(tr("The two passphrases differ; type the same one in both fields."));
            m_confirm->setFocus();
            return;
        }
        passphrase.emplace(m_passphrase->text());
        if (const Status acceptable = passphrase->acceptableForNewFile(); !acceptable) {
            m_status->setText(acceptable.error().message);
            m_passphrase->setFocus();
            return;
        }
    }
    const Result<BackupInfo> made = WaitCursor::during([&]() {
        return BackupStore(m_db.path())
            .create(m_db, AppSettings::instance().value(AppSettings::Key::BackupsToKeep).toInt(),
                    passphrase ? &*passphrase : nullptr);
    });
    if (made) {
        m_passphrase->clear();
        m_confirm->clear();
    }
    refresh();
    if (!made) {
        m_status->setText(tr("The backup failed: %1").arg(made.error().message));
        return;
    }
    m_status->setText(made->encrypted ? tr("Backed up, checked and encrypted: %1").arg(made->path)
                                      : tr("Backed up and checked: %1").arg(made->path));
    m_table->selectRow(0);
}

bool BackupDialog::confirmRestore(const QString& backupPath)
{
    if (backupPath.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Restore a backup"),
                    tr("<p>Restoring replaces the database with the backup. Changes made since the backup are no "
                       "longer in the database; the replaced file is kept beside it.</p>"
                       "<p><b>Replace:</b><br>%1</p><p><b>With the backup:</b><br>%2</p>"
                       "<p>The program closes the database, restores, and opens again.</p>")
                        .arg(SummaryText::describe(DatabaseSummary::of(m_db.path())),
                             SummaryText::describe(DatabaseSummary::of(backupPath))),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestoreBox"));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    PendingRestore::request(backupPath);
    return true;
}

} // namespace outcome
