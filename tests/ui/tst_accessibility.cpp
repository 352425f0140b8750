// What a screen reader finds on each main screen of a demo clinic, read through the QAccessible tree as the
// platform bridges (AT-SPI, UI Automation) read it: every answer option of every questionnaire item with its words
// and whether it is chosen, a change of answer told as a radio group tells it, named controls, charts with their
// values in words, and Tab leaving every table and list.
#include "AppContext.h"
#include "ChartText.h"
#include "ChartView.h"
#include "ChoiceInput.h"
#include "CourseCharts.h"
#include "CourseTimelineView.h"
#include "DemoClinic.h"
#include "FixedClock.h"
#include "HoldToConfirmButton.h"
#include "InlineMessage.h"
#include "InstrumentForm.h"
#include "InstrumentLibrary.h"
#include "ItemInput.h"
#include "MainWindow.h"
#include "OutcomeText.h"
#include "PatientFormDialog.h"
#include "PatientRegisterView.h"
#include "PatientView.h"
#include "PatientWorkspace.h"
#include "ProgressPanel.h"
#include "ReportExportDialog.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <functional>

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

// Roles a person acts on: each needs a name of its own.
bool isInteractive(QAccessible::Role role)
{
    static const QList<QAccessible::Role> roles{
        QAccessible::PushButton,   QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::SpinBox,  QAccessible::PageTab,     QAccessible::Table,
        QAccessible::List,         QAccessible::Tree,     QAccessible::ButtonMenu,  QAccessible::Grouping};
    return roles.contains(role);
}

// Walks the visible tree under `iface`, noting every interactive object without a name or with a mnemonic mark.
void collectUnnamed(QAccessibleInterface* iface, const QString& path, QStringList& problems, int& seen)
{
    if (!iface || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name);
    const QString where = path + QStringLiteral(" > ") + QString::number(role, 16) + QLatin1Char(' ') + name;
    // A group is a control only when it takes the keyboard (a row of answer options), not as a frame (a button box).
    if (isInteractive(role) && (role != QAccessible::Grouping || iface->state().focusable)) {
        ++seen;
        static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
        if (name.trimmed().isEmpty())
            problems.append(where + QStringLiteral(": no name"));
        else if (mnemonic.match(name).hasMatch())
            problems.append(where + QStringLiteral(": mnemonic mark"));
    }
    // The cells of a table or list are named by their data; a radio group's options are checked elsewhere.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
        (role == QAccessible::Grouping && iface->state().focusable))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), where, problems, seen);
}

// Every visible object under `iface` that says it has the keyboard, as "role name".
void collectFocused(QAccessibleInterface* iface, QStringList& focused)
{
    if (!iface || iface->state().invisible)
        return;
    if (iface->state().focused)
        focused.append(
            QString::number(iface->role(), 16) + QLatin1Char(' ') + iface->text(QAccessible::Name) +
            (iface->object() ? QStringLiteral(" (") + iface->object()->objectName() + QLatin1Char(')') : QString()));
    for (int i = 0; i < iface->childCount(); ++i)
        collectFocused(iface->child(i), focused);
}

QStringList focusedIn(QWidget* window)
{
    QStringList focused;
    collectFocused(QAccessible::queryAccessibleInterface(window), focused);
    return focused;
}

QStringList unnamedIn(QWidget* window, int& seen)
{
    QStringList problems;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), window->objectName(), problems, seen);
    return problems;
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
    void everyChartDescribesEachValue();
    void aChartsValuesAreATableOneKeyAway();
    void theArrowKeysStepThroughAChartsValues();
    void thePatientViewsChartTakesTheArrowKeys();
    void tabLeavesEveryTable();
    void everyVisibleControlOfEveryScreenIsNamed();
    void aRefusedNewPatientTellsWhatIsMissing();
    void everyDropDownIsNamedByItsLabel();
    void exactlyOneObjectHasTheKeyboardOnEachScreen();

