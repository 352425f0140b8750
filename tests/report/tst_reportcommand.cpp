// `outcome-tracker-cli report`: one patient or a batch to PDF without a display, and its contract: exit 2 naming
// an unknown patient, exit 1 naming an unwritable path with nothing left behind, one file per reportable patient.
#include "CliRunner.h"
#include "Clock.h"
#include "PdfText.h"
#include "SampleDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesOnePatient();
    void deidentifiedLeavesOutWhoItIs();
    void encryptedForSending();
    void unknownPatientIsBadInput();
    void unwritablePathLeavesNothing();
    void batchWritesReportablePatients();
    void batchDeidentifiedNamesFilesByPseudonym();
    void batchNeverOverwrites();
    void needsNoDisplay();
    void badArguments_data();
    void badArguments();

private:
    QStringList single(const QString& out) const;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(m_db);
    QVERIFY(db);
    storeSampleCourse(*db);
    // Archived: never in a batch.
    const StoredSample archived = storeSampleCourse(
        *db, samplePatient(QStringLiteral("C000002"), QStringLiteral("Gone"), QStringLiteral("Olga")));
    QVERIFY(PatientRepository(*db).setArchived(archived.patientId, true, QStringLiteral("moved away")).ok());
    // A course that has not begun: nothing to report. The command runs on the system calendar in its own process,
    // so the start is reckoned from the same day.
    Result<qint64> waiting = PatientRepository(*db).create(
        samplePatient(QStringLiteral("C000003"), QStringLiteral("Later"), QStringLiteral("Lou")));
    QVERIFY(waiting.ok());
    CourseTemplateRepository templates(*db);
    Result<qint64> templateId = templates.ensureStandard();
    QVERIFY(templateId.ok());
    QVERIFY(CourseRepository(*db)
                .start(*waiting, *templates.find(*templateId), Clock::today().addDays(7), QStringLiteral("Rehab"))
                .ok());
}

QStringList TestReportCommand::single(const QString& out) const
{
    return {QStringLiteral("report"),  QStringLiteral("--db"),  m_db, QStringLiteral("--patient"),
            QStringLiteral("C000001"), QStringLiteral("--out"), out};
}

void TestReportCommand::writesOnePatient()
{
    const QString out = m_dir.filePath(QStringLiteral("one.pdf"));
    const CliRun run = runCli(single(out) << QStringLiteral("--preset") << QStringLiteral("specialist"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("Jane Example")));
    QVERIFY(text.contains(QStringLiteral("C000001")));
    QVERIFY(text.contains(QStringLiteral("Oswestry Disability Index")));
    QVERIFY(text.contains(QStringLiteral("\u221222 points")));
    QVERIFY(pdfUnembeddedFonts(out).isEmpty());
}

void TestReportCommand::deidentifiedLeavesOutWhoItIs()
{
    const QString out = m_dir.filePath(QStringLiteral("anonymous.pdf"));
    const CliRun run = runCli(single(out) << QStringLiteral("--deidentified"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(out);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("Jane")));
    QVERIFY(!text.contains(QStringLiteral("Example")));
    QVERIFY(!text.contains(QStringLiteral("C000001")));
    QVERIFY(!text.contains(QStringLiteral("1970")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("P[0-9A-F]{12}"))));
}

void TestReportCommand::encryptedForSending()
{
    const QString archive = m_dir.filePath(QStringLiteral("referral.otx"));
    const QByteArray passphrase = "told to the specialist\n";
    CliRun run = runCliWithInput(single(archive) << QStringLiteral("--encrypt"), passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!fileBytes(archive).contains("%PDF"));
    QVERIFY(!fileBytes(archive).contains("C000001"));
    const QString opened = m_dir.filePath(QStringLiteral("referral"));
    run = runCliWithInput(
        {QStringLiteral("unseal"), QStringLiteral("--file"), archive, QStringLiteral("--out"), opened}, passphrase);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString pdf = QDir(opened).filePath(QStringLiteral("report.pdf"));
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), pdf);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Jane Example")));
    QVERIFY(text.contains(QStringLiteral("Oswestry Disability Index")));

    // Not for a batch, and never over an existing file.
    run = runCliWithInput({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
                           QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("sealed-batch")),
                           QStringLiteral("--encrypt")},
                          passphrase);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--encrypt: only with --patient"), run.err.constData());
    const QByteArray before = fileBytes(archive);
    run = runCliWithInput(single(archive) << QStringLiteral("--encrypt"), passphrase);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(fileBytes(archive), before);
}

