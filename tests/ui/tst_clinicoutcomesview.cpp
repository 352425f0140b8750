// View ▸ Clinic outcomes on a small clinic: opened from the main window by its shortcut, the table and group
// differences follow the measure, grouping and filters, the course count is always shown, the CSV export holds the
// table's unrounded figures, and on a laptop's screen the table and the charts are both in view, split where the
// reader last left them.
#include "ChartView.h"
#include "ClinicOutcomesView.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "SmallClinic.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace outcome;
using namespace outcome::test;

class TestClinicOutcomesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheViewMenu();
    void tableFollowsMeasureAndGrouping();
    void filtersChangeTheCount();
    void exportsTheTableAsCsv();
    void exportsThePdfReport();
    void tableAndChartsOnOneScreen_data();
    void tableAndChartsOnOneScreen();
    void theSplitIsRemembered();
    void figuresAreNeverCut();
    void chartWordsFitInGermanOnALaptop();

private:
    ClinicOutcomesView* open();
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestClinicOutcomesView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestClinicOutcomesView::init()
{
    auto db = openDatabase(m_dir.filePath(
        QStringLiteral("clinic-%1%2.db")
            .arg(QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY(db);
    storeSmallClinic(*db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestClinicOutcomesView::cleanup()
{
    m_window.reset();
}

ClinicOutcomesView* TestClinicOutcomesView::open()
{
    ClinicOutcomesView* view = m_window->showClinicOutcomes();
    view->setMeasure(QStringLiteral("nrs/score"));
    view->setGrouping(OutcomeGrouping::Treatment);
    return view;
}

void TestClinicOutcomesView::opensFromTheViewMenu()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("showClinicOutcomesAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QVERIFY(m_window->menu(MainWindow::Menu::View)->actions().contains(action));
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* view = m_window->findChild<ClinicOutcomesView*>(QStringLiteral("clinicOutcomesView"));
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->isWindow());
}

void TestClinicOutcomesView::tableFollowsMeasureAndGrouping()
{
    ClinicOutcomesView* view = open();
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("outcomesTable"));
    QVERIFY(table);
    // Two groups × two visits (baseline, session 1).
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Exercise therapy"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Baseline"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 3)->text(), QLocale().toString(7.0, 'f', 1));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Session 1"));
    QCOMPARE(table->item(1, 9)->text(), QLocale().toString(-2.0, 'f', 1));
    QVERIFY(table->item(1, 10)->text().startsWith(QStringLiteral("1 (50")));
    auto* comparisons = view->findChild<QTableWidget*>(QStringLiteral("outcomesComparisonsTable"));
    QCOMPARE(comparisons->rowCount(), 1);
    QCOMPARE(comparisons->item(0, 0)->text(), QStringLiteral("Spinal manipulation"));
    QCOMPARE(comparisons->item(0, 2)->text(), QLocale().toString(-1.0, 'f', 1));
    QVERIFY(view->findChild<ChartView*>(QStringLiteral("outcomesMeansChart"))->hasChart());
    QVERIFY(view->findChild<ChartView*>(QStringLiteral("outcomesRatesChart"))->hasChart());

    view->setGrouping(OutcomeGrouping::None);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("All"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("5"));
    QVERIFY(comparisons->isHidden());
}

void TestClinicOutcomesView::filtersChangeTheCount()
{
    ClinicOutcomesView* view = open();
    auto* count = view->findChild<QLabel*>(QStringLiteral("outcomesCountLabel"));
    QVERIFY(count->text().contains(QLatin1String("5")));
    auto* treatment = view->findChild<QComboBox*>(QStringLiteral("outcomesTreatmentCombo"));
    treatment->setCurrentIndex(treatment->findData(QStringLiteral("Spinal manipulation")));
    QVERIFY(count->text().contains(QLatin1String("2")));
    QCOMPARE(view->outcomes()->courseCount(), 2);
    treatment->setCurrentIndex(0);
    auto* from = view->findChild<QDateEdit*>(QStringLiteral("outcomesFromEdit"));
    from->setDate(QDate(2026, 2, 1));
    QCOMPARE(view->outcomes()->courseCount(), 3);
    auto* completeAt = view->findChild<QComboBox*>(QStringLiteral("outcomesCompleteAtCombo"));
    completeAt->setCurrentIndex(completeAt->findData(QStringLiteral("Session 1")));
    // Started from February with a session-1 value: the second exercise course and the second spinal one.
    QCOMPARE(view->outcomes()->courseCount(), 2);

    // The clinicians recorded on courses are offered, and a course without one is in no clinician's list.
    completeAt->setCurrentIndex(0);
    from->setDate(from->minimumDate());
    auto* clinician = view->findChild<QComboBox*>(QStringLiteral("outcomesClinicianCombo"));
    QCOMPARE(clinician->count(), 3); // every clinician, Anna Keller, Priya Raman
    clinician->setCurrentIndex(clinician->findData(QStringLiteral("Priya Raman")));
    QCOMPARE(view->outcomes()->courseCount(), 2);
    QVERIFY(count->text().contains(QLatin1String("2")));
}

void TestClinicOutcomesView::exportsTheTableAsCsv()
{
    ClinicOutcomesView* view = open();
    const QString path = m_dir.filePath(QStringLiteral("outcomes.csv"));
    QVERIFY(view->exportCsv(path));
    const QStringList lines = QString::fromUtf8(fileBytes(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    // The figures' names are those of `outcomes --json`, in the same order.
    QCOMPARE(lines[0], QStringLiteral("measure,group,courses,visit,n,mean,sd,ci_low,ci_high,median,q1,q3,change_n,"
                                      "change_mean,responders,responder_rate,responder_ci_low,responder_ci_high,"
                                      "out_of_range,out_of_range_rate,out_of_range_ci_low,out_of_range_ci_high"));
    QVERIFY(lines[2].startsWith(QStringLiteral("nrs/score,Exercise therapy,3,Session 1,2,5,0,")));
    QVERIFY(lines[2].contains(QStringLiteral(",2,-2,1,0.5,")));
}

void TestClinicOutcomesView::exportsThePdfReport()
{
    ClinicOutcomesView* view = open();
    QVERIFY(view->findChild<QPushButton*>(QStringLiteral("outcomesExportPdfButton")));
    auto* treatment = view->findChild<QComboBox*>(QStringLiteral("outcomesTreatmentCombo"));
    treatment->setCurrentIndex(treatment->findData(QStringLiteral("Spinal manipulation")));
    const QString path = m_dir.filePath(QStringLiteral("outcomes.pdf"));
    const Result<int> pages = view->exportPdf(path, QPageSize(QPageSize::A4));
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
    QVERIFY(*pages >= 1 && *pages <= 3);
    QCOMPARE(pdfPageCount(path), *pages);
    // The report is of what the view shows: its filter, the groups and rows it selected.
    const QString text = pdfReadingText(path);
    QVERIFY2(text.contains(QStringLiteral("Treatment: Spinal manipulation")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Courses selected: 2")));
    QVERIFY(text.contains(QStringLiteral("Spinal manipulation Session 1 2 4.0 (0.0)")));
    QVERIFY(!text.contains(QStringLiteral("Exercise therapy Baseline")));
    QVERIFY(text.contains(QStringLiteral("Definitions")));
}

void TestClinicOutcomesView::tableAndChartsOnOneScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("allInView");
    QTest::newRow("1366x768") << QSize(1366, 768) << true;
    QTest::newRow("1024x600") << QSize(1024, 600) << false;
}

void TestClinicOutcomesView::tableAndChartsOnOneScreen()
{
    QFETCH(QSize, screen);
    QFETCH(bool, allInView);
    ClinicOutcomesView* view = open();
    view->resize(screen);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTRY_COMPARE(view->size(), screen); // nothing in the view asks for more than the screen has
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("outcomesTable"));
    auto* scroll = view->findChild<QScrollArea*>(QStringLiteral("outcomesScrollArea"));
    QVERIFY(table && scroll);
    const QRect shown = scroll->viewport()->rect();
    for (const char* name : {"outcomesMeansChart", "outcomesRatesChart"}) {
        auto* chart = view->findChild<ChartView*>(QString::fromLatin1(name));
        QVERIFY(chart && chart->isVisible());
        QVERIFY2(chart->height() >= chart->minimumSizeHint().height(), name);
        // On a 1366×768 laptop the charts are on screen beside the table; on a smaller one they are a scroll away.
        const QRect place(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size());
        if (allInView)
            QVERIFY2(shown.contains(place), name);
        scroll->ensureWidgetVisible(chart, 0, 0);
        QVERIFY2(QRect(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size()).intersects(shown), name);
    }
    const QRect tablePlace(table->mapTo(scroll->viewport(), QPoint(0, 0)), table->size());
    scroll->ensureWidgetVisible(table, 0, 0);
    QVERIFY(QRect(table->mapTo(scroll->viewport(), QPoint(0, 0)), table->size()).intersects(shown));
    if (allInView)
        QVERIFY(shown.contains(tablePlace));
    // The table shows its heading and several rows, however small the screen.
    QVERIFY(table->viewport()->height() >= 3 * table->rowHeight(0));
}

void TestClinicOutcomesView::theSplitIsRemembered()
{
    ClinicOutcomesView* view = open();
    view->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    auto* splitter = view->findChild<QSplitter*>(QStringLiteral("outcomesSplitter"));
    QVERIFY(splitter);
    const QList<int> before = splitter->sizes();
    // The reader drags the handle 40 pixels up: more chart, less table.
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint grip(handle->width() / 2, handle->height() / 2);
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QMouseEvent drag(QEvent::MouseMove, grip - QPoint(0, 40), handle->mapToGlobal(grip - QPoint(0, 40)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &drag);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 40));
    const QList<int> dragged = splitter->sizes();
    QCOMPARE(dragged.value(0), before.value(0) - 40);

    // Opened again in a new window: the split is where it was left.
    m_window.reset();
    auto db = openDatabase(m_dir.filePath(QStringLiteral("clinic-theSplitIsRemembered.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    view = open();
    view->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(view->findChild<QSplitter*>(QStringLiteral("outcomesSplitter"))->sizes(), dragged);
}

void TestClinicOutcomesView::figuresAreNeverCut()
{
    ClinicOutcomesView* view = open();
    // Narrower than the tables: the group names wrap and the figures keep their width, the tables scrolling sideways.
    view->resize(1024, 600);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    for (const char* name : {"outcomesTable", "outcomesComparisonsTable"}) {
        auto* table = view->findChild<QTableWidget*>(QString::fromLatin1(name));
        table->setFixedWidth(360);
        QCoreApplication::processEvents(); // the fit that follows the resize
        QVERIFY2(table->horizontalHeader()->length() > table->viewport()->width(), name);
    }
    for (const char* name : {"outcomesTable", "outcomesComparisonsTable"}) {
        auto* table = view->findChild<QTableWidget*>(QString::fromLatin1(name));
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString cut = cutCellText(table, table->model()->index(row, column));
                QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" is cut").arg(QLatin1String(name), cut)));
            }
        }
    }
}

