// The expected course on a patient's progress chart, on a clinic worked out by hand (SimilarClinic.h): the band
// of similar patients' middle half and their dashed median at each visit, its key stating the rule and n, its words
// for screen readers and in the patient view; no band below twenty similar courses or with the box unticked.
#include "ChartView.h"
#include "CourseOutcomesLoader.h"
#include "OutcomeCourseReader.h"
#include "PatientView.h"
#include "ProgressPanel.h"
#include "SimilarClinic.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>

#include <cmath>

using namespace outcome;
using namespace outcome::test;

class TestExpectedCourse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bandOfSimilarCourses();
    void keyStatesRuleAndCount();
    void chartWordsTellTheBand();
    void noBandBelowTwentyCourses();
    void boxHidesTheBand();
    void patientViewSentence();
    void readerMatchesTheCore();
    void preloadedInTheBackground();

private:
    ChartView* nrsChart();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_startsAtSeven = 0;
    qint64 m_startsAtSix = 0;
    std::unique_ptr<ProgressPanel> m_panel;
};

namespace {

const QString kKey = QStringLiteral("nrs/score");
constexpr double kOneMonth = 28; // the standard template's 1-month visit, days after the start

// The value of the graph named `name` at `day`, in whichever panel holds it; NaN when none does.
double valueAt(QCustomPlot& plot, const QString& name, double day)
{
    for (int i = 0; i < plot.graphCount(); ++i) {
        QCPGraph* graph = plot.graph(i);
        if (graph->name() != name)
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            if (it->key == day)
                return it->value;
        }
    }
    return std::nan("");
}

int graphsNamed(QCustomPlot& plot, const QString& prefix)
{
    int count = 0;
    for (int i = 0; i < plot.graphCount(); ++i)
        count += plot.graph(i)->name().startsWith(prefix) ? 1 : 0;
    return count;
}

QStringList keyTexts(QCustomPlot& plot)
{
    QStringList texts;
    for (const QCPLegend* legend : plot.findChildren<QCPLegend*>()) {
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                texts.append(item->plottable()->name());
        }
    }
    return texts;
}

} // namespace

void TestExpectedCourse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("similar.db")));
    QVERIFY(m_db);
    storeSimilarClinic(*m_db);
    const CourseTemplate standard = standardTemplate(*m_db);
    m_startsAtSeven =
        storeSimilarCourse(*m_db, standard, QStringLiteral("P000007"), {7, 5, CourseStatus::Active}, QDate(2026, 3, 2));
    m_startsAtSix =
        storeSimilarCourse(*m_db, standard, QStringLiteral("P000006"), {6, 4, CourseStatus::Active}, QDate(2026, 3, 2));
}

