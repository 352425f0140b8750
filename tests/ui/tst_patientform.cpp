// The patient form: required fields, dates, the unique chart number (naming its owner), and nothing saved on error;
// on an SQLite file and on a PostgreSQL server.
#include "FixedClock.h"
#include "InlineMessage.h"
#include "InstrumentLibrary.h"
#include "PatientFormDialog.h"
#include "TranslatedDefinition.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

// The day the forms are filled in; a date of birth after it is refused.
const QDate kToday(2026, 12, 4);

class TestPatientForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void duplicateChartNumberIsRefused();
    void invalidFields_data();
    void invalidFields();
    void createsAndEdits();
    void suggestsTheNextChartNumber();
    void choosesTheQuestionnaireLanguage();
    void parsesTypedDates_data();
    void parsesTypedDates();

private:
    void fill(PatientFormDialog& dialog, const QString& chart, const QString& family, const QString& given,
              const QString& born);
    int patientCount();

    const FixedClock m_clock{kToday};
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestPatientForm::initTestCase_data()
{
    addEngineRows();
}

void TestPatientForm::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location(QStringLiteral("form.db")));
    QVERIFY(m_db);
    QVERIFY(addPatient(*m_db, QStringLiteral("C100"), QStringLiteral("Keller"), QStringLiteral("Anna")) > 0);
}

void TestPatientForm::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

int TestPatientForm::patientCount()
{
    Result<int> count = PatientRepository(*m_db).count(true);
    return count ? *count : -1;
}

void TestPatientForm::fill(PatientFormDialog& dialog, const QString& chart, const QString& family, const QString& given,
                           const QString& born)
{
    const QList<QPair<QString, QString>> fields{{QStringLiteral("chartNumberEdit"), chart},
                                                {QStringLiteral("familyNameEdit"), family},
                                                {QStringLiteral("givenNameEdit"), given},
                                                {QStringLiteral("birthDateEdit"), born}};
    for (const auto& [name, text] : fields) {
        auto* edit = dialog.findChild<QLineEdit*>(name);
        QVERIFY2(edit, qPrintable(name));
        QVERIFY(!edit->accessibleName().isEmpty());
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestPatientForm::duplicateChartNumberIsRefused()
{
    PatientFormDialog dialog(*m_db, Patient{});
    dialog.show();
    QVERIFY(activated(&dialog));
    fill(dialog, QStringLiteral("C100"), QStringLiteral("Novak"), QStringLiteral("Petr"), QStringLiteral("1980-02-01"));
    dialog.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("patientFormMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Keller, Anna")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("C100")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("chartNumberEdit")));
    QCOMPARE(patientCount(), 1);
}

void TestPatientForm::invalidFields_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("born");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("focused");
    const QString tomorrow = kToday.addDays(1).toString(Qt::ISODate);
    QTest::newRow("no chart") << QString() << "Novak"
                              << "1980-02-01"
                              << "Chart number is required"
                              << "chartNumberEdit";
    QTest::newRow("no family name") << "C200" << QString() << "1980-02-01"
                                    << "Family name is required"
                                    << "familyNameEdit";
    QTest::newRow("born in the future") << "C200"
                                        << "Novak" << tomorrow << "cannot be in the future"
                                        << "birthDateEdit";
    QTest::newRow("not a date") << "C200"
                                << "Novak"
                                << "31.13.1980"
                                << "is not a date"
                                << "birthDateEdit";
}

void TestPatientForm::invalidFields()
{
    QFETCH(QString, chart);
    QFETCH(QString, family);
    QFETCH(QString, born);
    QFETCH(QString, expected);
    QFETCH(QString, focused);
    PatientFormDialog dialog(*m_db, Patient{});
    dialog.show();
    QVERIFY(activated(&dialog));
    fill(dialog, chart, family, QStringLiteral("Petr"), born);
    dialog.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    auto* message = dialog.findChild<InlineMessage*>(QStringLiteral("patientFormMessage"));
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QCOMPARE(patientCount(), 1);
}

