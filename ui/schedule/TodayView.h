// The start-of-day view: overdue visits, who is due today and in the next seven days; Enter opens the visit.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace outcome {

class AppContext;

class TodayView : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        PatientIdRole = Qt::UserRole + 1,
        CourseIdRole,
        VisitIdRole
    };

    explicit TodayView(AppContext& context, QWidget* parent = nullptr);

    void reload();
    // Reloads only if the records changed while the list was off screen, or the day has changed since it loaded.
    void reloadIfStale();
    QTreeWidget* list() const { return m_list; }
    // Rows under each heading: overdue, today, the next seven days.
    int overdueCount() const;
    int todayCount() const;
    int comingCount() const;

    // How many visits each heading reads at most: several screens, and still quick to read at start-up.
    static constexpr int kVisitLimit = 200;

signals:
    void visitActivated(qint64 patientId, qint64 courseId, qint64 visitId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTreeWidgetItem* group(int index) const;
    QString groupTitle(int index) const;

    AppContext& m_context;
    QLabel* m_heading = nullptr;
    QLabel* m_note = nullptr;
    QTreeWidget* m_list = nullptr;
    bool m_stale = false;
    QDate m_loadedFor; // the day the list was read for
};

} // namespace outcome