void TestExpectedCourse::init()
{
    m_panel = std::make_unique<ProgressPanel>(*m_db, bundledLibrary());
    m_panel->resize(1366, 768);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestExpectedCourse::cleanup()
{
    m_panel.reset();
}

ChartView* TestExpectedCourse::nrsChart()
{
    if (!m_panel->showChart(kKey))
        return nullptr;
    ChartView* view = m_panel->chart(kKey);
    if (view)
        view->replot();
    return view;
}

void TestExpectedCourse::bandOfSimilarCourses()
{
    QVERIFY(m_panel->setCourse(m_startsAtSeven).ok());
    QVERIFY(m_panel->expectedCourseBox()->isChecked()); // on by default
    ChartView* chart = nrsChart();
    QVERIFY(chart);
    // By hand: the 21 courses' 1-month values have quartiles 3 and 6 and median 4.
    QCOMPARE(valueAt(*chart, QStringLiteral("expected median"), kOneMonth), 4.0);
    QCOMPARE(valueAt(*chart, QStringLiteral("expected low"), kOneMonth), 3.0);
    QCOMPARE(valueAt(*chart, QStringLiteral("expected high"), kOneMonth), 6.0);
    // At baseline: one 6, eighteen 7s and two 8s.
    QCOMPARE(valueAt(*chart, QStringLiteral("expected median"), 0), 7.0);
    QCOMPARE(valueAt(*chart, QStringLiteral("expected low"), 0), 7.0);
    QCOMPARE(valueAt(*chart, QStringLiteral("expected high"), 0), 7.0);
    // The shaded middle half fills between its quartiles.
    bool filled = false;
    for (int i = 0; i < chart->graphCount(); ++i) {
        QCPGraph* graph = chart->graph(i);
        if (graph->name() == QLatin1String("expected low"))
            filled = filled || (graph->channelFillGraph() && graph->brush().style() != Qt::NoBrush);
    }
    QVERIFY(filled);
    // The patient's own values are still there, drawn after (above) the band.
    QCOMPARE(valueAt(*chart, QStringLiteral("values"), kOneMonth), 5.0);
}

void TestExpectedCourse::keyStatesRuleAndCount()
{
    QVERIFY(m_panel->setCourse(m_startsAtSeven).ok());
    ChartView* chart = nrsChart();
    QVERIFY(chart);
    const QStringList keys = keyTexts(*chart);
    QCOMPARE(keys.size(), 1);
    QVERIFY2(keys.first().startsWith(QLatin1String("Patients who started like this: 21 courses")),
             qPrintable(keys.first()));
    QVERIFY2(keys.first().contains(QLatin1String("within 1 point of 7")), qPrintable(keys.first()));
}

void TestExpectedCourse::chartWordsTellTheBand()
{
    QVERIFY(m_panel->setCourse(m_startsAtSeven).ok());
    ChartView* chart = nrsChart();
    QVERIFY(chart);
    const QString description = chart->text().description();
    QVERIFY2(description.contains(QLatin1String("Patients who started like this: 21 courses")),
             qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("1 month: median 4, middle half 3 to 6 (21 courses)")),
             qPrintable(description));
    QVERIFY(chart->accessibleDescription().contains(QLatin1String("1 month: median 4")));
    bool row = false;
    for (const QStringList& cells : chart->text().rows())
        row = row || (cells.first() == QLatin1String("1 month, similar patients") && cells[2] == QLatin1String("4"));
    QVERIFY(row);
}

void TestExpectedCourse::noBandBelowTwentyCourses()
{
    QVERIFY(m_panel->setCourse(m_startsAtSix).ok());
    ChartView* chart = nrsChart();
    QVERIFY(chart);
    QVERIFY(valueAt(*chart, QStringLiteral("values"), 0) == 6.0);
    QCOMPARE(graphsNamed(*chart, QStringLiteral("expected")), 0);
    QVERIFY(keyTexts(*chart).isEmpty());
    QVERIFY(!chart->text().description().contains(QLatin1String("started like")));
}

void TestExpectedCourse::boxHidesTheBand()
{
    QVERIFY(m_panel->setCourse(m_startsAtSeven).ok());
    ChartView* chart = nrsChart();
    QVERIFY(chart);
    QVERIFY(graphsNamed(*chart, QStringLiteral("expected")) > 0);
    m_panel->expectedCourseBox()->setChecked(false);
    chart->replot();
    QCOMPARE(graphsNamed(*chart, QStringLiteral("expected")), 0);
    QVERIFY(keyTexts(*chart).isEmpty());
    QVERIFY(!chart->text().description().contains(QLatin1String("started like")));
    m_panel->expectedCourseBox()->setChecked(true);
    chart->replot();
    QCOMPARE(valueAt(*chart, QStringLiteral("expected median"), kOneMonth), 4.0);
}