void TestPatientForm::createsAndEdits()
{
    PatientFormDialog dialog(*m_db, Patient{});
    dialog.show();
    fill(dialog, QStringLiteral("C200"), QStringLiteral("Novak"), QStringLiteral("Petr"), QStringLiteral("01.02.1980"));
    dialog.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Result<Patient> saved = PatientRepository(*m_db).find(dialog.savedPatientId());
    QVERIFY(saved.ok());
    QCOMPARE(saved->birthDate, QDate(1980, 2, 1));

    PatientFormDialog edit(*m_db, *saved);
    edit.show();
    auto* given = edit.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"));
    given->clear();
    QTest::keyClicks(given, QStringLiteral("Pavel"));
    edit.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(PatientRepository(*m_db).find(saved->id)->givenName, QStringLiteral("Pavel"));
    QCOMPARE(patientCount(), 2);
}

void TestPatientForm::suggestsTheNextChartNumber()
{
    QVERIFY(addPatient(*m_db, QStringLiteral("C101"), QStringLiteral("Roth"), QStringLiteral("Eva")) > 0);
    PatientFormDialog dialog(*m_db, Patient{});
    dialog.show();
    QVERIFY(activated(&dialog));
    auto* chart = dialog.findChild<QLineEdit*>(QStringLiteral("chartNumberEdit"));
    QCOMPARE(chart->text(), QStringLiteral("C102"));
    QCOMPARE(QApplication::focusWidget(), chart);
    QCOMPARE(chart->selectedText(), QStringLiteral("C102")); // typing replaces it
    QVERIFY(chart->accessibleDescription().contains(QStringLiteral("C102")));
    QTest::keyClick(chart, Qt::Key_Tab); // taken as it is
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Novak"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Petr"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1980-02-01"));
    dialog.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedPatient().chartNumber, QStringLiteral("C102"));
    QCOMPARE(PatientRepository(*m_db).find(dialog.savedPatientId())->familyName, QStringLiteral("Novak"));

    PatientFormDialog edit(*m_db, dialog.savedPatient()); // an existing patient keeps the number
    QCOMPARE(edit.findChild<QLineEdit*>(QStringLiteral("chartNumberEdit"))->text(), QStringLiteral("C102"));
}

void TestPatientForm::choosesTheQuestionnaireLanguage()
{
    QTemporaryDir clinic;
    QVERIFY(installGermanNrs(clinic.path()));
    const InstrumentLibrary library = InstrumentLibrary::load(clinic.path());
    PatientFormDialog dialog(*m_db, Patient{}, nullptr, &library);
    dialog.show();
    fill(dialog, QStringLiteral("C300"), QStringLiteral("Keller"), QStringLiteral("Anna"),
         QStringLiteral("1975-03-09"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
    QVERIFY(language && note);
    QCOMPARE(language->currentText(), QStringLiteral("English"));
    QCOMPARE(note->text(), QStringLiteral("Self-entry and printed questionnaires are in English."));

    // The note says what the patient will read: only what the clinic's definitions have, the rest in English.
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QCOMPARE(language->currentText(), QStringLiteral("Français"));
    QCOMPARE(note->text(), QStringLiteral("No questionnaire has a text in Français yet: self-entry and printed "
                                          "questionnaires are in English."));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(note->text(), QStringLiteral("In Deutsch: NRS. The other questionnaires are in English."));
    QCOMPARE(language->accessibleDescription(), note->text());

    dialog.findChild<QPushButton*>(QStringLiteral("savePatientButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Result<Patient> saved = PatientRepository(*m_db).find(dialog.savedPatientId());
    QVERIFY(saved);
    QCOMPARE(saved->language, QStringLiteral("de"));
    PatientFormDialog edit(*m_db, *saved, nullptr, &library);
    QCOMPARE(edit.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Deutsch"));
}

void TestPatientForm::parsesTypedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << "1970-05-31" << QDate(1970, 5, 31);
    QTest::newRow("dots") << "31.05.1970" << QDate(1970, 5, 31);
    QTest::newRow("slashes") << "31/5/1970" << QDate(1970, 5, 31);
    QTest::newRow("spaces around") << "  1970-05-31 " << QDate(1970, 5, 31);
    QTest::newRow("no such day") << "1970-02-30" << QDate();
    QTest::newRow("words") << "last spring" << QDate();
}

void TestPatientForm::parsesTypedDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(PatientFormDialog::parseDate(text), expected);
}

QTEST_MAIN(TestPatientForm)
#include "tst_patientform.moc"
