// The damaged-database dialog: the problem, the backups to choose from, and what each button does.
#include "DamagedDatabaseDialog.h"

#include "BackupStore.h"
#include "LabelledComboBox.h"
#include "SummaryText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace outcome {

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString& databasePath, const QString& problem, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("damagedDatabaseDialog"));
    setWindowTitle(tr("The database is damaged"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    auto* message = new QLabel(
        tr("<p><b>The database file is damaged.</b> It was not opened for writing, so nothing more can go wrong "
           "with it.</p><p>%1</p><p>Restore a backup: the damaged file is kept beside the database (renamed), and "
           "the program opens the restored copy. Or look at the damaged file read-only to see what it still "
           "shows.</p>")
            .arg(problem.toHtmlEscaped()),
        this);
    message->setObjectName(QStringLiteral("damagedMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_backups = new LabelledComboBox(this);
    m_backups->setObjectName(QStringLiteral("backupChoice"));
    m_backups->setAccessibleName(tr("Backup to restore"));
    const QLocale locale;
    for (const BackupInfo& backup : BackupStore(databasePath).list())
        m_backups->addItem(locale.toString(backup.createdAt.toLocalTime(), QLocale::LongFormat), backup.path);
    m_backupDetails = new QLabel(this);
    m_backupDetails->setObjectName(QStringLiteral("backupDetails"));
    m_backupDetails->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Backup:"), m_backups);
    form->addRow(QString(), m_backupDetails);

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_readOnly = buttons->addButton(tr("Look &read-only"), QDialogButtonBox::ActionRole);
    m_readOnly->setObjectName(QStringLiteral("readOnlyButton"));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_restore, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::Restore;
        accept();
    });
    connect(m_readOnly, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::ReadOnly;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_backups, &QComboBox::currentIndexChanged, this, &DamagedDatabaseDialog::showChosen);

    if (m_backups->count() == 0) {
        m_backups->setEnabled(false);
        m_restore->setEnabled(false);
        m_backupDetails->setText(tr("There are no backups in %1.").arg(BackupStore::folderFor(databasePath)));
        m_readOnly->setDefault(true);
    } else {
        m_restore->setDefault(true);
        showChosen();
    }

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString DamagedDatabaseDialog::chosenBackup() const
{
    return m_backups->currentData().toString();
}

void DamagedDatabaseDialog::showChosen()
{
    m_backupDetails->setText(SummaryText::describe(DatabaseSummary::of(chosenBackup())));
}

} // namespace outcome
