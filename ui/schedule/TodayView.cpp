// Start-of-day list.
#include "TodayView.h"

#include "AppContext.h"
#include "Clock.h"
#include "ColumnFit.h"
#include "CourseRepository.h"
#include "StatusColors.h"
#include "VisitTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

enum Group
{
    OverdueGroup,
    TodayGroup,
    ComingGroup,
    GroupCount
};

// The last group runs from tomorrow to a week from today, whatever the weekday: on a Friday the clinician sees
// Monday's patients. Its title names the number.
constexpr int kDaysAhead = 7;

enum Column
{
    PatientColumn,
    ChartColumn,
    VisitColumn,
    PlannedColumn,
    StatusColumn,
    TreatmentColumn
};

} // namespace

TodayView::TodayView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("todayView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    m_heading->setFont(headingFont);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("todayNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("dueVisitList"));
    m_list->setAccessibleName(tr("Visits due"));
    m_list->setHeaderLabels({tr("Patient"), tr("Chart"), tr("Visit"), tr("Planned"), tr("Status"), tr("Treatment")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setResizeContentsPrecision(0);
    // The patient's name takes the room; on a small screen the treatment gives way first, then the visit (a long
    // title such as the German baseline's), and only then the name, which a clinician reads the list by.
    ColumnFit::install(m_list, m_list->header(), PatientColumn, {TreatmentColumn, VisitColumn, PatientColumn});
    for (int index = 0; index < GroupCount; ++index) {
        auto* heading = new QTreeWidgetItem(m_list, {groupTitle(index)});
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        heading->setExpanded(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 visitId = item->data(0, VisitIdRole).toLongLong();
        if (visitId > 0)
            emit visitActivated(item->data(0, PatientIdRole).toLongLong(), item->data(0, CourseIdRole).toLongLong(),
                                visitId);
    });
    // Off screen the list only notes that it is stale: a save must not pay for redrawing the day's list.
    connect(&context, &AppContext::recordsChanged, this, [this]() {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    // Read when first shown (or asked to), once: the window that makes the view shows it straight away.
    m_stale = true;
}

QString TodayView::groupTitle(int index) const
{
    switch (index) {
    case OverdueGroup:
        return tr("Overdue");
    case TodayGroup:
        return tr("Due today");
    default:
        return tr("Next 7 days");
    }
}

QTreeWidgetItem* TodayView::group(int index) const
{
    return m_list->topLevelItem(index);
}

int TodayView::overdueCount() const
{
    return group(OverdueGroup)->childCount();
}

int TodayView::todayCount() const
{
    return group(TodayGroup)->childCount();
}

int TodayView::comingCount() const
{
    return group(ComingGroup)->childCount();
}

void TodayView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadIfStale();
}

void TodayView::reloadIfStale()
{
    if (m_stale || m_loadedFor != Clock::today())
        reload();
}

void TodayView::reload()
{
    m_stale = false;
    // The list is rebuilt; the clinician's place in it is kept.
    const QTreeWidgetItem* current = m_list->currentItem();
    const qint64 currentVisit = current ? current->data(0, VisitIdRole).toLongLong() : 0;
    const QDate today = Clock::today();
    m_loadedFor = today;
    m_heading->setText(QLocale().toString(today, QLocale::LongFormat));
    for (int index = 0; index < GroupCount; ++index)
        qDeleteAll(group(index)->takeChildren());
    // Each heading is read on its own, so a long overdue list never hides who is due today; a heading holds at most
    // kVisitLimit rows.
    CourseRepository courses(m_context.database());
    const QPalette palette = m_list->palette();
    bool cut = false;
    for (int index = 0; index < GroupCount; ++index) {
        const QDate from = index == OverdueGroup ? QDate() : index == TodayGroup ? today : today.addDays(1);
        const QDate until = index == OverdueGroup ? today.addDays(-1)
                            : index == TodayGroup ? today
                                                  : today.addDays(kDaysAhead);
        // One row more than shown tells whether the heading is cut short.
        Result<QList<DueVisit>> due = courses.dueBetween(from, until, kVisitLimit + 1);
        if (!due) {
            m_note->setText(due.error().message);
            return;
        }
        const bool groupCut = due->size() > kVisitLimit;
        if (groupCut)
            due->resize(kVisitLimit);
        cut = cut || groupCut;
        for (const DueVisit& entry : *due) {
            const VisitState state = entry.visit.stateOn(today);
            QString status = visitStateDisplayName(state);
            if (state == VisitState::Overdue) {
                const qint64 days = entry.visit.scheduledDate.daysTo(today);
                status = days == 1 ? tr("1 day overdue") : tr("%1 days overdue").arg(days);
            }
            auto* item = new QTreeWidgetItem(group(index),
                                             {entry.patientName, entry.chartNumber, entry.visit.title(),
                                              dayAndDate(entry.visit.scheduledDate), status, entry.treatmentLabel});
            item->setIcon(StatusColumn, StatusColors::icon(state, palette));
            if (state != VisitState::Scheduled)
                item->setForeground(StatusColumn, StatusColors::color(StatusColors::toneFor(state), palette));
            item->setData(0, PatientIdRole, entry.patientId);
            item->setData(0, CourseIdRole, entry.visit.courseId);
            item->setData(0, VisitIdRole, entry.visit.id);
        }
        // A heading cut short says "200+": counting a long overdue list in a large clinic would hold up the window
        // for longer than reading the rows shown.
        group(index)->setText(0,
                              tr("%1 (%2)").arg(groupTitle(index), QLocale().toString(due->size()) +
                                                                       (groupCut ? QStringLiteral("+") : QString())));
    }
    m_note->setText(cut ? tr("Each heading shows its first %L1 visits; open patients from the register for the rest.")
                              .arg(kVisitLimit)
                        : tr("Press Enter or double-click a visit to open it. Ctrl+F finds any patient."));
    for (int index = 0; index < GroupCount && currentVisit > 0; ++index) {
        for (int row = 0; row < group(index)->childCount(); ++row) {
            if (group(index)->child(row)->data(0, VisitIdRole).toLongLong() == currentVisit)
                m_list->setCurrentItem(group(index)->child(row));
        }
    }
    if (!m_list->currentItem() || !m_list->currentItem()->parent()) {
        for (int index = 0; index < GroupCount; ++index) {
            if (group(index)->childCount() > 0) {
                m_list->setCurrentItem(group(index)->child(0));
                break;
            }
        }
    }
}

} // namespace outcome
