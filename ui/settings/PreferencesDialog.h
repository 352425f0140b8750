// Edit → Preferences: the settings a clinician chooses (language, report paper, backups, colours), saved on OK.
#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace outcome {

class AppSettings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    // The clinic's maximum for the idle lock, set by an administrator: the preference cannot go above it.
    void setIdleLockMaximum(std::optional<int> minutes);

    // The open database: its backup passphrase can then be set in the keychain from here.
    void setDatabasePath(const QString& path);

    // Writes every choice to the settings and closes; the colours apply at once, the language at the next start.
    void accept() override;

    // The paper-size values kept in AppSettings::Key::PaperSize: "" follows the locale.
    static QStringList paperSizes();

private:
    void load();
    // Asks for a new backup passphrase and keeps it in the keychain; false when cancelled.
    bool setBackupPassphrase();

    AppSettings& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_paperSize = nullptr;
    QComboBox* m_colorScheme = nullptr;
    QSpinBox* m_backupsToKeep = nullptr;
    QSpinBox* m_idleLockMinutes = nullptr;
    QLabel* m_idleLockNote = nullptr;
    QCheckBox* m_backupOnClose = nullptr;
    QCheckBox* m_encryptBackups = nullptr;
    QPushButton* m_backupPassphrase = nullptr;
    QString m_databasePath;
};

} // namespace outcome
