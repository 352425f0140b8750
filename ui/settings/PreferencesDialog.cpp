// The preferences form and its round trip through AppSettings.
#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "BackupPassphrase.h"
#include "ColorScheme.h"
#include "LabelledComboBox.h"
#include "ScreenFit.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outcome {

namespace {

constexpr int kMostBackups = 100;
constexpr int kLongestIdleLock = 60; // minutes

// Selects the entry whose data is `value` (case does not matter: older settings wrote "A4"), else the first.
void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value.toLower());
    combo->setCurrentIndex(std::max(0, index));
}

QComboBox* comboBox(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new LabelledComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    return combo;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QStringList PreferencesDialog::paperSizes()
{
    return {QString(), QStringLiteral("a4"), QStringLiteral("letter")};
}

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = comboBox("languageCombo", tr("Language of the program"), this);
    m_language->addItem(tr("System default"), QString());
    for (const QString& language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    auto* languageNote = note(tr("A new language applies when Outcome Tracker is next started."), this);
    languageNote->setObjectName(QStringLiteral("languageRestartNote"));

    m_colorScheme = comboBox("colorSchemeCombo", tr("Colours of the program"), this);
    const QStringList schemeTitles{tr("Follow the system"), tr("Light"), tr("Dark")};
    for (int i = 0; i < ColorScheme::names().size(); ++i)
        m_colorScheme->addItem(schemeTitles.at(i), ColorScheme::names().at(i));

    // The locale's paper: US Letter where the locale measures in inches, A4 elsewhere.
    const bool letterByLocale = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_paperSize = comboBox("paperSizeCombo", tr("Paper size of reports"), this);
    m_paperSize->addItem(tr("Follow the locale (now %1)").arg(letterByLocale ? tr("US Letter") : tr("A4")),
                         paperSizes().at(0));
    m_paperSize->addItem(tr("A4"), paperSizes().at(1));
    m_paperSize->addItem(tr("US Letter"), paperSizes().at(2));

    m_backupsToKeep = new QSpinBox(this);
    m_backupsToKeep->setObjectName(QStringLiteral("backupsToKeepSpin"));
    m_backupsToKeep->setAccessibleName(tr("Number of automatic backups to keep"));
    m_backupsToKeep->setRange(1, kMostBackups);
    m_backupOnClose = new QCheckBox(tr("Back up &when closing after a change"), this);
    m_backupOnClose->setObjectName(QStringLiteral("backupOnCloseCheck"));
    m_backupOnClose->setAccessibleName(tr("Back up when closing after a change"));

    m_idleLockMinutes = new QSpinBox(this);
    m_idleLockMinutes->setObjectName(QStringLiteral("idleLockMinutesSpin"));
    m_idleLockMinutes->setAccessibleName(tr("Minutes without input before the window locks"));
    m_idleLockMinutes->setRange(1, kLongestIdleLock);
    m_idleLockMinutes->setSuffix(tr(" min"));

    auto* program = new QGroupBox(tr("Program"), this);
    auto* programForm = new QFormLayout(program);
    programForm->addRow(tr("&Language"), m_language);
    programForm->addRow(QString(), languageNote);
    programForm->addRow(tr("&Colours"), m_colorScheme);
    programForm->addRow(tr("Lock &after"), m_idleLockMinutes);
    m_idleLockNote = note(tr("Without input for this long the window hides every patient detail and asks for the "
                             "password (once the clinic has accounts). Ctrl+L locks at once."),
                          this);
    m_idleLockNote->setObjectName(QStringLiteral("idleLockNote"));
    programForm->addRow(QString(), m_idleLockNote);
    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* reportsForm = new QFormLayout(reports);
    reportsForm->addRow(tr("&Paper size"), m_paperSize);
    auto* backups = new QGroupBox(tr("Backups"), this);
    auto* backupsForm = new QFormLayout(backups);
    backupsForm->addRow(m_backupOnClose);
    backupsForm->addRow(tr("&Keep the newest"), m_backupsToKeep);
    backupsForm->addRow(QString(), note(tr("Older automatic backups are removed when a new one is made."), this));
    m_encryptBackups = new QCheckBox(tr("Encr&ypt automatic backups with a passphrase"), this);
    m_encryptBackups->setObjectName(QStringLiteral("encryptBackupsCheck"));
    m_encryptBackups->setAccessibleName(tr("Encrypt automatic backups with a passphrase"));
    m_backupPassphrase = new QPushButton(tr("Backup pass&phrase…"), this);
    m_backupPassphrase->setObjectName(QStringLiteral("backupPassphraseButton"));
    m_backupPassphrase->setEnabled(false);
    connect(m_backupPassphrase, &QPushButton::clicked, this, &PreferencesDialog::setBackupPassphrase);
    auto* encryptRow = new QHBoxLayout;
    encryptRow->addWidget(m_encryptBackups);
    encryptRow->addWidget(m_backupPassphrase);
    encryptRow->addStretch();
    backupsForm->addRow(encryptRow);
    backupsForm->addRow(QString(), note(tr("For backups that leave the building. The passphrase is kept in this "
                                           "computer's keychain; where there is none, it is asked for at each "
                                           "backup. Without it nobody can restore these backups."),
                                        this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(program);
    layout->addWidget(reports);
    layout->addWidget(backups);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    ScreenFit::scrollContents(this, {buttons});
    load();
}

void PreferencesDialog::setIdleLockMaximum(std::optional<int> minutes)
{
    const int stored = m_settings.value(AppSettings::Key::IdleLockMinutes).toInt();
    m_idleLockMinutes->setMaximum(minutes ? *minutes : kLongestIdleLock);
    m_idleLockMinutes->setValue(stored);
    if (minutes)
        m_idleLockNote->setText(
            tr("Without input for this long the window hides every patient detail and asks for the password. The "
               "clinic's administrator set at most %1 minutes for every workstation. Ctrl+L locks at once.")
                .arg(*minutes));
}

void PreferencesDialog::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_backupPassphrase->setEnabled(!path.isEmpty());
}

bool PreferencesDialog::setBackupPassphrase()
{
    std::optional<Passphrase> passphrase = BackupPassphrase::askNew(this);
    if (!passphrase)
        return false;
    if (Status kept = BackupPassphrase::toKeychain(m_databasePath, *passphrase); !kept)
        QMessageBox::information(this, tr("Backup passphrase"),
                                 tr("%1 The passphrase is not stored: Outcome Tracker asks for it each time an "
                                    "encrypted automatic backup is made.")
                                     .arg(kept.error().message));
    return true;
}

void PreferencesDialog::load()
{
    selectData(m_language, m_settings.value(AppSettings::Key::Language).toString());
    selectData(m_colorScheme, m_settings.value(AppSettings::Key::ColorScheme).toString());
    selectData(m_paperSize, m_settings.value(AppSettings::Key::PaperSize).toString());
    m_backupsToKeep->setValue(m_settings.value(AppSettings::Key::BackupsToKeep).toInt());
    m_idleLockMinutes->setValue(m_settings.value(AppSettings::Key::IdleLockMinutes).toInt());
    m_backupOnClose->setChecked(m_settings.value(AppSettings::Key::BackupOnClose).toBool());
    m_encryptBackups->setChecked(m_settings.value(AppSettings::Key::EncryptAutomaticBackups).toBool());
}

void PreferencesDialog::accept()
{
    const bool encrypt = m_encryptBackups->isChecked();
    // Turning encryption on for an open database asks for its passphrase when the keychain has none yet.
    if (encrypt && !m_settings.value(AppSettings::Key::EncryptAutomaticBackups).toBool() && !m_databasePath.isEmpty() &&
        !BackupPassphrase::fromKeychain(m_databasePath) && !setBackupPassphrase())
        return;
    const QString scheme = m_colorScheme->currentData().toString();
    const bool schemeChanged = scheme != m_settings.value(AppSettings::Key::ColorScheme).toString();
    m_settings.setValue(AppSettings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(AppSettings::Key::ColorScheme, scheme);
    m_settings.setValue(AppSettings::Key::PaperSize, m_paperSize->currentData().toString());
    m_settings.setValue(AppSettings::Key::BackupsToKeep, m_backupsToKeep->value());
    m_settings.setValue(AppSettings::Key::BackupOnClose, m_backupOnClose->isChecked());
    m_settings.setValue(AppSettings::Key::IdleLockMinutes, m_idleLockMinutes->value());
    m_settings.setValue(AppSettings::Key::EncryptAutomaticBackups, encrypt);
    m_settings.sync();
    if (schemeChanged)
        ColorScheme::apply(scheme);
    QDialog::accept();
}

} // namespace outcome
