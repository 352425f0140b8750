// The Debian package: built by CPack, holding programs, desktop file, icons, metainfo and instruments,
// installable into a scratch root where the installed command-line tool runs; desktop metadata validates.
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contents();
    void installedProgramRuns();
    void desktopFileValidates();
    void metainfoValidates();

private:
    static QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr,
                       const QString& workingDirectory = {});
    QTemporaryDir m_dir;
    QString m_deb;
};

QString TestPackage::run(const QString& program, const QStringList& arguments, int* exitCode,
                         const QString& workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    process.waitForFinished(540000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int exitCode = -1;
    const QString output = run(QStringLiteral("cpack"),
                               {QStringLiteral("--config"), QStringLiteral(OT_CPACK_CONFIG), QStringLiteral("-G"),
                                QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path()},
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.first());
    QVERIFY(m_deb.contains(QStringLiteral(OT_VERSION_TEXT)));
}

void TestPackage::contents()
{
    int exitCode = -1;
    const QString listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QString appId = QStringLiteral(OT_APP_ID_TEXT);
    for (const QString& expected :
         QStringList{QStringLiteral("./usr/bin/outcome-tracker\n"), QStringLiteral("./usr/bin/outcome-tracker-cli\n"),
                     QStringLiteral("./usr/bin/outcome-tracker-cli-draw\n"),
                     QStringLiteral("./usr/share/applications/") + appId + QStringLiteral(".desktop"),
                     QStringLiteral("./usr/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"),
                     QStringLiteral("./usr/share/icons/hicolor/48x48/apps/") + appId + QStringLiteral(".png"),
                     QStringLiteral("./usr/share/icons/hicolor/256x256/apps/") + appId + QStringLiteral(".png"),
                     QStringLiteral("./usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
                     QStringLiteral("./usr/share/outcome-tracker/instruments/odi.json"),
                     QStringLiteral("./usr/share/outcome-tracker/instruments/rand36.json"),
                     QStringLiteral("./usr/share/doc/outcome-tracker/copyright")}) {
        QVERIFY2(listing.contains(expected), qPrintable(expected));
    }
    const QString control = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    for (const char* dependency : {"libqt6core6", "libqt6widgets6", "libqt6sql6-sqlite", "libqcustomplot2.1-qt6",
                                   "libsodium23", "qt6-translations-l10n"})
        QVERIFY2(control.contains(QLatin1String(dependency)), qPrintable(control));
    // What a workstation of a clinic server needs as well.
    const QString recommends =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Recommends")});
    QVERIFY2(recommends.contains(QLatin1String("libqt6sql6-psql")), qPrintable(recommends));
    const QString suggests = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Suggests")});
    QVERIFY2(suggests.contains(QLatin1String("postgresql-client")), qPrintable(suggests));
}

void TestPackage::installedProgramRuns()
{
    const QString root = m_dir.filePath(QStringLiteral("root"));
    int exitCode = -1;
    const QString output = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, root}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const QString version =
        run(root + QStringLiteral("/usr/bin/outcome-tracker-cli"), {QStringLiteral("--version")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(version.trimmed(), QStringLiteral("outcome-tracker-cli " OT_VERSION_TEXT));
    // The installed tool scores from its compiled-in definitions, with no source tree around.
    const QString score =
        run(root + QStringLiteral("/usr/bin/outcome-tracker-cli"),
            {QStringLiteral("score"), QStringLiteral("nrs"), QStringLiteral("--answers"), QStringLiteral("7")},
            &exitCode, root);
    QCOMPARE(exitCode, 0);
    QVERIFY2(score.contains(QStringLiteral("\"score\":7")), qPrintable(score));
    // A drawing command is handed over to the installed drawing program beside it.
    const QString chartHelp = run(root + QStringLiteral("/usr/bin/outcome-tracker-cli"),
                                  {QStringLiteral("chart"), QStringLiteral("--help")}, &exitCode, root);
    QCOMPARE(exitCode, 0);
    QVERIFY2(chartHelp.contains(QStringLiteral("--measure")), qPrintable(chartHelp));
}

void TestPackage::desktopFileValidates()
{
    int exitCode = -1;
    const QString output = run(QStringLiteral("desktop-file-validate"),
                               {QStringLiteral(OT_PACKAGING_DIR "/linux/" OT_APP_ID_TEXT ".desktop")}, &exitCode);
    QVERIFY2(exitCode == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

void TestPackage::metainfoValidates()
{
    int exitCode = -1;
    const QString output = run(QStringLiteral("appstreamcli"),
                               {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                QStringLiteral(OT_PACKAGING_DIR "/linux/" OT_APP_ID_TEXT ".metainfo.xml")},
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
