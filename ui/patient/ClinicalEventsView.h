// A patient's clinical events in date order, with add and edit (edits ask for a reason for the audit trail).
#pragma once

#include "ClinicalEvent.h"

#include <QWidget>

class QAction;
class QTableWidget;

namespace outcome {

class AppContext;

class ClinicalEventsView : public QWidget
{
    Q_OBJECT

public:
    explicit ClinicalEventsView(AppContext& context, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    QTableWidget* table() const { return m_table; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }

    // Off screen, the actions are disabled so a shortcut never acts on a hidden patient.
    void setActionsAvailable(bool available);
    void addEvent();
    void editEvent();

private:
    void reload();
    void updateActions();

    AppContext& m_context;
    qint64 m_patientId = 0;
    bool m_actionsAvailable = true;
    QList<ClinicalEvent> m_events;
    QTableWidget* m_table = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
};

} // namespace outcome
