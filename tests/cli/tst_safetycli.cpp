// The data-safety commands as a user runs them: check, backup, restore, export, import and their exit codes.
#include "CliRunner.h"
#include "Database.h"
#include "PrivateFile.h"
#include "SealedFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestSafetyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesEveryOption_data();
    void helpNamesEveryOption();
    void checkSoundAndDamaged();
    void newerVersionIsRefusedUntouched_data();
    void newerVersionIsRefusedUntouched();
    void backupAndRestore();
    void encryptedBackupAndRestore();
    void encryptedBackupNeedsAGoodPassphrase_data();
    void encryptedBackupNeedsAGoodPassphrase();
    void badImportLeavesFileIdentical();
    void exportImportRoundTrip();
    void encryptedExportArchive();

private:
    QString copyOfDemo(const QString& name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestSafetyCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--patients"),
                               QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("3"),
                               QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QString TestSafetyCli::copyOfDemo(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_demo, path);
    return path;
}

void TestSafetyCli::helpNamesEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("check") << QStringLiteral("check")
                           << QStringList{QStringLiteral("--db"), QStringLiteral("--full"), QStringLiteral("--json")};
    QTest::newRow("backup") << QStringLiteral("backup")
                            << QStringList{QStringLiteral("--db"), QStringLiteral("--to"), QStringLiteral("--keep"),
                                           QStringLiteral("--encrypt")};
    QTest::newRow("restore") << QStringLiteral("restore")
                             << QStringList{QStringLiteral("--db"), QStringLiteral("--from"),
                                            QStringLiteral("--latest"), QStringLiteral("--list"),
                                            QStringLiteral("--yes")};
    QTest::newRow("export") << QStringLiteral("export")
                            << QStringList{QStringLiteral("--db"),           QStringLiteral("--format"),
                                           QStringLiteral("--out"),          QStringLiteral("--patient"),
                                           QStringLiteral("--deidentified"), QStringLiteral("--instruments"),
                                           QStringLiteral("--encrypt")};
    QTest::newRow("unseal") << QStringLiteral("unseal")
                            << QStringList{QStringLiteral("--file"), QStringLiteral("--out")};
    QTest::newRow("import") << QStringLiteral("import")
                            << QStringList{QStringLiteral("--db"), QStringLiteral("--file"), QStringLiteral("--check"),
                                           QStringLiteral("--reason"), QStringLiteral("--instruments")};
}

void TestSafetyCli::helpNamesEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const QString& option : options)
        QVERIFY2(run.out.contains(option.toUtf8()), qPrintable(command + QLatin1Char(' ') + option));
}

void TestSafetyCli::checkSoundAndDamaged()
{
    const QString path = copyOfDemo(QStringLiteral("check.db"));
    CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("is sound"));
    run = runCli({QStringLiteral("check"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))});
    QCOMPARE(run.exitCode, 2);

    const QString sound = m_dir.filePath(QStringLiteral("sound-csv"));
    run = runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--out"), sound});
    QCOMPARE(run.exitCode, 0);

    // Bytes overwritten in a copy: every page header after the first.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 offset = 4096; offset < file.size(); offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(12, '\xA5'));
    }
    file.close();
    const QByteArray damaged = fileBytes(path);
    for (const QString& mode : {QStringLiteral("--json"), QStringLiteral("--full")}) {
        run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path, mode});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
    }
    QCOMPARE(fileBytes(path), damaged);
    // A read-only command opens in constant time and fails where it meets the damage; a writing one is refused
    // before it writes. Neither changes a byte.
    run = runCli({QStringLiteral("patients"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode != 0, run.out.constData());
    run = runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--file"),
                  QDir(sound).filePath(QStringLiteral("answers.csv")), QStringLiteral("--keep-existing")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QCOMPARE(fileBytes(path), damaged);
}

void TestSafetyCli::newerVersionIsRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--out"), QStringLiteral("unused")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--file"),
                                           QStringLiteral(OT_TEST_DATA_DIR "/README.md")};
    QTest::newRow("patients") << QStringList{QStringLiteral("patients")};
}

void TestSafetyCli::newerVersionIsRefusedUntouched()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    QFile::remove(path);
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileBytes(path);
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    const CliRun run = runCli(arguments + QStringList{QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("newer version"), run.err.constData());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), files);
}

