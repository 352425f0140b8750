// Every main screen at a 1024×600 laptop, a 1366×768 laptop and a 1920×1080 monitor, on a demo clinic: the window
// fits, no column of a main list is narrower than its header, names are shown whole, the most useful column takes
// the room left, and no chart is smaller than its readable minimum.
#include "ChartView.h"
#include "ColumnFit.h"
#include "DemoClinic.h"
#include "FixedClock.h"
#include "MainWindow.h"
#include "PatientListModel.h"
#include "PatientWorkspace.h"
#include "StartVsNowModel.h"
#include "TodayView.h"
#include "UiTestSupport.h"
#include "VisitTableModel.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace outcome;
using namespace outcome::test;

namespace {

const QDate kToday(2026, 12, 4);

// The lists a clinician reads all day.
const QStringList kMainLists{QStringLiteral("patientTable"), QStringLiteral("dueVisitList"),
                             QStringLiteral("visitTable"), QStringLiteral("eventTable"),
                             QStringLiteral("startVsNowTable")};

// Columns whose every cell is shown whole, wrapped onto more lines where need be: the names a reader looks for.
const QHash<QString, QList<int>> kWholeColumns{
    {QStringLiteral("startVsNowTable"), {StartVsNowModel::InstrumentColumn, StartVsNowModel::MeasureColumn}}};

// Columns that show a shorter text where the whole one would be cut: the scores without their bands, the date the
// patient is next due without the phase of the course.
const QHash<QString, QList<int>> kShortColumns{{QStringLiteral("visitTable"), {VisitTableModel::ScoresColumn}},
                                               {QStringLiteral("patientTable"), {PatientListModel::CourseColumn}}};

} // namespace

class TestScreenSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyScreenFits_data();
    void everyScreenFits();

private:
    // Checks the lists and charts on screen now; `where` names the screen in a failure.
    void checkShown(const QString& where);

    const FixedClock m_clock{kToday};
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_listsChecked = 0;
    int m_chartsChecked = 0;
    int m_shortened = 0; // cells cut whole, shown whole in brief
};

void TestScreenSizes::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    DemoOptions options;
    options.patients = 60;
    options.seed = 5;
    options.today = kToday;
    const Status made = DemoClinic::generate(*db, options);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
}

void TestScreenSizes::init()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_listsChecked = 0;
    m_chartsChecked = 0;
    m_shortened = 0;
}

void TestScreenSizes::cleanup()
{
    m_window.reset();
}

void TestScreenSizes::checkShown(const QString& where)
{
    QCoreApplication::processEvents(); // the fits that wait for a change of rows
    for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !kMainLists.contains(view->objectName()))
            continue;
        QHeaderView* header = nullptr;
        if (auto* table = qobject_cast<QTableView*>(view))
            header = table->horizontalHeader();
        else if (auto* tree = qobject_cast<QTreeView*>(view))
            header = tree->header();
        QVERIFY(header);
        int used = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int size = header->sectionSize(column);
            const int least = ColumnFit::headerWidth(header, column);
            QVERIFY2(size >= least, qPrintable(QStringLiteral("%1, %2: column \"%3\" is %4 px, its header %5 px")
                                                   .arg(where, view->objectName(),
                                                        view->model()->headerData(column, Qt::Horizontal).toString())
                                                   .arg(size)
                                                   .arg(least)));
            used += size;
        }
        for (int column : kWholeColumns.value(view->objectName())) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString cut = cutCellText(view, view->model()->index(row, column));
                QVERIFY2(cut.isEmpty(),
                         qPrintable(QStringLiteral("%1, %2: \"%3\" is cut").arg(where, view->objectName(), cut)));
            }
        }
        for (int column : kShortColumns.value(view->objectName())) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, column);
                const QString whole = index.data(Qt::DisplayRole).toString();
                const QString shorter = index.data(ColumnFit::ShortTextRole).toString();
                const QString shown = ColumnFit::shownText(view, index);
                if (!fitsOnOneLine(view, index, whole) && !shorter.isEmpty() && fitsOnOneLine(view, index, shorter)) {
                    // Cut whole, shown whole in brief.
                    QVERIFY2(shown == shorter, qPrintable(QStringLiteral("%1, %2: \"%3\" for \"%4\"")
                                                              .arg(where, view->objectName(), shown, shorter)));
                    ++m_shortened;
                }
            }
        }
        // Wider than the columns need: the room is taken, not left blank beside them.
        QVERIFY2(used >= view->viewport()->width(), qPrintable(QStringLiteral("%1, %2: columns use %3 px of %4")
                                                                   .arg(where, view->objectName())
                                                                   .arg(used)
                                                                   .arg(view->viewport()->width())));
        ++m_listsChecked;
    }
    for (ChartView* chart : m_window->findChildren<ChartView*>()) {
        if (!chart->isVisible())
            continue;
        const QSize least = chart->minimumSizeHint().expandedTo(chart->minimumSize());
        QVERIFY2(chart->width() >= least.width() && chart->height() >= least.height(),
                 qPrintable(QStringLiteral("%1: chart \"%2\" is %3×%4, its minimum %5×%6")
                                .arg(where, chart->accessibleName())
                                .arg(chart->width())
                                .arg(chart->height())
                                .arg(least.width())
                                .arg(least.height())));
        ++m_chartsChecked;
    }
}

void TestScreenSizes::everyScreenFits_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1024x600") << QSize(1024, 600);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestScreenSizes::everyScreenFits()
{
    QFETCH(QSize, screen);
    m_window->resize(screen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->size(), screen); // nothing in the window asks for more than the screen has

    m_window->showToday();
    checkShown(QStringLiteral("Today"));
    QVERIFY(m_window->openPatient(QStringLiteral("C000017"), QStringLiteral("timeline")));
    QTabWidget* pages = m_window->patientWorkspace()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        const QString name = pages->tabText(page).remove(QLatin1Char('&'));
        checkShown(name);
        // Pages with tabs of their own (the progress page: the summary, then a tab of charts per instrument).
        for (QTabWidget* inner : pages->widget(page)->findChildren<QTabWidget*>()) {
            for (int tab = 0; tab < inner->count(); ++tab) {
                inner->setCurrentIndex(tab);
                checkShown(name + QStringLiteral(" ▸ ") + inner->tabText(tab).remove(QLatin1Char('&')));
            }
        }
    }
    QVERIFY2(m_listsChecked >= 4, qPrintable(QString::number(m_listsChecked))); // register, today, visits, events
    QVERIFY(m_chartsChecked >= 1);
    // On the small laptop both the register's course and the sessions' scores need their short text.
    if (screen.width() == 1024)
        QVERIFY2(m_shortened >= 2, qPrintable(QString::number(m_shortened)));
}

QTEST_MAIN(TestScreenSizes)
#include "tst_screensizes.moc"
