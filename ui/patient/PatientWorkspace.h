// The open patient: who it is (name, chart, age, archived) above a set of pages. The course timeline and the
// clinical events come first; other panels (progress charts, a start-versus-now summary) are added with addPage()
// and follow the open patient through patientOpened() and courseChanged().
#pragma once

#include "Patient.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace outcome {

class AppContext;
class ClinicalEventsView;
class CourseTimelineView;

class PatientWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit PatientWorkspace(AppContext& context, QWidget* parent = nullptr);

    // Loads the patient (0 closes the workspace); `courseId` picks the course shown, else the latest.
    bool setPatient(qint64 patientId, qint64 courseId = 0);
    qint64 patientId() const { return m_patient.id; }
    const Patient& patient() const { return m_patient; }
    qint64 currentCourseId() const;

    // Adds a page after the built-in ones and returns its index. The workspace takes ownership.
    int addPage(QWidget* page, const QString& title);
    void showPage(QWidget* page);

    QTabWidget* pages() const { return m_pages; }
    CourseTimelineView* timeline() const { return m_timeline; }
    ClinicalEventsView* events() const { return m_events; }

signals:
    void patientOpened(qint64 patientId);
    void courseChanged(qint64 courseId);

private:
    void showHeader();

    AppContext& m_context;
    Patient m_patient;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QTabWidget* m_pages = nullptr;
    CourseTimelineView* m_timeline = nullptr;
    ClinicalEventsView* m_events = nullptr;
};

} // namespace outcome