void TestSafetyCli::backupAndRestore()
{
    const QString path = copyOfDemo(QStringLiteral("clinic.db"));
    CliRun run =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--keep"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    const QString backup = QString::fromUtf8(run.out).trimmed();
    QVERIFY(QFile::exists(backup));
    run = runCli({QStringLiteral("patients"), QStringLiteral("--db"), path}); // still fine to use
    QCOMPARE(run.exitCode, 0);
    // Change the database after the backup.
    {
        auto db = openDatabase(path);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE patients SET notes = 'after the backup'")));
    }
    run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--latest")});
    QCOMPARE(run.exitCode, 2); // shows both, changes nothing without --yes
    QVERIFY(run.out.contains("Database to replace"));
    QVERIFY(run.out.contains("30 patients"));
    QVERIFY(run.err.contains("--yes"));
    run = runCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), backup,
                  QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("The replaced file is kept as"));
    auto db = openDatabase(path);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM patients WHERE notes = 'after the backup'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("clinic-replaced-*.db")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestSafetyCli::encryptedBackupAndRestore()
{
    const QString path = copyOfDemo(QStringLiteral("sealed.db"));
    const QStringList listPatients{QStringLiteral("patients"), QStringLiteral("--db"), path, QStringLiteral("--json")};
    const CliRun before = runCli(listPatients);
    QCOMPARE(before.exitCode, 0);
    QString familyName;
    {
        auto db = openDatabase(path);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT family_name FROM patients ORDER BY id LIMIT 1")) && query.next());
        familyName = query.value(0).toString();
    }
    const QByteArray passphrase = "a clinic's own long passphrase\n";
    const QString backup = m_dir.filePath(QStringLiteral("sealed-backup.enc"));
    CliRun run = runCliWithInput({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--to"),
                                  backup, QStringLiteral("--encrypt")},
                                 passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), backup);
    QVERIFY(SealedFile::isSealed(backup));
    const QByteArray sealedBytes = fileBytes(backup);
    QVERIFY(!sealedBytes.contains("SQLite format 3"));
    QVERIFY(!sealedBytes.contains(familyName.toUtf8()));
    // Only the encrypted file is left: no plain copy beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("sealed-backup*")}, QDir::Files),
             QStringList{QStringLiteral("sealed-backup.enc")});

    {
        auto db = openDatabase(path);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE patients SET notes = 'after the backup'")));
    }
    const QByteArray changed = fileBytes(path);
    // The files in the folder, but for the log files SQLite makes when restore describes the database.
    const auto files = [this]() {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString& name) {
            return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
        });
        return names;
    };
    const QStringList filesBefore = files();
    const QStringList restore{QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), backup,
                              QStringLiteral("--yes")};

    // Without a passphrase on standard input, and with a wrong one: nothing changes.
    run = runCliWithInput(restore, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("standard input"), run.err.constData());
    QVERIFY(run.out.contains("encrypted"));
    run = runCliWithInput(restore, "a clinic's own long passphrasE\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("passphrase does not open"), run.err.constData());
    QCOMPARE(fileBytes(path), changed);
    QCOMPARE(files(), filesBefore);

    // A changed byte is refused the same way.
    QByteArray tampered = sealedBytes;
    tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x40);
    const QString tamperedPath = m_dir.filePath(QStringLiteral("tampered.enc"));
    QFile tamperedFile(tamperedPath);
    QVERIFY(tamperedFile.open(QIODevice::WriteOnly) && tamperedFile.write(tampered) == tampered.size());
    tamperedFile.close();
    run = runCliWithInput({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                           tamperedPath, QStringLiteral("--yes")},
                          passphrase);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("changed or damaged"), run.err.constData());
    QCOMPARE(fileBytes(path), changed);
    QStringList withTampered = filesBefore + QStringList{QStringLiteral("tampered.enc")};
    withTampered.sort();
    QCOMPARE(files(), withTampered);

    run = runCliWithInput(restore, passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("The replaced file is kept as"));
    const CliRun after = runCli(listPatients);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
    auto db = openDatabase(path);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM patients WHERE notes = 'after the backup'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestSafetyCli::encryptedBackupNeedsAGoodPassphrase_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing piped in") << QByteArray() << QByteArray("standard input");
    QTest::newRow("empty line") << QByteArray("\n") << QByteArray("empty");
    QTest::newRow("too short") << QByteArray("short\n") << QByteArray("at least 10");
}

void TestSafetyCli::encryptedBackupNeedsAGoodPassphrase()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const QString path = copyOfDemo(QStringLiteral("refused.db"));
    const QString folder = m_dir.filePath(QStringLiteral("refused-backups"));
    QDir(folder).removeRecursively();
    const CliRun run =
        runCliWithInput({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--encrypt")}, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
}

void TestSafetyCli::badImportLeavesFileIdentical()
{
    const QString source = copyOfDemo(QStringLiteral("source.db"));
    const QString out = m_dir.filePath(QStringLiteral("csv"));
    CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    QByteArray answers = fileBytes(QDir(out).filePath(QStringLiteral("answers.csv")));
    const QString target = m_dir.filePath(QStringLiteral("target.db"));
    QVERIFY(openDatabase(target));
    const QByteArray before = fileBytes(target);
    answers +=
        "Z1,Last,Line,1980-01-01,female,2026-01-05,standard-8x4,1,active,,Care,Anna Keller,1,baseline,0,,2026-01-05,"
        "2026-01-05,done,,nrs,1,0,pain,11,,\r\n";
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(answers);
    file.close();
    run = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--file"), bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
    QVERIFY2(run.err.contains("column 25 (value)"), run.err.constData());
    QCOMPARE(fileBytes(target), before);
}

void TestSafetyCli::exportImportRoundTrip()
{
    const QString first = m_dir.filePath(QStringLiteral("first"));
    const QString second = m_dir.filePath(QStringLiteral("second"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_demo, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), first})
                 .exitCode,
             0);
    const QString copy = m_dir.filePath(QStringLiteral("imported.db"));
    CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, QStringLiteral("--file"),
                         QDir(first).filePath(QStringLiteral("answers.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), second})
                 .exitCode,
             0);
    for (const QString& name :
         {QStringLiteral("answers.csv"), QStringLiteral("scores.csv"), QStringLiteral("wide.csv")})
        QCOMPARE(fileBytes(QDir(second).filePath(name)), fileBytes(QDir(first).filePath(name)));
    run = runCli({QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("--format"),
                  QStringLiteral("fhir"), QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"resourceType\": \"Bundle\""));
}