private:
    // Opens every tab of the progress page and returns its charts.
    QList<ChartView*> progressCharts();
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
    // The scores panel holds every instrument's score in words.
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("entrySummary"));
    QVERIFY(summary);
    QVERIFY2(
        QAccessible::queryAccessibleInterface(summary)->text(QAccessible::Description).contains(QStringLiteral("ODI")),
        qPrintable(summary->accessibleDescription()));
    // Heard once: once the keyboard moves on, the item says only its own answer.
    QTest::keyClick(care, Qt::Key_Down);
    QVERIFY(!care->accessibleDescription().contains(QStringLiteral("Recorded")));
}

QList<ChartView*> TestAccessibility::progressCharts()
{
    if (!m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("progress")))
        return {};
    ProgressPanel* progress = m_window->progressPanel();
    for (int tab = 0; tab < progress->tabs()->count(); ++tab)
        progress->tabs()->setCurrentIndex(tab);
    QList<ChartView*> charts;
    if (progress->outcomes()) {
        for (const QString& key : CourseCharts::keys(*progress->outcomes())) {
            if (ChartView* chart = progress->chart(key))
                charts.append(chart);
        }
    }
    return charts;
}

void TestAccessibility::everyChartDescribesEachValue()
{
    const QList<ChartView*> charts = progressCharts();
    QVERIFY(charts.size() >= 5);
    const CourseOutcomes& outcomes = *m_window->progressPanel()->outcomes();
    for (ChartView* chart : charts) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
        const QString name = iface->text(QAccessible::Name);
        const QString description = iface->text(QAccessible::Description);
        QVERIFY2(!name.isEmpty(), qPrintable(chart->objectName()));
        QVERIFY2(!description.isEmpty(), qPrintable(chart->objectName()));
        QVERIFY(chart->focusPolicy() & Qt::TabFocus);
        const MeasureSeries* series = outcomes.find(chart->objectName().mid(QStringLiteral("chart_").size()));
        if (!series) {
            // The profile: every scale with its baseline and latest value.
            for (const MeasureSeries* scale : outcomes.seriesOf(QStringLiteral("rand36")))
                QVERIFY2(description.contains(scale->measure().name), qPrintable(scale->measure().name));
            continue;
        }
        int values = 0;
        for (const SeriesPoint& point : series->points()) {
            if (point.isGap())
                continue;
            const QString value = OutcomeText::value(series->measure(), *point.value, point.censoring);
            const QString date = QLocale().toString(point.date, QLocale::ShortFormat);
            QVERIFY2(
                description.contains(QStringLiteral("%1, %2: %3").arg(point.visitTitle, date, value)),
                qPrintable(chart->objectName() + QStringLiteral(": ") + value + QStringLiteral(" in ") + description));
            ++values;
        }
        QVERIFY2(values > 0, qPrintable(chart->objectName()));
        for (const TimelineMarker& marker : outcomes.timeline().markers())
            QVERIFY2(description.contains(marker.detail.isEmpty() ? marker.plainLabel : marker.detail),
                     qPrintable(marker.label));
    }
}

