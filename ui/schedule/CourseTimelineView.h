// A patient's courses and the chosen course's visit timeline: status of every visit, scores once entered, and the
// actions that work on a visit (enter results, reschedule, mark missed, cancel, add an extra visit).
#pragma once

#include "Course.h"
#include "CourseScores.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace outcome {

class AppContext;
class VisitTableModel;
class VisitEntryDialog;

class CourseTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit CourseTimelineView(AppContext& context, QWidget* parent = nullptr);

    // Shows the patient's latest course (or the one given).
    void setPatient(qint64 patientId, const QString& patientName, qint64 courseId = 0);
    void reload();
    qint64 currentCourseId() const;
    qint64 currentVisitId() const;
    void selectVisit(qint64 visitId);
    const QList<Course>& courses() const { return m_courses; }
    const CourseScores& scores() const { return m_scores; }

    QTableView* table() const { return m_table; }
    VisitTableModel* model() const { return m_model; }

    // The actions the Course menu shows; each works on the selected course or visit.
    QAction* startCourseAction() const { return m_startCourse; }
    QAction* enterResultsAction() const { return m_enterResults; }
    QAction* selfEntryAction() const { return m_selfEntry; }
    QAction* rescheduleAction() const { return m_reschedule; }
    QAction* markMissedAction() const { return m_markMissed; }
    QAction* cancelVisitAction() const { return m_cancelVisit; }
    QAction* extraVisitAction() const { return m_extraVisit; }
    QAction* printFormsAction() const { return m_printForms; }

    // Asks where to save the printed questionnaires (empty: cancelled); tests answer without a dialog.
    using PathChooser = std::function<QString(const QString& suggestedName)>;
    void setFormPathChooser(PathChooser chooser) { m_chooseFormPath = std::move(chooser); }

    // While the timeline is off screen its actions are disabled, so a shortcut never acts on a hidden patient.
    void setActionsAvailable(bool available);

    // Opens the entry dialog for a visit of the shown patient; returns it (already open, window-modal).
    VisitEntryDialog* enterResults(qint64 visitId);
    void startCourse();
    void rescheduleVisit();
    void addExtraVisit();
    // Writes the questionnaires planned at the selected visit as a PDF the patient fills in by hand.
    void printForms();

signals:
    void courseChanged(qint64 courseId);
    // Course ▸ Patient fills in…: the patient answers the selected visit's questionnaires themselves.
    void selfEntryRequested(qint64 visitId);

private:
    // Whom a new course proposes as its clinician.
    QString proposedClinician() const;
    void showCourse(int index);
    void updateActions();
    void setVisitStatus(VisitStatus status, const QString& text);
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_patientId = 0;
    QString m_patientName;
    bool m_actionsAvailable = true;
    QList<Course> m_courses;
    CourseScores m_scores;

    QComboBox* m_courseChoice = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    VisitTableModel* m_model = nullptr;
    QAction* m_startCourse = nullptr;
    QAction* m_enterResults = nullptr;
    QAction* m_selfEntry = nullptr;
    QAction* m_reschedule = nullptr;
    QAction* m_markMissed = nullptr;
    QAction* m_cancelVisit = nullptr;
    QAction* m_extraVisit = nullptr;
    QAction* m_printForms = nullptr;
    PathChooser m_chooseFormPath;
};

} // namespace outcome
