// The clinician's progress panel: summary tab, one lazily built tab of charts per instrument.
#include "ProgressPanel.h"

#include "ChartView.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "OutcomeText.h"
#include "StartVsNowSummary.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {
// Tabs of charts carry their instrument id here, and are built once.
constexpr const char* kInstrumentProperty = "outcomeInstrument";
constexpr const char* kBuiltProperty = "outcomeBuilt";
// A chart grows with the panel up to this many times its natural height: a lone chart fills a large screen, and
// no taller, where a small change would start to look steep.
constexpr double kMostGrowth = 2.5;
constexpr int kChartStretch = 100;
} // namespace

ProgressPanel::ProgressPanel(Database& db, const InstrumentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_library(library)
{
    setObjectName(QStringLiteral("progressPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // A long treatment label wraps rather than widening the page and squeezing the patient register beside it.
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_patientButton = new QPushButton(tr("Show to patient…"), this);
    m_patientButton->setObjectName(QStringLiteral("showToPatientButton"));
    m_patientButton->setToolTip(tr("Opens a full-screen view of this course in plain words for the patient."));
    m_patientButton->setEnabled(false);
    connect(m_patientButton, &QPushButton::clicked, this, [this]() {
        if (m_outcomes)
            emit patientViewRequested(m_outcomes->course().patientId, m_outcomes->course().id);
    });

    m_expectedBox = new QCheckBox(tr("Show the expected course"), this);
    m_expectedBox->setObjectName(QStringLiteral("expectedCourseBox"));
    m_expectedBox->setChecked(true);
    m_expectedBox->setToolTip(
        tr("Shades how the clinic's own completed courses that started like this one went: their median and middle "
           "half at each visit, where at least %1 such courses exist. Worked out on this computer.")
            .arg(ExpectedCourse::kMinimumCourses));
    connect(m_expectedBox, &QCheckBox::toggled, this, [this]() {
        for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
            fillChart(it.value(), it.key());
    });

    m_summary = new StartVsNowSummary(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProgressPanel::buildTab);
    connect(m_summary, &StartVsNowSummary::chartRequested, this, &ProgressPanel::showChart);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_expectedBox);
    header->addWidget(m_patientButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    clear();
}

ProgressPanel::~ProgressPanel() = default;

Status ProgressPanel::setCourse(qint64 patientId, qint64 courseId)
{
    Result<LoadedCourse> loaded = CourseOutcomesLoader(m_db, m_library).load(patientId, courseId);
    if (!loaded) {
        clear(loaded.error().message);
        return loaded.error();
    }
    setOutcomes(std::move(loaded->outcomes));
    return {};
}

void ProgressPanel::clear(const QString& message)
{
    m_outcomes.reset();
    m_charts.clear();
    m_expected.clear();
    m_patientButton->setEnabled(false);
    m_title->setText(tr("Progress"));
    while (m_tabs->count() > 1) {
        QWidget* page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        page->deleteLater();
    }
    if (m_tabs->count() == 0)
        m_tabs->addTab(m_summary, tr("Start vs now"));
    m_summary->clear(message.isEmpty() ? tr("Choose a patient to see their progress.") : message);
}

void ProgressPanel::setOutcomes(std::shared_ptr<const CourseOutcomes> outcomes)
{
    clear();
    m_outcomes = std::move(outcomes);
    const Course& course = m_outcomes->course();
    const QString started = OutcomeText::longDate(course.startDate);
    m_title->setText(course.treatmentLabel.isEmpty() ? tr("Progress since %1").arg(started)
                                                     : tr("%1: progress since %2").arg(course.treatmentLabel, started));
    m_patientButton->setEnabled(!m_outcomes->series().isEmpty());
    m_summary->setOutcomes(*m_outcomes);
    for (const QString& instrumentId : m_outcomes->instrumentIds()) {
        const InstrumentDefinition* definition = m_library.find(instrumentId);
        auto* area = new QScrollArea;
        area->setObjectName(QStringLiteral("charts_") + instrumentId);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setProperty(kInstrumentProperty, instrumentId);
        // The charts inside take the keyboard; the area around them is no stop of its own.
        area->setFocusPolicy(Qt::NoFocus);
        const QString title = definition && !definition->shortName.isEmpty() ? definition->shortName : instrumentId;
        area->setAccessibleName(tr("%1 charts").arg(title));
        const int index = m_tabs->addTab(area, title);
        if (definition)
            m_tabs->setTabToolTip(index, definition->name);
    }
    m_tabs->setCurrentIndex(0);
}

void ProgressPanel::buildTab(int index)
{
    auto* area = qobject_cast<QScrollArea*>(m_tabs->widget(index));
    if (!area || !m_outcomes || area->property(kBuiltProperty).toBool())
        return;
    area->setProperty(kBuiltProperty, true);
    const QString instrumentId = area->property(kInstrumentProperty).toString();
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setSpacing(18);
    const std::shared_ptr<const CourseOutcomes> outcomes = m_outcomes;
    for (const QString& key : CourseCharts::keysOf(*outcomes, instrumentId)) {
        auto* view = new ChartView(content);
        view->setObjectName(QStringLiteral("chart_") + key);
        fillChart(view, key);
        // At least its natural height (a tab of many charts scrolls rather than squeezing them); a tab with one
        // or two charts lets them grow into the room there is.
        view->setMinimumHeight(view->sizeHint().height());
        view->setMaximumHeight(int(view->sizeHint().height() * kMostGrowth));
        column->addWidget(view, kChartStretch);
        m_charts.insert(key, view);
    }
    column->addStretch(1); // takes what the charts leave once they reach their largest
    area->setWidget(content);
}

void ProgressPanel::fillChart(ChartView* view, const QString& key)
{
    const std::shared_ptr<const CourseOutcomes> outcomes = m_outcomes;
    if (!outcomes)
        return;
    const std::shared_ptr<const ExpectedCourses> expected =
        m_expectedBox->isChecked() ? expectedOf(key.section(QLatin1Char('/'), 0, 0)) : nullptr;
    const auto expectedOfKey = [](const ExpectedCourses* courses, const QString& chart) -> const ExpectedCourse* {
        if (!courses)
            return nullptr;
        const auto found = courses->constFind(chart);
        return found == courses->cend() ? nullptr : &found.value();
    };
    view->setChart(
        [outcomes, expected, expectedOfKey, key](QCustomPlot& plot, const ChartStyle& style) {
            CourseCharts::build(plot, *outcomes, key, style, expectedOfKey(expected.get(), key));
        },
        CourseCharts::heightFactor(key));
    const ExpectedCourse* expectedCourse = expectedOfKey(expected.get(), key);
    view->setText(ChartText::of(*outcomes, key, false, expectedCourse));
}

std::shared_ptr<const ExpectedCourses> ProgressPanel::expectedOf(const QString& instrumentId)
{
    if (const auto found = m_expected.constFind(instrumentId); found != m_expected.cend())
        return found.value();
    Result<ExpectedCourses> read =
        ExpectedCourseReader(m_db, m_library).read(*m_outcomes, instrumentId, m_completedCourses);
    // Without them the charts still show the patient's own course; the band is only ever an extra.
    std::shared_ptr<const ExpectedCourses> expected =
        read ? std::make_shared<const ExpectedCourses>(std::move(*read)) : nullptr;
    m_expected.insert(instrumentId, expected);
    return expected;
}

bool ProgressPanel::showChart(const QString& key)
{
    if (!m_outcomes)
        return false;
    const QString instrumentId = key.section(QLatin1Char('/'), 0, 0);
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kInstrumentProperty).toString() != instrumentId)
            continue;
        m_tabs->setCurrentIndex(i);
        buildTab(i);
        ChartView* view = m_charts.value(key);
        if (!view)
            return false;
        qobject_cast<QScrollArea*>(m_tabs->widget(i))->ensureWidgetVisible(view, 0, 0);
        view->setFocus();
        return true;
    }
    return false;
}

} // namespace outcome