void TestSafetyCli::encryptedExportArchive()
{
    const QString path = copyOfDemo(QStringLiteral("archive.db"));
    const QByteArray passphrase = "sent to the referrer by phone\n";
    const QString plainFolder = m_dir.filePath(QStringLiteral("plain-export"));
    CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), plainFolder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList exported = QDir(plainFolder).entryList(QDir::Files, QDir::Name);
    QVERIFY(exported.contains(QStringLiteral("answers.csv")));
    QString chart;
    {
        auto db = openDatabase(path);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT chart_number FROM patients ORDER BY id LIMIT 1")) && query.next());
        chart = query.value(0).toString();
    }

    // One encrypted file, and nothing readable beside it: no folder of CSV files, no name, no chart number.
    const QString archive = m_dir.filePath(QStringLiteral("clinic-export.otx"));
    run = runCliWithInput({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), archive, QStringLiteral("--encrypt")},
                          passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), archive);
    QVERIFY(SealedFile::isSealed(archive));
    const QByteArray sealedBytes = fileBytes(archive);
    QVERIFY(!sealedBytes.contains(chart.toUtf8()));
    QVERIFY(!sealedBytes.contains("answers.csv"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("clinic-export*")}, QDir::Files | QDir::Dirs),
             QStringList{QStringLiteral("clinic-export.otx")});

    // A wrong passphrase and a changed byte open nothing and leave no folder.
    const QString opened = m_dir.filePath(QStringLiteral("opened"));
    const QStringList unseal{QStringLiteral("unseal"), QStringLiteral("--file"), archive, QStringLiteral("--out"),
                             opened};
    run = runCliWithInput(unseal, "sent to the referrer by phonE\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("passphrase does not open"), run.err.constData());
    QVERIFY(!QFileInfo::exists(opened));
    QByteArray tampered = sealedBytes;
    tampered[tampered.size() - 40] = static_cast<char>(tampered[tampered.size() - 40] ^ 0x01);
    const QString tamperedPath = m_dir.filePath(QStringLiteral("tampered.otx"));
    QFile tamperedFile(tamperedPath);
    QVERIFY(tamperedFile.open(QIODevice::WriteOnly) && tamperedFile.write(tampered) == tampered.size());
    tamperedFile.close();
    run = runCliWithInput(
        {QStringLiteral("unseal"), QStringLiteral("--file"), tamperedPath, QStringLiteral("--out"), opened},
        passphrase);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFileInfo::exists(opened));

    // The right one gives back the files of a plain export of the same data, byte for byte.
    run = runCliWithInput(unseal, passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(opened).entryList(QDir::Files, QDir::Name), exported);
    for (const QString& name :
         {QStringLiteral("answers.csv"), QStringLiteral("scores.csv"), QStringLiteral("wide.csv")})
        QVERIFY2(fileBytes(QDir(opened).filePath(name)) == fileBytes(QDir(plainFolder).filePath(name)),
                 qPrintable(name));
    QVERIFY(!PrivateFile::readableByOthers(QDir(opened).filePath(QStringLiteral("answers.csv"))));
    // Opened again into the same folder, it refuses before writing over the files there.
    run = runCliWithInput(unseal, passphrase);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already holds a file named"), run.err.constData());

    // A FHIR bundle travels the same way.
    const QString fhirArchive = m_dir.filePath(QStringLiteral("bundle.otx"));
    run = runCliWithInput({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                           QStringLiteral("fhir"), QStringLiteral("--out"), fhirArchive, QStringLiteral("--encrypt")},
                          passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString fhirOpened = m_dir.filePath(QStringLiteral("fhir-opened"));
    run = runCliWithInput(
        {QStringLiteral("unseal"), QStringLiteral("--file"), fhirArchive, QStringLiteral("--out"), fhirOpened},
        passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(fileBytes(QDir(fhirOpened).filePath(QStringLiteral("bundle.json"))).contains("\"resourceType\""));

    // A short passphrase, and an archive to standard output, are refused before anything is written.
    const QString refused = m_dir.filePath(QStringLiteral("refused.otx"));
    run = runCliWithInput({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), refused, QStringLiteral("--encrypt")},
                          "short\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("at least 10"), run.err.constData());
    QVERIFY(!QFileInfo::exists(refused));
    run = runCliWithInput({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                           QStringLiteral("fhir"), QStringLiteral("--out"), QStringLiteral("-"),
                           QStringLiteral("--encrypt")},
                          passphrase);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not to -"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestSafetyCli)
#include "tst_safetycli.moc"