// In German on a 1024×600 laptop: each chart's key lies whole inside the chart, as large as its entries need, and no
// axis title is longer than its axis (the rates chart's "% der Behandlungsserien mit Ausgangswert und Termin").
void TestClinicOutcomesView::chartWordsFitInGermanOnALaptop()
{
    QVERIFY(Translations::install(QStringLiteral("de")));
    // The window made in init() speaks English; one made now speaks German.
    m_window.reset();
    auto db = openDatabase(m_dir.filePath(QStringLiteral("clinic-chartWordsFitInGermanOnALaptop.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    ClinicOutcomesView* view = open();
    view->setMeasure(QStringLiteral("odi/total"));
    view->resize(1024, 600);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTRY_COMPARE(view->size(), QSize(1024, 600));
    QStringList problems;
    int legends = 0;
    int titles = 0;
    for (const char* name : {"outcomesMeansChart", "outcomesRatesChart"}) {
        auto* chart = view->findChild<ChartView*>(QString::fromLatin1(name));
        QVERIFY(chart && chart->isVisible());
        QCoreApplication::processEvents();
        chart->replot(QCustomPlot::rpImmediateRefresh);
        for (const QCPLegend* legend : chart->findChildren<QCPLegend*>()) {
            if (!legend->visible() || legend->itemCount() == 0)
                continue;
            ++legends;
            const QRect place = legend->outerRect();
            const QSize needed = legend->minimumOuterSizeHint();
            if (!chart->rect().contains(place) || place.width() < needed.width() || place.height() < needed.height())
                problems.append(QStringLiteral("%1: key at %2,%3 %4×%5 (needs %6×%7) in a chart of %8×%9")
                                    .arg(QLatin1String(name))
                                    .arg(place.x())
                                    .arg(place.y())
                                    .arg(place.width())
                                    .arg(place.height())
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(chart->width())
                                    .arg(chart->height()));
        }
        for (const QCPAxisRect* rect : chart->axisRects()) {
            for (QCPAxis* axis : rect->axes()) {
                if (!axis->visible() || axis->label().isEmpty())
                    continue;
                ++titles;
                const QFontMetrics metrics(axis->labelFont());
                int longest = 0;
                for (const QString& line : axis->label().split(QLatin1Char('\n')))
                    longest = std::max(longest, metrics.horizontalAdvance(line));
                const int length = axis->orientation() == Qt::Vertical ? rect->height() : rect->width();
                if (longest > length)
                    problems.append(QStringLiteral("%1: axis title \"%2\" is %3 px along an axis of %4 px")
                                        .arg(QLatin1String(name), axis->label())
                                        .arg(longest)
                                        .arg(length));
            }
        }
    }
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    QCOMPARE(legends, 2);
    QVERIFY(titles >= 3);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestClinicOutcomesView)
#include "tst_clinicoutcomesview.moc"
