// File > Import answers on real widgets: the dry-run summary of a clean file, each problem of a bad one listed with
// its line and shown when chosen, nothing written until Import, the reason in the audit trail, and the menu entry.
#include "AnswersFile.h"
#include "AppSettings.h"
#include "ClinicalEventRepository.h"
#include "FixedClock.h"
#include "ImportAnswersDialog.h"
#include "MainWindow.h"
#include "SampleDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestImportAnswersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanFileShowsWhatItAddsThenImports();
    void problemsAreListedWithTheirLines();
    void conflictsCanKeepTheDatabasesValues();
    void eventsBesideTheFileComeAlong();
    void mainWindowOffersTheImport();

private:
    QString write(const QString& name, const QByteArray& bytes);
    int count(const char* table);

    const FixedClock m_clock{QDate(2026, 8, 20)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load({});
    QByteArray m_answers;
};

void TestImportAnswersDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestImportAnswersDialog::init()
{
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_db = openDatabase(path);
    QVERIFY(m_db);
    storeSampleCourse(*m_db);
    m_answers = exportedAnswers(*m_db, m_library);
}

QString TestImportAnswersDialog::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

int TestImportAnswersDialog::count(const char* table)
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return query.next() ? query.value(0).toInt() : -1;
}

void TestImportAnswersDialog::cleanFileShowsWhatItAddsThenImports()
{
    // The sample patient's answers under a new chart number: one new patient with all of them.
    AnswersFile file(m_answers);
    for (int row = 0; row < file.rows(); ++row)
        file.set(row, QStringLiteral("chart_number"), QStringLiteral("N-7"));
    ImportAnswersDialog dialog(*m_db, m_library);
    dialog.setFile(write(QStringLiteral("clean.csv"), file.bytes()));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"));
    auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("importProblemList"));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("importReasonEdit"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(summary && problems && reason && progress && importButton);
    QVERIFY2(summary->text().contains(QStringLiteral("Patients: 1 new, 0 already there.")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("Courses: 1 new")));
    QVERIFY(summary->text().contains(QStringLiteral("Assessments (answers): %1 new").arg(count("assessments"))));
    QCOMPARE(problems->count(), 0);
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(reason->text(), QStringLiteral("Imported from clean.csv"));
    // Nothing is written by looking; the import needs a reason.
    QCOMPARE(count("patients"), 1);
    QVERIFY(importButton->isEnabled());
    reason->clear();
    QVERIFY(!importButton->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("Records from the other practice"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.imported()->patientsAdded, 1);
    QCOMPARE(count("patients"), 2);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT reason FROM audit_log WHERE table_name = 'assessments' AND "
                                      "patient_id = (SELECT id FROM patients WHERE chart_number = 'N-7')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Records from the other practice"));
    QVERIFY(!query.next());
}

