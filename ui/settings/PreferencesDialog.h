// Edit → Preferences: the settings a clinician chooses (language, report paper, backups, colours), saved on OK.
#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
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

    // Writes every choice to the settings and closes; the colours apply at once, the language at the next start.
    void accept() override;

    // The paper-size values kept in AppSettings::Key::PaperSize: "" follows the locale.
    static QStringList paperSizes();

private:
    void load();

    AppSettings& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_paperSize = nullptr;
    QComboBox* m_colorScheme = nullptr;
    QSpinBox* m_backupsToKeep = nullptr;
    QSpinBox* m_idleLockMinutes = nullptr;
    QLabel* m_idleLockNote = nullptr;
    QCheckBox* m_backupOnClose = nullptr;
};

} // namespace outcome
