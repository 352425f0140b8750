// The export summary and clinic details dialogs on real widgets: presets fill the sections, the PDF is saved where
// the (replaced) file dialog says, presets and the letterhead are saved to the database, and the main window offers
// the action only with a course open.
#include "AppSettings.h"
#include "ClinicDetailsDialog.h"
#include "ClinicSettingsRepository.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "ReportExportDialog.h"
#include "ReportPresetStore.h"
#include "SampleDatabase.h"
#include "SealedArchive.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestReportExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetFillsTheSections();
    void savesThePdfWhereChosen();
    void encryptedForSending();
    void deidentifiedLeavesNotesOut();
    void savesAPreset();
    void clinicDetailsAreSaved();
    void unreadableLogoIsRefused();
    void mainWindowOffersExportWithACourse();

private:
    static QListWidgetItem* item(QListWidget* list, const QString& key);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load({});
    StoredSample m_sample;
};

void TestReportExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_db = openDatabase(m_dir.filePath(QStringLiteral("dialog.db")));
    QVERIFY(m_db);
    m_sample = storeSampleCourse(*m_db);
}

QListWidgetItem* TestReportExportDialog::item(QListWidget* list, const QString& key)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key)
            return list->item(row);
    }
    return nullptr;
}

void TestReportExportDialog::presetFillsTheSections()
{
    ReportExportDialog dialog(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("reportPresetCombo"));
    auto* charts = dialog.findChild<QListWidget*>(QStringLiteral("reportChartsList"));
    auto* measures = dialog.findChild<QListWidget*>(QStringLiteral("reportMeasuresList"));
    auto* notes = dialog.findChild<QCheckBox*>(QStringLiteral("reportNotesCheck"));
    auto* events = dialog.findChild<QCheckBox*>(QStringLiteral("reportEventsCheck"));
    QVERIFY(preset && charts && measures && notes && events);
    QVERIFY(item(charts, QStringLiteral("odi/total")) && item(charts, QStringLiteral("rand36/profile")));
    QVERIFY(item(measures, QStringLiteral("markers/crp")));

    preset->setCurrentIndex(preset->findData(QStringLiteral("specialist")));
    QVERIFY(notes->isChecked());
    QCOMPARE(item(charts, QStringLiteral("rand36/profile"))->checkState(), Qt::Checked);
    QCOMPARE(item(charts, QStringLiteral("nrs/score"))->checkState(), Qt::Checked);
    QCOMPARE(item(measures, QStringLiteral("markers/crp"))->checkState(), Qt::Checked);

    preset->setCurrentIndex(preset->findData(QStringLiteral("patient")));
    QVERIFY(!notes->isChecked());
    QVERIFY(!events->isChecked());
    QCOMPARE(item(charts, QStringLiteral("rand36/profile"))->checkState(), Qt::Unchecked);
    QCOMPARE(item(charts, QStringLiteral("qvas/score"))->checkState(), Qt::Unchecked);
    QCOMPARE(item(charts, QStringLiteral("odi/total"))->checkState(), Qt::Checked);
    QCOMPARE(item(measures, QStringLiteral("markers/crp"))->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("reportTitleEdit"))->text(), QStringLiteral("Your progress"));

    const ReportOptions options = dialog.options();
    QCOMPARE(options.presetId, QStringLiteral("patient"));
    QCOMPARE(options.chartMeasures, (QStringList{QStringLiteral("nrs/score"), QStringLiteral("odi/total")}));
    QVERIFY(!options.rand36Profile);
}

