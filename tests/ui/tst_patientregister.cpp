// The main window's register: search as you type, keyboard movement, archived patients hidden; on an SQLite file
// and on a PostgreSQL server.
#include "AppSettings.h"
#include "MainWindow.h"
#include "PatientFormDialog.h"
#include "PatientListModel.h"
#include "PatientRegisterView.h"
#include "PatientRepository.h"
#include "PatientWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace outcome;
using namespace outcome::test;

class TestPatientRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void typingFilters();
    void keyboardOpensPatient();
    void archivedHiddenUntilAsked();
    void newPatientIsSelected();
    void longListReadsAsItScrolls();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<MainWindow> m_window;
};

void TestPatientRegister::initTestCase_data()
{
    addEngineRows();
}

void TestPatientRegister::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestPatientRegister::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    auto db = openDatabase(m_scratch->location(QStringLiteral("register.db")));
    QVERIFY(db);
    PatientRepository patients(*db);
    QVERIFY(
        patients.create(samplePatient(QStringLiteral("C1"), QStringLiteral("Müller"), QStringLiteral("Anna"))).ok());
    QVERIFY(patients
                .create(samplePatient(QStringLiteral("C2"), QStringLiteral("Smith"), QStringLiteral("John"),
                                      QDate(1980, 2, 1)))
                .ok());
    Result<qint64> archived =
        patients.create(samplePatient(QStringLiteral("C3"), QStringLiteral("Mueller"), QStringLiteral("Otto")));
    QVERIFY(archived.ok());
    QVERIFY(patients.setArchived(*archived, true).ok());
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPatientRegister::cleanup()
{
    m_window.reset();
    m_scratch.reset();
}

void TestPatientRegister::typingFilters()
{
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("patientSearchEdit"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("patientTable"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("mu"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PatientListModel::NameColumn).data().toString(), QStringLiteral("Müller, Anna"));
    QTest::keyClicks(search, QStringLiteral("x"));
    QCOMPARE(table->model()->rowCount(), 0);
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("patientCountLabel"));
    QVERIFY(count->text().contains(QStringLiteral("No patient matches")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("01.02.1980"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PatientListModel::ChartColumn).data().toString(), QStringLiteral("C2"));
}

void TestPatientRegister::longListReadsAsItScrolls()
{
    PatientRepository patients(m_window->database());
    for (int number = 1; number <= 150; ++number) {
        QVERIFY(patients
                    .create(samplePatient(QStringLiteral("S%1").arg(number), QStringLiteral("Scroll"),
                                          QStringLiteral("Given %1").arg(number, 3, 10, QLatin1Char('0'))))
                    .ok());
    }
    PatientRegisterView* view = m_window->registerView();
    QTableView* table = view->table();
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("patientCountLabel"));
    QTest::keyClicks(view->searchEdit(), QStringLiteral("scroll"));
    // A keystroke reads one page; the count follows once typing pauses.
    QCOMPARE(table->model()->rowCount(), PatientListModel::kPageSize);
    QVERIFY2(count->text().contains(QStringLiteral("More than 60")), qPrintable(count->text()));
    QTRY_VERIFY2(count->text().contains(QStringLiteral("150 patient")), qPrintable(count->text()));
    // Scrolling to the end reads the following pages, in name order, without repeating a row.
    for (int attempt = 0; attempt < 10 && table->model()->rowCount() < 150; ++attempt) {
        table->scrollToBottom();
        QApplication::processEvents();
    }
    QCOMPARE(table->model()->rowCount(), 150);
    for (int row = 0; row < 150; ++row)
        QCOMPARE(table->model()->index(row, PatientListModel::NameColumn).data().toString(),
                 QStringLiteral("Scroll, Given %1").arg(row + 1, 3, 10, QLatin1Char('0')));
}

void TestPatientRegister::keyboardOpensPatient()
{
    PatientRegisterView* view = m_window->registerView();
    QSignalSpy opened(view, &PatientRegisterView::patientActivated);
    auto* search = view->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("smi"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    Result<Patient> patient = PatientRepository(m_window->database()).find(opened.first().first().toLongLong());
    QCOMPARE(patient->chartNumber, QStringLiteral("C2"));
    // The patient's workspace takes over the right-hand side.
    QCOMPARE(m_window->patientWorkspace()->patientId(), patient->id);
    QVERIFY(m_window->patientWorkspace()->isVisible());
    auto* name = m_window->findChild<QLabel*>(QStringLiteral("patientNameLabel"));
    QVERIFY(name->text().contains(QStringLiteral("Smith, John")));
}

void TestPatientRegister::archivedHiddenUntilAsked()
{
    PatientRegisterView* view = m_window->registerView();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("mue"));
    QCOMPARE(view->model()->rowCount(), 0);
    view->model()->setIncludeArchived(true);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->entry(0)->patient.archived);
    view->model()->setIncludeArchived(false);
}

void TestPatientRegister::newPatientIsSelected()
{
    PatientRegisterView* view = m_window->registerView();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("smi")); // a search that leaves the new patient out
    QCOMPARE(view->model()->rowCount(), 1);

    // Ctrl+N, the suggested chart number taken with Tab, the required fields typed, Enter saves.
    bool filled = false;
    whenDialogOpens<PatientFormDialog>([&filled](PatientFormDialog* dialog) {
        QVERIFY(activated(dialog));
        auto* chart = dialog->findChild<QLineEdit*>(QStringLiteral("chartNumberEdit"));
        filled = chart->text() == QStringLiteral("C4");
        QTest::keyClick(chart, Qt::Key_Tab);
        for (const QString& text : {QStringLiteral("Novak"), QStringLiteral("Petr"), QStringLiteral("1980-02-01")}) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QTest::keyClick(dialog, Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject(); // never leave the test waiting on the dialog
    });
    m_window->findChild<QAction*>(QStringLiteral("newPatientAction"))->trigger();
    QVERIFY(filled); // the suggested number was C4

    const qint64 created = m_window->patientWorkspace()->patientId();
    Result<Patient> patient = PatientRepository(m_window->database()).find(created);
    QVERIFY(patient.ok());
    QCOMPARE(patient->chartNumber, QStringLiteral("C4"));
    QCOMPARE(view->currentPatientId(), created);
    QCOMPARE(view->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->searchEdit()->text(), QStringLiteral("C4"));
}

QTEST_MAIN(TestPatientRegister)
#include "tst_patientregister.moc"
