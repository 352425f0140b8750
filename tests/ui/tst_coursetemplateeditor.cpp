// The template editor: a changed template is saved as a new version, and courses already started keep theirs.
#include "CourseSchedule.h"
#include "CourseTemplateEditor.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestCourseTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editingAddsAVersionAndLeavesStartedCourses();
    void followUpAnchoredToLastSession();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestCourseTemplateEditor::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestCourseTemplateEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDatabase(m_dir->filePath(QStringLiteral("templates.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
}

void TestCourseTemplateEditor::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestCourseTemplateEditor::editingAddsAVersionAndLeavesStartedCourses()
{
    Database& db = m_window->database();
    const qint64 patientId = addPatient(db, QStringLiteral("V1"), QStringLiteral("Sato"), QStringLiteral("Ken"));
    const Course started = startStandardCourse(db, patientId, QDate(2026, 3, 2));
    QCOMPARE(visitsOf(db, started.id).size(), 12);

    CourseTemplateEditor editor(m_window->context());
    editor.show();
    auto* sessions = editor.findChild<QSpinBox*>(QStringLiteral("sessionCountSpin"));
    sessions->selectAll();
    QTest::keyClicks(sessions, QStringLiteral("6"));
    QCOMPARE(editor.editing().sessionCount, 6);
    editor.findChild<QPushButton*>(QStringLiteral("saveTemplateButton"))->click();

    Result<QList<CourseTemplate>> current = CourseTemplateRepository(db).current();
    QVERIFY(current.ok());
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->first().version, 2);
    QCOMPARE(current->first().sessionCount, 6);
    // The course started from version 1 is untouched.
    QCOMPARE(CourseRepository(db).find(started.id)->templateVersion, 1);
    QCOMPARE(visitsOf(db, started.id).size(), 12);
    Result<Course> next = CourseRepository(db).start(patientId, current->first(), QDate(2026, 9, 7), QString());
    QVERIFY(next.ok());
    QCOMPARE(visitsOf(db, next->id).size(), 10);
}

void TestCourseTemplateEditor::followUpAnchoredToLastSession()
{
    CourseTemplateEditor editor(m_window->context());
    editor.show();
    editor.addFollowUp();
    QTableWidget* table = editor.followUpTable();
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(QStringLiteral("2 weeks after"));
    qobject_cast<QSpinBox*>(table->cellWidget(row, 1))->setValue(2);
    auto* unit = qobject_cast<QComboBox*>(table->cellWidget(row, 2));
    unit->setCurrentIndex(unit->findData(int(OffsetUnit::Weeks)));
    auto* anchor = qobject_cast<QComboBox*>(table->cellWidget(row, 3));
    anchor->setCurrentIndex(anchor->findData(int(FollowUpAnchor::LastSession)));
    const FollowUpRule& rule = editor.editing().followUps.last();
    QCOMPARE(rule.label, QStringLiteral("2 weeks after"));
    QCOMPARE(rule.amount, 2);
    QCOMPARE(rule.unit, OffsetUnit::Weeks);
    QCOMPARE(rule.anchor, FollowUpAnchor::LastSession);
    // The new follow-up has its own instrument column; the NRS is made optional there.
    QTableWidget* instruments = editor.instrumentTable();
    QCOMPARE(instruments->columnCount(), 2 + editor.editing().followUps.size());
    for (int r = 0; r < instruments->rowCount(); ++r) {
        QTableWidgetItem* cell = instruments->item(r, instruments->columnCount() - 1);
        if (cell->data(Qt::UserRole).toString() == QLatin1String("nrs"))
            cell->setCheckState(Qt::PartiallyChecked);
    }
    const QList<PlannedInstrument> planned = editor.editing().followUps.last().instruments;
    QVERIFY(planned.contains(PlannedInstrument{QStringLiteral("nrs"), true}));
    QVERIFY(editor.save());
    const QList<Visit> visits =
        CourseSchedule::plan(CourseTemplateRepository(m_window->database()).current()->first(), QDate(2026, 3, 2));
    const auto added = std::find_if(visits.cbegin(), visits.cend(),
                                    [](const Visit& visit) { return visit.label == QLatin1String("2 weeks after"); });
    QVERIFY(added != visits.cend());
    // Session 8 is on 26 March; two weeks after it is 9 April.
    QCOMPARE(added->scheduledDate, QDate(2026, 4, 9));
    QVERIFY(added->optionalInstruments.contains(QStringLiteral("nrs")));
    QVERIFY(!added->plannedInstruments.contains(QStringLiteral("nrs")));
}

QTEST_MAIN(TestCourseTemplateEditor)
#include "tst_coursetemplateeditor.moc"
