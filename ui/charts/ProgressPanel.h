// Everything about one course's progress for the clinician: the start-vs-now summary first, then a tab per
// instrument with all its charts. Charts are built when their tab is first opened, so opening a patient costs a
// load and a table. The expected course of similar patients is read with an instrument's charts, when their tab is
// first opened.
#pragma once

#include "CourseOutcomes.h"
#include "ExpectedCourseReader.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace outcome {

class ChartView;
class Database;
class StartVsNowSummary;

class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    // The library must outlive the panel.
    ProgressPanel(Database& db, const InstrumentLibrary& library, QWidget* parent = nullptr);
    ~ProgressPanel() override;

    // Loads and shows a course (0: the patient's latest). On failure the panel shows the message and returns it.
    Status setCourse(qint64 patientId, qint64 courseId = 0);
    // Reads the clinic's completed courses through a cache the window shares (and preloads) rather than its own;
    // the cache must outlive the panel.
    void shareCompletedCourses(CompletedCourseCache* cache) { m_completedCourses = cache; }
    // Shows outcomes loaded elsewhere (the workspace may share them with the report).
    void setOutcomes(std::shared_ptr<const CourseOutcomes> outcomes);
    // Nothing selected: the panel says what to do.
    void clear(const QString& message = {});

    // Opens the tab holding a chart ("odi/total", "rand36/profile") and brings the chart into view.
    bool showChart(const QString& key);

    const std::shared_ptr<const CourseOutcomes>& outcomes() const { return m_outcomes; }
    StartVsNowSummary* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    // "Show the expected course": on by default.
    QCheckBox* expectedCourseBox() const { return m_expectedBox; }
    // The chart with this key, or null while its tab has not been opened.
    ChartView* chart(const QString& key) const { return m_charts.value(key); }

signals:
    // The clinician asked to show this course to the patient (the "Show to patient" button).
    void patientViewRequested(qint64 patientId, qint64 courseId);

private:
    void buildTab(int index);
    // Gives the view its chart and words, with the expected course when the box is ticked.
    void fillChart(ChartView* view, const QString& key);
    // The instrument's expected courses, read once per opened course; null when they cannot be read.
    std::shared_ptr<const ExpectedCourses> expectedOf(const QString& instrumentId);

    Database& m_db;
    const InstrumentLibrary& m_library;
    std::shared_ptr<const CourseOutcomes> m_outcomes;
    QLabel* m_title = nullptr;
    QPushButton* m_patientButton = nullptr;
    QCheckBox* m_expectedBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    StartVsNowSummary* m_summary = nullptr;
    QHash<QString, ChartView*> m_charts;
    QHash<QString, std::shared_ptr<const ExpectedCourses>> m_expected; // by instrument id
    CompletedCourseCache m_ownCompletedCourses;                        // kept from patient to patient
    CompletedCourseCache* m_completedCourses = &m_ownCompletedCourses;
};

} // namespace outcome
