// The patient register: a search box that filters as you type and the list of matching patients.
#pragma once

#include "Patient.h"

#include <QWidget>

class QTimer;

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace outcome {

class Database;
class PatientListModel;

class PatientRegisterView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientRegisterView(Database& db, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }
    QCheckBox* showArchivedCheck() const { return m_showArchived; }
    PatientListModel* model() const { return m_model; }
    qint64 currentPatientId() const;
    void selectPatient(qint64 patientId);
    // Selects the patient in the list; when the search in the box leaves the patient out, the search becomes the
    // patient's chart number.
    void showPatient(const Patient& patient);
    void refresh();

signals:
    // The selection moved to another patient (0: none).
    void currentPatientChanged(qint64 patientId);
    // Enter or double-click on a patient.
    void patientActivated(qint64 patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The count under the list: at once where every match is read, else after typing pauses (one counting query).
    void updateSummary(bool countAll = false);

    PatientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_countTimer = nullptr;
};

} // namespace outcome