void TestAccessibility::aChartsValuesAreATableOneKeyAway()
{
    const QList<ChartView*> charts = progressCharts();
    QVERIFY(!charts.isEmpty());
    ChartView* chart = charts.constLast();
    chart->setFocus();
    QVERIFY(QTest::qWaitFor([chart]() { return chart->hasFocus(); }));
    QTest::keyClick(chart, Qt::Key_T);
    auto* dialog = chart->findChild<QDialog*>(QStringLiteral("chartTableDialog"));
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("chartValueTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), chart->text().rows().size());
    QCOMPARE(table->item(0, 0)->text(), chart->text().rows().first().first());
    QVERIFY(!table->tabKeyNavigation());
    dialog->close();

    // In the patient view too, in the patient's words.
    const CourseOutcomes& outcomes = *m_window->progressPanel()->outcomes();
    m_window->showPatientView(m_window->patientWorkspace()->patientId(), outcomes.course().id);
    QPointer<PatientView> view = m_window->patientView();
    QVERIFY(view);
    for (int page = 0; page < view->pageCount() && !view->findChild<ChartView*>(); ++page)
        view->showPage(page);
    auto* patientChart = view->findChild<ChartView*>();
    QVERIFY(patientChart);
    QVERIFY(patientChart->focusPolicy() & Qt::TabFocus);
    QVERIFY(!patientChart->accessibleDescription().isEmpty());
    QVERIFY(patientChart->showTable());
    emit view->closeButton()->confirmed();
    QTRY_VERIFY(!view);
}

void TestAccessibility::theArrowKeysStepThroughAChartsValues()
{
    progressCharts();
    ProgressPanel* progress = m_window->progressPanel();
    const CourseOutcomes& outcomes = *progress->outcomes();
    const MeasureSeries* odi = outcomes.find(QStringLiteral("odi/total"));
    QVERIFY(odi);
    ChartView* chart = progress->chart(QStringLiteral("odi/total"));
    QVERIFY(chart);
    for (int tab = 0; tab < progress->tabs()->count() && !chart->isVisible(); ++tab)
        progress->tabs()->setCurrentIndex(tab);
    QVERIFY(chart->isVisible());
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    // Each visit with an ODI, left to right, read as the text equivalent reads it.
    QStringList expected;
    for (const SeriesPoint& point : odi->points()) {
        if (!point.isGap())
            expected.append(QStringLiteral("%1, %2: %3")
                                .arg(point.visitTitle, QLocale().toString(point.date, QLocale::ShortFormat),
                                     OutcomeText::value(odi->measure(), *point.value, point.censoring)));
    }
    QVERIFY(expected.size() >= 2);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QCOMPARE(chart->currentPoint(), -1);
    QCOMPARE(iface->focusChild(), iface);
    QCOMPARE(iface->childCount(), int(expected.size()));

    QAccessible::installUpdateHandler(hear);
    g_heard.clear();
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentPoint(), 0);
    const auto spoken = [iface]() {
        return iface->focusChild()->text(QAccessible::Name);
    };
    QVERIFY2(spoken().startsWith(expected.first()), qPrintable(spoken()));
    QCOMPARE(iface->text(QAccessible::Value), spoken());
    // The words are those of the chart's description, band and all.
    QVERIFY2(chart->accessibleDescription().contains(spoken()), qPrintable(spoken()));
    QVERIFY(iface->focusChild()->state().focused);
    QVERIFY(!iface->state().focused);
    // The point reached is ringed in the highlight colour.
    const QRect ring = chart->pointRect(0);
    QVERIFY(!ring.isEmpty());
    const QImage drawn = chart->grab().toImage();
    QCOMPARE(drawn.pixelColor(ring.left() + 2, ring.center().y()), chart->palette().color(QPalette::Highlight));
    // What a bridge to a screen reader is told, where one is active (the offscreen platform has none).
    if (QAccessible::isActive()) {
        QVERIFY(!g_heard.isEmpty());
        QCOMPARE(g_heard.last().type, QAccessible::Focus);
        QCOMPARE(g_heard.last().name, spoken());
    }

    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentPoint(), 1);
    QVERIFY2(spoken().startsWith(expected.at(1)), qPrintable(spoken()));
    QVERIFY(!iface->child(0)->state().focused);
    QVERIFY(iface->child(1)->state().focused);
    QTest::keyClick(chart, Qt::Key_End);
    QVERIFY2(spoken().startsWith(expected.last()), qPrintable(spoken()));
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentPoint(), int(expected.size()) - 1);
    QTest::keyClick(chart, Qt::Key_Left);
    QVERIFY2(spoken().startsWith(expected.at(expected.size() - 2)), qPrintable(spoken()));
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->currentPoint(), 0);
    QVERIFY2(spoken().startsWith(expected.first()), qPrintable(spoken()));
}