void TestExpectedCourse::patientViewSentence()
{
    PatientView view(*m_db, bundledLibrary());
    QVERIFY(view.setCourse(m_startsAtSeven).ok());
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showPage(1); // the pain page
    auto* sentence = view.findChild<QLabel*>(QStringLiteral("expectedSentence_") + kKey);
    QVERIFY(sentence);
    // The patient's latest value is at 1 month, so the sentence reads the similar courses there.
    QCOMPARE(sentence->text(),
             QStringLiteral("Patients who started like you (21 courses): by 1 month, half scored between 3 and 6."));
    auto* chart = view.findChild<ChartView*>(QStringLiteral("patientChart_") + kKey);
    QVERIFY(chart);
    chart->replot();
    QCOMPARE(valueAt(*chart, QStringLiteral("expected median"), kOneMonth), 4.0);

    PatientView hidden(*m_db, bundledLibrary());
    hidden.setShowExpectedCourse(false);
    QVERIFY(hidden.setCourse(m_startsAtSeven).ok());
    hidden.showPage(1);
    QVERIFY(!hidden.findChild<QLabel*>(QStringLiteral("expectedSentence_") + kKey));
}

void TestExpectedCourse::readerMatchesTheCore()
{
    // The reader leaves out the patient's own course, active courses and courses starting too far away.
    Result<LoadedCourse> loaded = CourseOutcomesLoader(*m_db, bundledLibrary()).load(m_startsAtSeven);
    QVERIFY(loaded.ok());
    Result<ExpectedCourses> expected =
        ExpectedCourseReader(*m_db, bundledLibrary()).read(*loaded->outcomes, QStringLiteral("nrs"));
    QVERIFY(expected.ok());
    QVERIFY(expected->contains(kKey));
    const ExpectedCourse& course = expected->value(kKey);
    QCOMPARE(course.courseCount(), 21);
    QVERIFY(course.isShown());
    QCOMPARE(course.distance(), 1.0);
    QCOMPARE(course.visits().size(), 2); // baseline and 1 month
    QCOMPARE(course.visits().last().n, 21);
}

void TestExpectedCourse::preloadedInTheBackground()
{
    // A clinic of its own, as this test adds courses to it.
    const QString path = m_dir.filePath(QStringLiteral("preload.db"));
    std::unique_ptr<Database> db = openDatabase(path);
    QVERIFY(db);
    storeSimilarClinic(*db);
    const CourseTemplate standard = standardTemplate(*db);
    const qint64 courseId =
        storeSimilarCourse(*db, standard, QStringLiteral("P000007"), {7, 5, CourseStatus::Active}, QDate(2026, 3, 2));
    Result<LoadedCourse> loaded = CourseOutcomesLoader(*db, bundledLibrary()).load(courseId);
    QVERIFY(loaded.ok());
    const auto similarCourses = [&](CompletedCourseCache& cache) {
        Result<ExpectedCourses> expected =
            ExpectedCourseReader(*db, bundledLibrary()).read(*loaded->outcomes, QStringLiteral("nrs"), &cache);
        return expected ? expected->value(kKey).courseCount() : -1;
    };

    // Read on a connection of its own, in its own thread: the same band as a read on the spot.
    CompletedCourseCache cache;
    cache.preload(path, bundledLibrary());
    QCOMPARE(similarCourses(cache), 21);

    // A save after the preload: the next band reads the clinic again.
    storeSimilarCourse(*db, standard, QStringLiteral("P000100"), {7, 3, CourseStatus::Completed}, QDate(2025, 9, 1));
    QCOMPARE(similarCourses(cache), 22);

    // A save while a preload may still be reading: whichever finished first, the band counts the new course.
    CompletedCourseCache racing;
    racing.preload(path, bundledLibrary());
    storeSimilarCourse(*db, standard, QStringLiteral("P000101"), {8, 2, CourseStatus::Completed}, QDate(2025, 9, 8));
    QCOMPARE(similarCourses(racing), 23);

    // A closing window gives up a read still going: the reader stops at the next row and says so.
    std::atomic<bool> stop{true};
    OutcomeCourseReader reader(*db);
    reader.setStop(&stop);
    const Result<QList<OutcomeCourse>> given =
        reader.read(bundledLibrary(), QStringLiteral("nrs"), QStringLiteral("score"));
    QVERIFY(!given.ok());
    stop = false;
    QVERIFY(reader.read(bundledLibrary(), QStringLiteral("nrs"), QStringLiteral("score")).ok());
}

QTEST_MAIN(TestExpectedCourse)
#include "tst_expectedcourse.moc"
