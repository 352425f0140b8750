// Clinical events list and its actions.
#include "ClinicalEventsView.h"

#include "AppContext.h"
#include "ColumnFit.h"
#include "ClinicalEventDialog.h"
#include "ClinicalEventRepository.h"
#include "Clock.h"
#include "CourseRepository.h"
#include "ListTable.h"
#include "ReasonDialog.h"
#include "VisitTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace outcome {

namespace {

enum Column
{
    DateColumn,
    EventColumn,
    CourseColumn,
    NoteColumn,
    ColumnCount
};

} // namespace

ClinicalEventsView::ClinicalEventsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("clinicalEventsView"));
    m_add = new QAction(tr("Add clinical &event…"), this);
    m_add->setObjectName(QStringLiteral("addEventAction"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_edit = new QAction(tr("Edit clinical e&vent…"), this);
    m_edit->setObjectName(QStringLiteral("editEventAction"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Clinical events"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Course"), tr("Note")});
    ListTable::prepare(m_table);
    ColumnFit::install(m_table, m_table->horizontalHeader(), NoteColumn, {NoteColumn, CourseColumn});

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_add, m_edit}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, &ClinicalEventsView::addEvent);
    connect(m_edit, &QAction::triggered, this, &ClinicalEventsView::editEvent);
    connect(m_table, &QTableWidget::itemActivated, this, &ClinicalEventsView::editEvent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ClinicalEventsView::updateActions);
    connect(&context, &AppContext::recordsChanged, this, [this](qint64 patientId) {
        if (patientId == m_patientId && m_patientId > 0)
            reload();
    });
    updateActions();
}

void ClinicalEventsView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    reload();
}

void ClinicalEventsView::reload()
{
    m_table->setRowCount(0);
    m_events.clear();
    if (m_patientId > 0) {
        Result<QList<ClinicalEvent>> events = ClinicalEventRepository(m_context.database()).forPatient(m_patientId);
        Result<QList<Course>> courses = CourseRepository(m_context.database()).forPatient(m_patientId);
        if (events && courses) {
            m_events = std::move(events).value();
            for (const ClinicalEvent& event : m_events) {
                QString courseText;
                for (const Course& course : *courses) {
                    if (course.id == event.courseId)
                        courseText = tr("from %1").arg(QLocale().toString(course.startDate, QLocale::ShortFormat));
                }
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, DateColumn, new QTableWidgetItem(dayAndDate(event.date)));
                m_table->setItem(row, EventColumn, new QTableWidgetItem(clinicalEventKindDisplayName(event.kind)));
                m_table->setItem(row, CourseColumn, new QTableWidgetItem(courseText));
                m_table->setItem(row, NoteColumn, new QTableWidgetItem(event.note));
            }
        }
    }
    updateActions();
}

void ClinicalEventsView::setActionsAvailable(bool available)
{
    m_actionsAvailable = available;
    updateActions();
}

void ClinicalEventsView::updateActions()
{
    m_add->setEnabled(m_actionsAvailable && m_patientId > 0);
    m_edit->setEnabled(m_actionsAvailable && m_table->currentRow() >= 0 && m_table->currentRow() < m_events.size());
}

void ClinicalEventsView::addEvent()
{
    if (m_patientId <= 0)
        return;
    Result<QList<Course>> courses = CourseRepository(m_context.database()).forPatient(m_patientId);
    ClinicalEvent event;
    event.patientId = m_patientId;
    event.date = Clock::today();
    if (courses && !courses->isEmpty())
        event.courseId = courses->last().id;
    ClinicalEventDialog dialog(event, courses ? *courses : QList<Course>{}, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<ClinicalEvent> added = ClinicalEventRepository(m_context.database()).add(dialog.event());
        if (added) {
            m_context.notifyRecordsChanged(m_patientId);
            return;
        }
        dialog.showError(added.error().message);
    }
}

void ClinicalEventsView::editEvent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_events.size())
        return;
    Result<QList<Course>> courses = CourseRepository(m_context.database()).forPatient(m_patientId);
    ClinicalEventDialog dialog(m_events[row], courses ? *courses : QList<Course>{}, this);
    while (dialog.exec() == QDialog::Accepted) {
        const std::optional<QString> reason =
            ReasonDialog::ask(this, tr("Change clinical event"),
                              tr("Why is this event being changed? The reason is kept in the audit trail."));
        if (!reason)
            continue;
        const Status status = ClinicalEventRepository(m_context.database()).update(dialog.event(), *reason);
        if (status) {
            m_context.notifyRecordsChanged(m_patientId);
            return;
        }
        dialog.showError(status.error().message);
    }
}

} // namespace outcome
