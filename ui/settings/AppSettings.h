// Every per-user setting in one table: key, default and scope, read and written through QSettings.
#pragma once

#include <QList>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace outcome {

class AppSettings
{
public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        LastDatabase,
        LastAccount, // the name the sign-in form starts with
        Language,    // "" follows the system locale
        ShowArchived,
        PaperSize, // "" follows the locale; "a4" or "letter"
        BackupsToKeep,
        BackupOnClose,
        EncryptAutomaticBackups,
        IdleLockMinutes,
        ColorScheme,     // "system", "light", "dark"
        OutcomesSplitter // the clinic outcomes view's split between its tables and its charts
    };

    // The platform's place (registry, plist, ~/.config) unless a file is given (tests).
    explicit AppSettings(const QString& fileName = {});

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    static QList<Key> allKeys();
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // The settings object the running application uses.
    static AppSettings& instance();
    // Tests and the command line point the application at a file instead of the platform's place.
    static void useFile(const QString& fileName);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace outcome