void TestAccessibility::thePatientViewsChartTakesTheArrowKeys()
{
    QVERIFY(m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("progress")));
    m_window->showPatientView(m_window->patientWorkspace()->patientId());
    QPointer<PatientView> view = m_window->patientView();
    QVERIFY(view);
    QVERIFY(activated(view));
    for (int page = 0; page < view->pageCount() && !view->findChild<ChartView*>(); ++page)
        view->showPage(page);
    auto* chart = view->findChild<ChartView*>();
    QVERIFY(chart);
    const int page = view->currentPage();
    // Tab reaches the chart.
    bool reached = false;
    for (int i = 0; i < 10 && !reached; ++i) {
        pressOnFocus(Qt::Key_Tab);
        reached = chart->hasFocus();
    }
    QVERIFY(reached);
    QVERIFY(QAccessible::queryAccessibleInterface(chart)->state().focusable);
    // Its description holds every plotted value, in the words the arrow keys read out.
    QVERIFY(chart->pointCount() >= 2);
    for (int point = 0; point < chart->pointCount(); ++point)
        QVERIFY2(chart->accessibleDescription().contains(chart->pointText(point)), qPrintable(chart->pointText(point)));
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    // The point moves, the page stays.
    QCOMPARE(chart->currentPoint(), 1);
    QCOMPARE(view->currentPage(), page);
    QAccessibleInterface* point = QAccessible::queryAccessibleInterface(chart)->focusChild();
    QVERIFY(point);
    QCOMPARE(point->text(QAccessible::Name), chart->pointText(1));
    QVERIFY2(chart->accessibleDescription().contains(point->text(QAccessible::Name)),
             qPrintable(point->text(QAccessible::Name)));
    // Page Down still turns the page.
    QTest::keyClick(chart, Qt::Key_PageDown);
    QVERIFY(view->currentPage() != page || view->currentPage() == view->pageCount() - 1);
    emit view->closeButton()->confirmed();
    QTRY_VERIFY(!view);
}

void TestAccessibility::tabLeavesEveryTable()
{
    m_window->showToday();
    QVERIFY(m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")));
    int checked = 0;
    QTabWidget* pages = m_window->patientWorkspace()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || view->focusPolicy() == Qt::NoFocus || view->model()->rowCount() < 2)
                continue;
            view->setFocus(Qt::TabFocusReason);
            QVERIFY(QTest::qWaitFor([view]() { return view->hasFocus(); }));
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
            view->setFocus(Qt::TabFocusReason);
            QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
            QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
            ++checked;
        }
    }
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
}