void TestReportExportDialog::savesThePdfWhereChosen()
{
    ReportExportDialog dialog(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    dialog.show();
    QString suggested;
    const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
    dialog.setPathChooser([&suggested, path](const QString& name) {
        suggested = name;
        return path;
    });
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reportRecipientEdit")),
                     QStringLiteral("Dr Rowan Hale"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportCoverNoteEdit")),
                     QStringLiteral("Thank you for seeing her about the persisting leg pain."));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reportSaveButton")), Qt::LeftButton);
    QVERIFY2(suggested.startsWith(QStringLiteral("C000001_")), qPrintable(suggested));
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Dr Rowan Hale")));
    QVERIFY(text.contains(QStringLiteral("persisting leg pain")));
    QVERIFY(text.contains(QStringLiteral("Jane Example")));
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("reportMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Information);
}

void TestReportExportDialog::encryptedForSending()
{
    ReportExportDialog dialog(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    dialog.setEncryptionCost(Argon2Cost::lowest());
    dialog.show();
    QString suggested;
    const QString archive = m_dir.filePath(QStringLiteral("for-dr-hale.otx"));
    dialog.setPathChooser([&suggested, archive](const QString& name) {
        suggested = name;
        return archive;
    });
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("reportPassphraseEdit"));
    auto* again = dialog.findChild<QLineEdit*>(QStringLiteral("reportPassphraseConfirmEdit"));
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("reportMessage"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("reportSaveButton"));
    QVERIFY(!passphrase->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("reportEncryptCheck"))->click();
    QVERIFY(passphrase->isEnabled() && again->isEnabled());

    // Two different passphrases, then a short one: refused, and no file.
    QTest::keyClicks(passphrase, QStringLiteral("amber-lantern-42"));
    QTest::keyClicks(again, QStringLiteral("amber-lantern-24"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(message->text().startsWith(QLatin1String("Again")), qPrintable(message->text()));
    passphrase->setText(QStringLiteral("short"));
    again->setText(QStringLiteral("short"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(!QFile::exists(archive));

    passphrase->setText(QStringLiteral("amber-lantern-42"));
    again->setText(QStringLiteral("amber-lantern-42"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(suggested.startsWith(QStringLiteral("C000001_")) && suggested.endsWith(QLatin1String(".otx")),
             qPrintable(suggested));
    QCOMPARE(message->kind(), InlineMessage::Kind::Information);
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(QFile::exists(archive));
    QFile sealed(archive);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray bytes = sealed.readAll();
    QVERIFY(!bytes.contains("Example") && !bytes.contains("%PDF"));

    // Opened with the passphrase, it is the report.
    const QString opened = m_dir.filePath(QStringLiteral("opened"));
    QVERIFY(!SealedArchive::extract(archive, opened, Passphrase(QStringLiteral("not the passphrase"))));
    const Result<QStringList> files =
        SealedArchive::extract(archive, opened, Passphrase(QStringLiteral("amber-lantern-42")));
    QVERIFY(files);
    QCOMPARE(files->size(), 1);
    QVERIFY(pdfText(files->first()).contains(QStringLiteral("Jane Example")));
}

void TestReportExportDialog::deidentifiedLeavesNotesOut()
{
    ReportExportDialog dialog(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("reportPresetCombo"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("specialist")));
    auto* notes = dialog.findChild<QCheckBox*>(QStringLiteral("reportNotesCheck"));
    QVERIFY(notes->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("reportDeidentifiedCheck"))->setChecked(true);
    QVERIFY(!notes->isEnabled());
    QString suggested;
    dialog.setPathChooser([&suggested](const QString& name) {
        suggested = name;
        return QString();
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reportSaveButton")), Qt::LeftButton);
    QVERIFY2(suggested.startsWith(QLatin1Char('P')) && !suggested.contains(QStringLiteral("C000001")),
             qPrintable(suggested));
}

void TestReportExportDialog::savesAPreset()
{
    ReportExportDialog dialog(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    auto* measures = dialog.findChild<QListWidget*>(QStringLiteral("reportMeasuresList"));
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("reportPresetCombo"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("insurer")));
    item(measures, QStringLiteral("odi/total"))->setCheckState(Qt::Unchecked);
    dialog.setNameChooser([](const QString&) { return QStringLiteral("Case manager"); });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reportSavePresetButton")), Qt::LeftButton);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("Case manager"));

    const Result<ReportOptions> saved = ReportPresetStore(*m_db).preset(QStringLiteral("Case manager"));
    QVERIFY(saved.ok());
    QVERIFY(!saved->measures.isEmpty());
    QVERIFY(!saved->measures.contains(QStringLiteral("odi/total")));
    QVERIFY(saved->measures.contains(QStringLiteral("rand36/pf")));

    // A second dialog offers it too, and it fills the sections as saved.
    ReportExportDialog again(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    auto* presetAgain = again.findChild<QComboBox*>(QStringLiteral("reportPresetCombo"));
    const int index = presetAgain->findData(QStringLiteral("Case manager"));
    QVERIFY(index >= 0);
    presetAgain->setCurrentIndex(index);
    auto* measuresAgain = again.findChild<QListWidget*>(QStringLiteral("reportMeasuresList"));
    QCOMPARE(item(measuresAgain, QStringLiteral("odi/total"))->checkState(), Qt::Unchecked);
    QCOMPARE(item(measuresAgain, QStringLiteral("rand36/pf"))->checkState(), Qt::Checked);
}

void TestReportExportDialog::clinicDetailsAreSaved()
{
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(0x1F, 0x4E, 0x79));
    const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));

    ClinicDetailsDialog dialog(*m_db);
    dialog.setLogoChooser([logoPath]() { return logoPath; });
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clinicNameEdit")), QStringLiteral("Bayside Physio"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("clinicAddressEdit")),
                     QStringLiteral("1 Shore Road"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clinicianNameEdit")), QStringLiteral("Kim Lee"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseLogoButton")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("removeLogoButton"))->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("clinicDetailsSaveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Result<ClinicSettings> saved = ClinicSettingsRepository(*m_db).load();
    QVERIFY(saved.ok());
    QCOMPARE(saved->clinicName, QStringLiteral("Bayside Physio"));
    QCOMPARE(saved->address, QStringLiteral("1 Shore Road"));
    QCOMPARE(saved->clinicianName, QStringLiteral("Kim Lee"));
    QCOMPARE(QImage::fromData(saved->logo).size(), QSize(240, 80));

    // The letterhead is on the next report.
    const QString path = m_dir.filePath(QStringLiteral("letterhead.pdf"));
    ReportExportDialog exporter(*m_db, m_library, m_sample.patientId, m_sample.courseId);
    QVERIFY(exporter.savePdf(path));
    QVERIFY(pdfText(path, 1).contains(QStringLiteral("Bayside Physio")));
    QVERIFY(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).contains(QStringLiteral("240")));
}

void TestReportExportDialog::unreadableLogoIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("not-an-image.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a picture");
    file.close();
    ClinicDetailsDialog dialog(*m_db);
    dialog.show();
    QVERIFY(!dialog.useLogoFile(path));
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("clinicDetailsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("not-an-image.png")));
}

void TestReportExportDialog::mainWindowOffersExportWithACourse()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("window.db")));
    QVERIFY(db);
    const StoredSample sample = storeSampleCourse(*db);
    Result<qint64> without = PatientRepository(*db).create(
        samplePatient(QStringLiteral("C000005"), QStringLiteral("New"), QStringLiteral("Nina")));
    QVERIFY(without.ok());
    MainWindow window(std::move(db));
    auto* action = window.findChild<QAction*>(QStringLiteral("exportSummaryAction"));
    QVERIFY(action);
    QVERIFY(window.menu(MainWindow::Menu::Patient)->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!action->isEnabled());
    window.openPatient(*without);
    QVERIFY2(!action->isEnabled(), "a patient without a course has nothing to summarise");
    window.openPatient(sample.patientId);
    QVERIFY(action->isEnabled());
    auto* clinic = window.findChild<QAction*>(QStringLiteral("clinicDetailsAction"));
    QVERIFY(clinic && window.menu(MainWindow::Menu::File)->actions().contains(clinic));
}

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
