// The settings table and its QSettings storage.
#include "AppSettings.h"

namespace outcome {

namespace {

struct Entry
{
    AppSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

using K = AppSettings::Key;
const Entry kEntries[] = {
    {K::WindowGeometry, "window/geometry", QByteArray()},
    {K::WindowState, "window/state", QByteArray()},
    {K::LastDatabase, "database/last", QString()},
    {K::LastAccount, "database/lastAccount", QString()},
    {K::Language, "ui/language", QString()},
    {K::ShowArchived, "register/showArchived", false},
    {K::PaperSize, "report/paperSize", QString()},
    {K::BackupsToKeep, "backup/keep", 10},
    {K::BackupOnClose, "backup/onClose", true},
    {K::EncryptAutomaticBackups, "backup/encrypt", false},
    {K::IdleLockMinutes, "security/idleLockMinutes", 5},
    {K::ColorScheme, "ui/colorScheme", QStringLiteral("system")},
    {K::OutcomesSplitter, "outcomes/splitter", QByteArray()},
};

const Entry& entryFor(AppSettings::Key key)
{
    for (const Entry& entry : kEntries) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

std::unique_ptr<AppSettings>& sharedInstance()
{
    static std::unique_ptr<AppSettings> settings;
    return settings;
}

} // namespace

AppSettings::AppSettings(const QString& fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

QList<AppSettings::Key> AppSettings::allKeys()
{
    QList<Key> keys;
    for (const Entry& entry : kEntries)
        keys.append(entry.key);
    return keys;
}

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(entryFor(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entryFor(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    const Entry& entry = entryFor(key);
    QVariant stored = m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
    if (entry.defaultValue.isValid() && stored.metaType() != entry.defaultValue.metaType())
        stored.convert(entry.defaultValue.metaType());
    return stored;
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

void AppSettings::sync()
{
    m_settings->sync();
}

AppSettings& AppSettings::instance()
{
    std::unique_ptr<AppSettings>& settings = sharedInstance();
    if (!settings)
        settings = std::make_unique<AppSettings>();
    return *settings;
}

void AppSettings::useFile(const QString& fileName)
{
    sharedInstance() = std::make_unique<AppSettings>(fileName);
}

} // namespace outcome
