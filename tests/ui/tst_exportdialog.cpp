// File ▸ Export…: the dialog driven with the keyboard and mouse writes the same files as the command line, for the
// chosen patients, identified or de-identified.
#include "ExportDialog.h"
#include "FixedClock.h"
#include "InlineMessage.h"
#include "SampleDatabase.h"
#include "SealedArchive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deidentifiedCsvOfOnePatient();
    void fhirOfEveryone();
    void databaseIsNeverOverwritten();
    void encryptedForSending();

private:
    static QByteArray read(const QString& path);

    const FixedClock m_clock{QDate(2026, 12, 1)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load({});
    StoredSample m_sample;
    qint64 m_otherId = 0;
};

QByteArray TestExportDialog::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExportDialog::initTestCase()
{
    m_db = openDatabase(m_dir.filePath(QStringLiteral("export.db")));
    QVERIFY(m_db);
    m_sample = storeSampleCourse(*m_db);
    Result<qint64> other = PatientRepository(*m_db).create(
        samplePatient(QStringLiteral("C000002"), QStringLiteral("Otherperson"), QStringLiteral("Sam")));
    QVERIFY(other.ok());
    m_otherId = *other;
}

void TestExportDialog::deidentifiedCsvOfOnePatient()
{
    ExportDialog dialog(*m_db, m_library, m_sample.patientId, {m_sample.patientId, m_otherId});
    dialog.show();
    auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("exportScopeCombo"));
    auto* deidentified = dialog.findChild<QCheckBox*>(QStringLiteral("exportDeidentifiedCheck"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    QVERIFY(scope && deidentified && path && button && progress);
    QCOMPARE(scope->count(), 3); // the open patient, the two listed, everyone
    QCOMPARE(scope->currentIndex(), 0);
    QVERIFY(!button->isEnabled()); // nowhere to write yet
    QTest::mouseClick(deidentified, Qt::LeftButton, {}, QPoint(5, deidentified->height() / 2));
    QVERIFY(deidentified->isChecked());
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    QTest::keyClicks(path, folder);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(dialog.written().size(), 4); // no audit file when de-identified
    const QByteArray answers = read(QDir(folder).filePath(QStringLiteral("answers.csv")));
    QVERIFY(answers.startsWith("patient_id,age_years,sex,"));
    QVERIFY(answers.contains("odi"));
    QVERIFY(!answers.contains("C000001"));
    QVERIFY(!answers.contains("Example"));
    QVERIFY(!answers.contains("2026-03-02"));
    const QByteArray scores = read(QDir(folder).filePath(QStringLiteral("scores.csv")));
    QVERIFY(!scores.contains("Exercise therapy")); // the treatment label is free text
}

void TestExportDialog::fhirOfEveryone()
{
    ExportDialog dialog(*m_db, m_library, 0, {});
    dialog.show();
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("exportFormatCombo"));
    auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("exportScopeCombo"));
    auto* freeText = dialog.findChild<QCheckBox*>(QStringLiteral("exportFreeTextCheck"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
    QVERIFY(format && scope && freeText && path);
    QCOMPARE(scope->count(), 1);     // no patient open, none listed: everyone
    QVERIFY(!freeText->isEnabled()); // free text is a choice only when de-identifying
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(format->currentIndex(), 1);
    const QString file = m_dir.filePath(QStringLiteral("bundle.json"));
    QTest::keyClicks(path, file);
    QTest::keyClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::Key_Space);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QJsonDocument bundle = QJsonDocument::fromJson(read(file));
    int patients = 0;
    for (const QJsonValue& entry : bundle[QStringLiteral("entry")].toArray())
        patients +=
            entry[QStringLiteral("resource")][QStringLiteral("resourceType")].toString() == QLatin1String("Patient");
    QCOMPARE(patients, 2);
    QVERIFY(bundle.toJson().contains("C000001"));
}

void TestExportDialog::databaseIsNeverOverwritten()
{
    // One mistyped name must not replace the clinic's records: the dialog stays open and says why.
    const QString file = m_dir.filePath(QStringLiteral("export.db"));
    const QByteArray before = read(file);
    QVERIFY(before.startsWith("SQLite format 3"));
    ExportDialog dialog(*m_db, m_library, m_sample.patientId, {});
    dialog.show();
    dialog.findChild<QComboBox*>(QStringLiteral("exportFormatCombo"))->setCurrentIndex(1);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit")), file);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<InlineMessage*>()->isVisible());
    QVERIFY(dialog.written().isEmpty());
    QCOMPARE(read(file), before);
}

void TestExportDialog::encryptedForSending()
{
    ExportDialog dialog(*m_db, m_library, m_sample.patientId, {});
    dialog.setEncryptionCost(Argon2Cost::lowest());
    dialog.show();
    auto* encrypt = dialog.findChild<QCheckBox*>(QStringLiteral("exportEncryptCheck"));
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("exportPassphraseEdit"));
    auto* again = dialog.findChild<QLineEdit*>(QStringLiteral("exportConfirmPassphraseEdit"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    auto* message = dialog.findChild<InlineMessage*>();
    QVERIFY(encrypt && passphrase && again && path && button && message);
    QVERIFY(!passphrase->isEnabled());
    encrypt->setFocus();
    QTest::keyClick(encrypt, Qt::Key_Space);
    QVERIFY(passphrase->isEnabled() && again->isEnabled());
    const QString archive = m_dir.filePath(QStringLiteral("for-the-referrer.otx"));
    QTest::keyClicks(path, archive);

    // Two different passphrases, or a short one, write nothing.
    QTest::keyClicks(passphrase, QStringLiteral("a long shared secret"));
    QTest::keyClicks(again, QStringLiteral("a long shared secreT"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(message->isVisible());
    QVERIFY(!QFileInfo::exists(archive));
    again->clear();
    QTest::keyClicks(again, QStringLiteral("a long shared secret"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.written(), QStringList{archive});
    // Nothing else was written beside it, and it reads as nothing without the passphrase.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("for-the-referrer*")}, QDir::Files | QDir::Dirs),
             QStringList{QStringLiteral("for-the-referrer.otx")});
    const QByteArray sealed = read(archive);
    QVERIFY(!sealed.contains("C000001"));
    QVERIFY(!sealed.contains("Example"));

    const QString opened = m_dir.filePath(QStringLiteral("opened"));
    const Result<QStringList> wrong =
        SealedArchive::extract(archive, opened, Passphrase(QStringLiteral("not it at all")));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ErrorKind::Denied);
    const Result<QStringList> files =
        SealedArchive::extract(archive, opened, Passphrase(QStringLiteral("a long shared secret")));
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    // The files of an identified CSV export, the audit trail among them.
    for (const char* name : {"answers.csv", "scores.csv", "wide.csv", "audit.csv"})
        QVERIFY2(files->contains(QDir(opened).filePath(QString::fromLatin1(name))), name);
    const QByteArray answers = read(QDir(opened).filePath(QStringLiteral("answers.csv")));
    QVERIFY(answers.contains("C000001"));
    QVERIFY(answers.contains("odi"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
