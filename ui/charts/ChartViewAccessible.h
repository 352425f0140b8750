// What screen readers see of a chart: a chart named by its title, described by its text equivalent, whose points
// are its children; the point the arrow keys have reached has the keyboard and is read out with its visit, date,
// value and band, as the chosen entry of a list is.
#pragma once

#include <QAccessibleWidget>

namespace outcome {

class ChartView;

class ChartViewAccessible : public QAccessibleWidget
{
public:
    explicit ChartViewAccessible(ChartView* chart);
    ~ChartViewAccessible() override;

    // Installed once: every ChartView gets this interface instead of a plain widget's.
    static void install();

    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

private:
    ChartView* chart() const;

    mutable QList<QAccessible::Id> m_points; // created on first use, deleted with the chart's interface
};

} // namespace outcome
