// The patient's own view of their progress: full screen, large type, plain sentences and one large chart at a
// time, only this patient's data and no way elsewhere. Leaving needs the clinician: the close control or
// Ctrl+Shift+Q, each held for two seconds, which a patient will not do by accident.
#pragma once

#include "CourseOutcomes.h"
#include "ExpectedCourseReader.h"
#include "Patient.h"
#include "PatientSentences.h"
#include "Result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace outcome {

class ChartView;
class Database;
class HoldToConfirmButton;

class PatientView : public QWidget
{
    Q_OBJECT

public:
    // A window of its own. The library must outlive the view.
    PatientView(Database& db, const InstrumentLibrary& library, QWidget* parent = nullptr);
    ~PatientView() override;

    // Whether measure pages show how patients who started alike went (a shaded band and one sentence); on by
    // default. Set it before the course.
    void setShowExpectedCourse(bool show) { m_showExpected = show; }
    // Reads the clinic's completed courses through the window's shared cache; it must outlive the view.
    void shareCompletedCourses(CompletedCourseCache* cache) { m_completedCourses = cache; }
    // Loads a course (0: the patient's latest); on failure nothing is shown and the message is returned.
    Status setCourse(qint64 patientId, qint64 courseId = 0);
    void setOutcomes(const Patient& patient, std::shared_ptr<const CourseOutcomes> outcomes);
    // Full screen, focused, on the first page.
    void present();

    int pageCount() const;
    int currentPage() const;
    void showPage(int page);
    const QList<PatientSentence>& sentences() const { return m_sentences; }
    HoldToConfirmButton* closeButton() const { return m_close; }
    // With accounts on, what the clinician must also pass after the hold (their PIN or password); true lets go.
    void setLeaveCheck(std::function<bool()> check) { m_leaveCheck = std::move(check); }
    // The view's keys and what they do, for the keyboard-shortcuts page: {keys, action}.
    static QList<QPair<QString, QString>> keys();

signals:
    // The clinician held the close control: the view has closed.
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    QWidget* overviewPage();
    QWidget* measurePage(const PatientSentence& sentence);
    void ensureChart(int page);
    // The instrument's expected courses, read once; null when not shown or not readable.
    const ExpectedCourse* expectedOf(const QString& key);
    void updateNavigation();
    void finish();

    Database& m_db;
    const InstrumentLibrary& m_library;
    Patient m_patient;
    std::shared_ptr<const CourseOutcomes> m_outcomes;
    // The overview's sentences in the largest type (down to a still large one) that shows them all without
    // scrolling, each wrapped into whole lines.
    void fitOverview();

    QList<PatientSentence> m_sentences;
    QPointer<QScrollArea> m_overview;
    QList<QLabel*> m_overviewLabels;
    bool m_fittingOverview = false;
    QLabel* m_greeting = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_pageLabel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    HoldToConfirmButton* m_close = nullptr;
    std::function<bool()> m_leaveCheck;
    bool m_leaving = false;
    bool m_showExpected = true;
    QHash<QString, std::shared_ptr<const ExpectedCourses>> m_expected; // by instrument id
    CompletedCourseCache m_ownCompletedCourses;
    CompletedCourseCache* m_completedCourses = &m_ownCompletedCourses;
};

} // namespace outcome
