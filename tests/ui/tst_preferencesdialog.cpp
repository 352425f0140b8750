// The preferences dialog shows the stored settings and writes the clinician's choices to the settings file on OK.
#include "AppSettings.h"
#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsStoredValues();
    void okWritesChoicesToTheFile();
    void cancelWritesNothing();
    void everyInputIsNamed();
};

namespace {

template <typename T> T* child(QWidget& dialog, const char* name)
{
    return dialog.findChild<T*>(QString::fromLatin1(name));
}

// Picks a combo box entry with the keyboard, as a clinician would: focus, then Down until the wanted data shows.
void chooseWithKeys(QComboBox* combo, const QString& data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void clickButton(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    auto* buttons = child<QDialogButtonBox>(dialog, "preferencesButtons");
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

} // namespace

void TestPreferencesDialog::showsStoredValues()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(AppSettings::Key::Language, QStringLiteral("de"));
    // An older spelling of the paper size is still recognised.
    settings.setValue(AppSettings::Key::PaperSize, QStringLiteral("A4"));
    settings.setValue(AppSettings::Key::BackupsToKeep, 4);
    settings.setValue(AppSettings::Key::BackupOnClose, false);
    settings.setValue(AppSettings::Key::ColorScheme, QStringLiteral("dark"));
    PreferencesDialog dialog(settings);
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(child<QComboBox>(dialog, "paperSizeCombo")->currentData().toString(), QStringLiteral("a4"));
    QCOMPARE(child<QSpinBox>(dialog, "backupsToKeepSpin")->value(), 4);
    QCOMPARE(child<QCheckBox>(dialog, "backupOnCloseCheck")->isChecked(), false);
    QCOMPARE(child<QComboBox>(dialog, "colorSchemeCombo")->currentData().toString(), QStringLiteral("dark"));
}

void TestPreferencesDialog::okWritesChoicesToTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(file);
    PreferencesDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QString());
    QVERIFY(child<QLabel>(dialog, "languageRestartNote")->text().contains(QStringLiteral("next started")));

    chooseWithKeys(child<QComboBox>(dialog, "languageCombo"), QStringLiteral("de"));
    chooseWithKeys(child<QComboBox>(dialog, "paperSizeCombo"), QStringLiteral("letter"));
    auto* keep = child<QSpinBox>(dialog, "backupsToKeepSpin");
    keep->setFocus();
    keep->selectAll();
    QTest::keyClicks(keep, QStringLiteral("25"));
    QTest::keyClick(child<QCheckBox>(dialog, "backupOnCloseCheck"), Qt::Key_Space);
    clickButton(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    AppSettings reread(file);
    QCOMPARE(reread.value(AppSettings::Key::Language).toString(), QStringLiteral("de"));
    QCOMPARE(reread.value(AppSettings::Key::PaperSize).toString(), QStringLiteral("letter"));
    QCOMPARE(reread.value(AppSettings::Key::BackupsToKeep).toInt(), 25);
    QCOMPARE(reread.value(AppSettings::Key::BackupOnClose).toBool(), false);
    QCOMPARE(reread.value(AppSettings::Key::ColorScheme).toString(), QStringLiteral("system"));
}

void TestPreferencesDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(file);
    PreferencesDialog dialog(settings);
    dialog.show();
    chooseWithKeys(child<QComboBox>(dialog, "paperSizeCombo"), QStringLiteral("a4"));
    clickButton(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(AppSettings(file).value(AppSettings::Key::PaperSize).toString(), QString());
}

void TestPreferencesDialog::everyInputIsNamed()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    PreferencesDialog dialog(settings);
    const QList<QWidget*> inputs{child<QComboBox>(dialog, "languageCombo"), child<QComboBox>(dialog, "paperSizeCombo"),
                                 child<QComboBox>(dialog, "colorSchemeCombo"),
                                 child<QSpinBox>(dialog, "backupsToKeepSpin"),
                                 child<QCheckBox>(dialog, "backupOnCloseCheck")};
    for (QWidget* input : inputs) {
        QVERIFY(input);
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }
    QCOMPARE(child<QSpinBox>(dialog, "backupsToKeepSpin")->minimum(), 1);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
