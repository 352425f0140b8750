// Settings go through one typed table: defaults, types and a round trip through a settings file.
#include "AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace outcome;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndTypes();
    void roundTripThroughFile();
    void everyKeyHasItsOwnName();
};

void TestAppSettings::defaultsAndTypes()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.value(AppSettings::Key::BackupsToKeep).toInt(), 10);
    QCOMPARE(settings.value(AppSettings::Key::ShowArchived).toBool(), false);
    QCOMPARE(settings.value(AppSettings::Key::ColorScheme).toString(), QStringLiteral("system"));
    QVERIFY(settings.value(AppSettings::Key::Language).toString().isEmpty());
    QVERIFY(settings.value(AppSettings::Key::PaperSize).toString().isEmpty());
    QCOMPARE(settings.value(AppSettings::Key::BackupOnClose).toBool(), true);
}

void TestAppSettings::roundTripThroughFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        settings.setValue(AppSettings::Key::BackupsToKeep, 3);
        settings.setValue(AppSettings::Key::ShowArchived, true);
        settings.setValue(AppSettings::Key::Language, QStringLiteral("de"));
        settings.setValue(AppSettings::Key::PaperSize, QStringLiteral("letter"));
        settings.setValue(AppSettings::Key::BackupOnClose, false);
        settings.setValue(AppSettings::Key::ColorScheme, QStringLiteral("dark"));
        settings.setValue(AppSettings::Key::WindowGeometry, QByteArray("\x01\x02\x03", 3));
        settings.sync();
    }
    AppSettings reread(file);
    QCOMPARE(reread.value(AppSettings::Key::BackupsToKeep).toInt(), 3);
    // Stored as text in the file, read back as the default's type.
    QCOMPARE(reread.value(AppSettings::Key::ShowArchived).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(reread.value(AppSettings::Key::ShowArchived).toBool(), true);
    QCOMPARE(reread.value(AppSettings::Key::Language).toString(), QStringLiteral("de"));
    QCOMPARE(reread.value(AppSettings::Key::PaperSize).toString(), QStringLiteral("letter"));
    QCOMPARE(reread.value(AppSettings::Key::BackupOnClose).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(reread.value(AppSettings::Key::BackupOnClose).toBool(), false);
    QCOMPARE(reread.value(AppSettings::Key::ColorScheme).toString(), QStringLiteral("dark"));
    QCOMPARE(reread.value(AppSettings::Key::WindowGeometry).toByteArray(), QByteArray("\x01\x02\x03", 3));
    reread.reset(AppSettings::Key::BackupsToKeep);
    QCOMPARE(reread.value(AppSettings::Key::BackupsToKeep).toInt(), 10);
}

void TestAppSettings::everyKeyHasItsOwnName()
{
    QSet<QString> names;
    QVERIFY(AppSettings::allKeys().size() >= 10);
    for (AppSettings::Key key : AppSettings::allKeys()) {
        const QString name = AppSettings::keyName(key);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