void TestImportAnswersDialog::problemsAreListedWithTheirLines()
{
    // Two new visits that carry answers but did not take place.
    AnswersFile file(m_answers);
    for (int row = 0; row < file.rows(); ++row)
        file.set(row, QStringLiteral("chart_number"), QStringLiteral("N-8"));
    const int missed = file.find(
        [](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("session_number")) == QLatin1String("3"); });
    const int future = file.find(
        [](const AnswersFile& f, int r) { return f.field(r, QStringLiteral("session_number")) == QLatin1String("4"); });
    file.set(missed, QStringLiteral("visit_status"), QStringLiteral("missed"));
    file.set(future, QStringLiteral("actual_date"), QStringLiteral("2030-01-08"));
    const QString before = QString::number(count("patients")) + QString::number(count("assessments"));

    ImportAnswersDialog dialog(*m_db, m_library);
    dialog.setFile(write(QStringLiteral("bad.csv"), file.bytes()));
    auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("importProblemList"));
    auto* line = dialog.findChild<QPlainTextEdit*>(QStringLiteral("importLineView"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(problems && line && importButton);
    QCOMPARE(problems->count(), 2);
    const QString first = QStringLiteral("line %1, column %2 (visit_status): ")
                              .arg(AnswersFile::lineOf(missed))
                              .arg(file.columnOf(QStringLiteral("visit_status")));
    const QString second = QStringLiteral("line %1, column %2 (actual_date): 2030-01-08 is in the future")
                               .arg(AnswersFile::lineOf(future))
                               .arg(file.columnOf(QStringLiteral("actual_date")));
    QVERIFY2(problems->item(0)->text().startsWith(first), qPrintable(problems->item(0)->text()));
    QVERIFY2(problems->item(1)->text().startsWith(second), qPrintable(problems->item(1)->text()));
    QVERIFY(!importButton->isEnabled());

    // Choosing a problem shows its line of the file.
    problems->setFocus();
    problems->setCurrentRow(0);
    QTest::keyClick(problems, Qt::Key_Down);
    QCOMPARE(problems->currentRow(), 1);
    QTest::keyClick(problems, Qt::Key_Return);
    const QByteArray expected = file.bytes().split('\n').at(AnswersFile::lineOf(future) - 1).trimmed();
    QCOMPARE(line->toPlainText(),
             QStringLiteral("Line %1: %2").arg(AnswersFile::lineOf(future)).arg(QString::fromUtf8(expected)));
    QVERIFY(line->toPlainText().contains(QStringLiteral("2030-01-08")));
    QCOMPARE(QString::number(count("patients")) + QString::number(count("assessments")), before);
}

void TestImportAnswersDialog::conflictsCanKeepTheDatabasesValues()
{
    AnswersFile file(m_answers);
    for (int row = 0; row < file.rows(); ++row)
        file.set(row, QStringLiteral("family_name"), QStringLiteral("Exampel"));
    ImportAnswersDialog dialog(*m_db, m_library);
    dialog.setFile(write(QStringLiteral("conflict.csv"), file.bytes()));
    auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("importProblemList"));
    auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("importKeepExistingCheck"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(problems && keep && summary && importButton);
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("\"Example\" in this database, the file \"Exampel\"")));
    QVERIFY(!importButton->isEnabled());
    keep->click();
    QCOMPARE(problems->count(), 0);
    QVERIFY2(summary->text().contains(QStringLiteral("kept for: C000001 (family_name)")), qPrintable(summary->text()));
    QVERIFY(importButton->isEnabled());
}

void TestImportAnswersDialog::eventsBesideTheFileComeAlong()
{
    // An export folder: answers.csv and, beside it, events.csv. Both under a new chart number.
    ClinicalEvent flare;
    flare.patientId = PatientRepository(*m_db).findByChartNumber(QStringLiteral("C000001"))->id;
    flare.date = QDate(2026, 3, 20);
    flare.kind = ClinicalEventKind::FlareUp;
    QVERIFY(ClinicalEventRepository(*m_db).add(flare).ok());
    const int events = count("clinical_events");
    QByteArray answers = exportedAnswers(*m_db, m_library);
    QByteArray eventLines = exportedEvents(*m_db, m_library);
    answers.replace("C000001", "N-8");
    eventLines.replace("C000001", "N-8");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("export")));
    write(QStringLiteral("export/events.csv"), eventLines);
    ImportAnswersDialog dialog(*m_db, m_library);
    dialog.setFile(write(QStringLiteral("export/answers.csv"), answers));
    auto* withEvents = dialog.findChild<QCheckBox*>(QStringLiteral("importEventsCheck"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"));
    QVERIFY(withEvents && summary);
    QVERIFY(!withEvents->isHidden());
    QVERIFY(withEvents->isChecked());
    QVERIFY(withEvents->text().contains(QStringLiteral("events.csv")));
    QVERIFY2(summary->text().contains(QStringLiteral("Clinical events: %1 new, 0 already there.").arg(events)),
             qPrintable(summary->text()));
    // Left out, the summary says nothing of events; back in, it does again.
    withEvents->setChecked(false);
    QVERIFY(!summary->text().contains(QStringLiteral("Clinical events")));
    withEvents->setChecked(true);
    QVERIFY(summary->text().contains(QStringLiteral("Clinical events: %1 new").arg(events)));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.imported()->eventsAdded, events);
    QCOMPARE(count("clinical_events"), 2 * events);

    // A file alone in its folder offers no events.
    ImportAnswersDialog alone(*m_db, m_library);
    alone.setFile(write(QStringLiteral("alone.csv"), answers));
    QVERIFY(alone.findChild<QCheckBox*>(QStringLiteral("importEventsCheck"))->isHidden());
}

void TestImportAnswersDialog::mainWindowOffersTheImport()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("window.db")));
    QVERIFY(db);
    MainWindow window(std::move(db));
    auto* action = window.findChild<QAction*>(QStringLiteral("importAnswersAction"));
    QVERIFY(action);
    QVERIFY(window.menu(MainWindow::Menu::File)->actions().contains(action));
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains(QStringLiteral("Import answers")));
}

QTEST_MAIN(TestImportAnswersDialog)
#include "tst_importanswersdialog.moc"