void TestReportCommand::unknownPatientIsBadInput()
{
    const QString out = m_dir.filePath(QStringLiteral("nobody.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--patient"),
                               QStringLiteral("C999999"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("C999999"), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestReportCommand::unwritablePathLeavesNothing()
{
    // A file where a folder should be: no user, not even root, can write beneath it.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString out = m_dir.filePath(QStringLiteral("blocker/report.pdf"));
    const CliRun run = runCli(single(out));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(out.toUtf8()), run.err.constData());
    QVERIFY(!QFile::exists(out));

    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    const CliRun batch = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
                                 QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("blocker/batch"))});
    QCOMPARE(batch.exitCode, 1);
    QVERIFY2(batch.err.contains("blocker"), batch.err.constData());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void TestReportCommand::batchWritesReportablePatients()
{
    const QString folder = m_dir.filePath(QStringLiteral("batch"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
                               QStringLiteral("--out-dir"), folder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("C000001.pdf")});
    QVERIFY2(run.err.contains("1/1 C000001.pdf"), run.err.constData());
    QVERIFY(pdfText(QDir(folder).filePath(QStringLiteral("C000001.pdf"))).contains(QStringLiteral("Jane Example")));
}

void TestReportCommand::batchDeidentifiedNamesFilesByPseudonym()
{
    const QString folder = m_dir.filePath(QStringLiteral("batch-anonymous"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
                               QStringLiteral("--out-dir"), folder, QStringLiteral("--deidentified")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^P[0-9A-F]{12}\\.pdf$")).match(files.first()).hasMatch(),
             qPrintable(files.first()));
    QVERIFY(!run.err.contains("C000001"));
}

void TestReportCommand::batchNeverOverwrites()
{
    // "X/1", "X_1" and "x_1" all become x_1.pdf on a file system that ignores case: three files, three reports.
    const QString path = m_dir.filePath(QStringLiteral("same-names.db"));
    {
        auto db = openDatabase(path);
        QVERIFY(db);
        for (const char* chart : {"X/1", "X_1", "x_1"})
            storeSampleCourse(*db, samplePatient(QString::fromLatin1(chart), QString::fromLatin1(chart)));
    }
    const QString folder = m_dir.filePath(QStringLiteral("batch-same-names"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--all"),
                               QStringLiteral("--out-dir"), folder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    QCOMPARE(files.size(), 3);
    QVERIFY2(run.err.contains("3 reports written to"), run.err.constData());
    // Each file holds its own patient, and the renamed ones are named on the way.
    QSet<QString> families;
    for (const QString& file : files) {
        const QString text = pdfText(QDir(folder).filePath(file));
        for (const char* chart : {"X/1", "X_1", "x_1"}) {
            if (text.contains(QStringLiteral("Jane %1").arg(QString::fromLatin1(chart))))
                families.insert(QString::fromLatin1(chart));
        }
    }
    QCOMPARE(families.size(), 3);
    QCOMPARE(run.err.count("since"), 2);
    QVERIFY2(run.err.contains("-2.pdf, since") && run.err.contains("-3.pdf, since"), run.err.constData());
}

void TestReportCommand::needsNoDisplay()
{
    const QString out = m_dir.filePath(QStringLiteral("headless.pdf"));
    const CliRun run = runCliWithoutDisplay(single(out));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(fileBytes(out).startsWith("%PDF"));
}

void TestReportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QStringList base{QStringLiteral("report"), QStringLiteral("--db"), m_db};
    const QStringList patient = base + QStringList{QStringLiteral("--patient"), QStringLiteral("C000001")};
    const QStringList toPdf = patient + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad.pdf"))};
    QTest::newRow("neither patient nor all") << base << 2 << QStringLiteral("--all");
    QTest::newRow("both patient and all")
        << (patient + QStringList{QStringLiteral("--all")}) << 2 << QStringLiteral("--patient");
    QTest::newRow("no out") << patient << 2 << QStringLiteral("--out");
    QTest::newRow("not a pdf") << (patient +
                                   QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.txt"))})
                               << 2 << QStringLiteral(".pdf");
    QTest::newRow("unknown preset") << (toPdf + QStringList{QStringLiteral("--preset"), QStringLiteral("cardiology")})
                                    << 2 << QStringLiteral("cardiology");
    QTest::newRow("unknown paper") << (toPdf + QStringList{QStringLiteral("--paper"), QStringLiteral("A5")}) << 2
                                   << QStringLiteral("--paper");
    QTest::newRow("all without out-dir") << (base + QStringList{QStringLiteral("--all")}) << 2
                                         << QStringLiteral("--out-dir");
}

void TestReportCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