void TestAccessibility::everyVisibleControlOfEveryScreenIsNamed()
{
    int seen = 0;
    QStringList problems;
    m_window->showToday();
    problems += unnamedIn(m_window.get(), seen);
    QVERIFY(m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")));
    QTabWidget* pages = m_window->patientWorkspace()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        problems += unnamedIn(m_window.get(), seen);
    }
    progressCharts();
    problems += unnamedIn(m_window.get(), seen);

    {
        QPointer<VisitEntryDialog> entry = openEntryWithEveryInstrument();
        QVERIFY(entry);
        problems += unnamedIn(entry, seen);
        delete entry;
    }
    {
        ReportExportDialog exportDialog(m_window->database(), m_window->context().instruments(),
                                        m_window->patientWorkspace()->patientId(),
                                        m_window->patientWorkspace()->currentCourseId(), m_window.get());
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        problems += unnamedIn(&exportDialog, seen);
        // Every section item says it can be ticked, ticked or not.
        for (QListWidget* list : exportDialog.findChildren<QListWidget*>()) {
            QAccessibleInterface* listIface = QAccessible::queryAccessibleInterface(list);
            for (int i = 0; i < listIface->childCount(); ++i) {
                QAccessibleInterface* item = listIface->child(i);
                QVERIFY2(item->state().checkable, qPrintable(item->text(QAccessible::Name)));
            }
        }
    }
    {
        PatientFormDialog form(m_window->database(), Patient{}, m_window.get());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        problems += unnamedIn(&form, seen);
    }
    m_window->showPatientView(m_window->patientWorkspace()->patientId());
    QPointer<PatientView> view = m_window->patientView();
    QVERIFY(view);
    QAccessibleInterface* viewIface = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(viewIface->role(), QAccessible::Window);
    QVERIFY(!viewIface->text(QAccessible::Name).isEmpty());
    for (int page = 0; page < view->pageCount(); ++page) {
        view->showPage(page);
        problems += unnamedIn(view, seen);
    }
    emit view->closeButton()->confirmed();
    QTRY_VERIFY(!view);

    QVERIFY2(seen > 200, qPrintable(QString::number(seen)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::aRefusedNewPatientTellsWhatIsMissing()
{
    PatientFormDialog form(m_window->database(), Patient{}, m_window.get());
    form.show();
    QVERIFY(activated(&form));
    auto* chart = form.findChild<QLineEdit*>(QStringLiteral("chartNumberEdit"));
    QVERIFY(chart);
    QTest::keyClicks(chart, QStringLiteral("C900001"));
    QAccessible::installUpdateHandler(hear);
    g_heard.clear();
    form.accept();
    QVERIFY(form.isVisible());
    // The keyboard is on the first field to correct, and that field says why.
    auto* focused = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(focused);
    QVERIFY(focused != chart);
    QAccessibleInterface* field = QAccessible::queryAccessibleInterface(focused);
    QVERIFY2(field->text(QAccessible::Description).contains(QStringLiteral("required")),
             qPrintable(field->text(QAccessible::Description)));
    // Qt 6.4 has no invalid-entry state: the description says it in words, first.
    QVERIFY2(field->text(QAccessible::Description).startsWith(QStringLiteral("Invalid entry: ")),
             qPrintable(field->text(QAccessible::Description)));
    // The message itself is a notification, read out whole when it appears.
    auto* message = form.findChild<InlineMessage*>();
    QVERIFY(message && message->isVisible());
    QAccessibleInterface* note = QAccessible::queryAccessibleInterface(message);
    QCOMPARE(note->role(), QAccessible::Notification);
    QVERIFY(note->text(QAccessible::Name).contains(QStringLiteral("required")));
    // Typing into the field takes the reason away.
    QTest::keyClicks(focused, QStringLiteral("X"));
    QVERIFY(!field->text(QAccessible::Description).contains(QStringLiteral("required")));
    // What a screen reader is told, where a bridge is active (the offscreen platform has none): the field's new
    // description, the keyboard moving to it, and then, so the move does not cut it short, the message as an alert.
    if (!QAccessible::isActive())
        return;
    const QString fieldName = field->text(QAccessible::Name);
    const auto firstHeard = [](const std::function<bool(const HeardEvent&)>& match) {
        return std::find_if(g_heard.cbegin(), g_heard.cend(), match) - g_heard.cbegin();
    };
    const qsizetype described = firstHeard([fieldName](const HeardEvent& event) {
        return event.type == QAccessible::DescriptionChanged && event.name == fieldName;
    });
    const qsizetype movedTo = firstHeard(
        [fieldName](const HeardEvent& event) { return event.type == QAccessible::Focus && event.name == fieldName; });
    const qsizetype alerted = firstHeard([](const HeardEvent& event) {
        return event.type == QAccessible::Alert && event.role == QAccessible::Notification &&
               event.name.contains(QStringLiteral("required"));
    });
    QVERIFY(described < g_heard.size());
    QVERIFY(movedTo < g_heard.size());
    QVERIFY(alerted < g_heard.size());
    QVERIFY(described < movedTo);
    QVERIFY(movedTo < alerted);
}

void TestAccessibility::everyDropDownIsNamedByItsLabel()
{
    // Each drop-down list of a window: named, not by the entry chosen in it, without a mnemonic mark, and not
    // sharing its name with another, so a screen reader can tell them apart.
    const auto checkNames = [](QWidget* window, int& seen) {
        QStringList problems;
        QStringList names;
        for (QComboBox* combo : window->findChildren<QComboBox*>()) {
            if (!combo->isVisibleTo(window) || combo->isEditable())
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(combo);
            const QString name = iface->text(QAccessible::Name);
            const QString where = combo->objectName() + QStringLiteral(" \"") + name + QLatin1Char('"');
            if (name.isEmpty() || name == combo->currentText())
                problems.append(where + QStringLiteral(": named by its value"));
            if (name.contains(QLatin1Char('&')))
                problems.append(where + QStringLiteral(": mnemonic mark"));
            if (names.contains(name))
                problems.append(where + QStringLiteral(": name shared"));
            // The chosen entry is its value.
            if (iface->text(QAccessible::Value) != combo->currentText())
                problems.append(where + QStringLiteral(": value is not the chosen entry"));
            if (iface->role() != QAccessible::ComboBox)
                problems.append(where + QStringLiteral(": not a combo box"));
            names.append(name);
            ++seen;
        }
        return problems;
    };
    int seen = 0;
    QStringList problems;
    {
        QPointer<VisitEntryDialog> entry = openEntryWithEveryInstrument();
        QVERIFY(entry);
        // The markers' six unit lists all show "mg/L" or "pg/mL"; each is named after its marker.
        InstrumentForm* markers = entry->form(QStringLiteral("markers"));
        QVERIFY(markers);
        int units = 0;
        for (ItemInput* input : markers->inputs()) {
            for (QComboBox* unit : input->findChildren<QComboBox*>()) {
                QCOMPARE(QAccessible::queryAccessibleInterface(unit)->text(QAccessible::Name),
                         QStringLiteral("Unit of ") + input->item().label);
                ++units;
            }
        }
        QCOMPARE(units, 6);
        problems += checkNames(entry, seen);
        delete entry;
    }
    {
        PatientFormDialog form(m_window->database(), Patient{}, m_window.get());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* sex = form.findChild<QComboBox*>(QStringLiteral("sexCombo"));
        QVERIFY(sex);
        QCOMPARE(QAccessible::queryAccessibleInterface(sex)->text(QAccessible::Name), QStringLiteral("Sex"));
        problems += checkNames(&form, seen);
    }
    {
        ReportExportDialog exportDialog(m_window->database(), m_window->context().instruments(),
                                        m_window->patientWorkspace()->patientId(),
                                        m_window->patientWorkspace()->currentCourseId(), m_window.get());
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        problems += checkNames(&exportDialog, seen);
    }
    QVERIFY2(seen >= 9, qPrintable(QString::number(seen)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::exactlyOneObjectHasTheKeyboardOnEachScreen()
{
    // The one focused object is the one that has the keyboard: a cell of a list that has it, not the current cell of
    // another list, nor the current tab of a tab bar the keyboard left.
    // Fails with what is focused unless exactly one object is.
#define QVERIFY_ONE_FOCUSED(window, screen)                                                                            \
    do {                                                                                                               \
        const QStringList focused = focusedIn(window);                                                                 \
        QVERIFY2(focused.size() == 1,                                                                                  \
                 qPrintable((screen) + QStringLiteral(": ") + focused.join(QStringLiteral(" | "))));                   \
    } while (false)
    const auto focusOn = [](QWidget* widget) {
        widget->setFocus(Qt::TabFocusReason);
        return QTest::qWaitFor([widget]() { return widget->hasFocus(); });
    };

    // Register: the search box, then the list, then the search box again.
    m_window->showToday();
    auto* search = m_window->registerView()->findChild<QLineEdit*>(QStringLiteral("patientSearchEdit"));
    QVERIFY(search);
    QVERIFY(focusOn(search));
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("register, search"));
    auto* patients = m_window->registerView()->findChild<QAbstractItemView*>(QStringLiteral("patientTable"));
    QVERIFY(patients);
    QVERIFY(focusOn(patients));
    patients->setCurrentIndex(patients->model()->index(2, 1));
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("register, list"));
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(patients);
    QAccessibleInterface* current = list->focusChild();
    QVERIFY(current && current != list);
    QCOMPARE(current->tableCellInterface()->rowIndex(), 2);
    QVERIFY(current->state().focused);
    QVERIFY(!list->state().focused);
    QVERIFY(focusOn(search));
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("register, back to search"));
    QVERIFY(!current->state().focused);

    // Workspace: every page of the patient, the keyboard on the page's first control and on the page tabs.
    QVERIFY(m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")));
    QTabWidget* pages = m_window->patientWorkspace()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QVERIFY(focusOn(pages->tabBar()));
        QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("workspace tabs, page ") + pages->tabText(page));
        QAccessibleInterface* tabs = QAccessible::queryAccessibleInterface(pages->tabBar());
        QAccessibleInterface* tab = tabs->focusChild();
        QVERIFY(tab && tab != tabs);
        QCOMPARE(tab->role(), QAccessible::PageTab);
        QCOMPARE(tab->text(QAccessible::Name), pages->tabText(page).remove(QLatin1Char('&')));
        const QList<QWidget*> controls = pages->widget(page)->findChildren<QWidget*>();
        const auto first = std::find_if(controls.cbegin(), controls.cend(), [](QWidget* control) {
            return control->isVisible() && control->isEnabled() && (control->focusPolicy() & Qt::TabFocus);
        });
        QVERIFY(first != controls.cend());
        QVERIFY(focusOn(*first));
        QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("workspace, page ") + pages->tabText(page));
    }
    // The visits list with the keyboard.
    auto* visits = m_window->patientWorkspace()->timeline()->findChild<QAbstractItemView*>();
    QVERIFY(visits);
    pages->setCurrentWidget(m_window->patientWorkspace()->timeline());
    QVERIFY(focusOn(visits));
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("workspace, visits"));

    // Progress: the tabs, then a chart and a point on it.
    const QList<ChartView*> charts = progressCharts();
    QVERIFY(!charts.isEmpty());
    ChartView* chart = charts.constLast();
    QVERIFY(focusOn(chart));
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("progress, chart"));
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY_ONE_FOCUSED(m_window.get(), QStringLiteral("progress, chart point"));

    // Results form: on an answered and an unanswered item.
    {
        QPointer<VisitEntryDialog> entry = openEntryWithEveryInstrument();
        QVERIFY(entry);
        auto* pain = entry->findChild<ChoiceInput*>(QStringLiteral("item_odi_1"));
        QVERIFY(pain);
        QTRY_VERIFY(pain->hasFocus());
        QVERIFY_ONE_FOCUSED(entry, QStringLiteral("results form, unanswered"));
        QTest::keyClick(pain, Qt::Key_Right);
        QVERIFY_ONE_FOCUSED(entry, QStringLiteral("results form, answered"));
        delete entry;
    }

    // Patient view.
    m_window->showPatientView(m_window->patientWorkspace()->patientId());
    QPointer<PatientView> view = m_window->patientView();
    QVERIFY(view);
    QVERIFY(activated(view));
    for (int page = 0; page < view->pageCount(); ++page) {
        view->showPage(page);
        QVERIFY_ONE_FOCUSED(view, QStringLiteral("patient view, page ") + QString::number(page));
    }
    emit view->closeButton()->confirmed();
    QTRY_VERIFY(!view);
#undef QVERIFY_ONE_FOCUSED
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
