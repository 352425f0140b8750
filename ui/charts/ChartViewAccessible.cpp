// The chart's accessible interface and its points.
#include "ChartViewAccessible.h"

#include "ChartView.h"

#include <QPointer>

namespace outcome {

namespace {

// One plotted point: a list item that is never a widget of its own, named by its text in words.
class ChartPointAccessible : public QAccessibleInterface
{
public:
    ChartPointAccessible(ChartView* chart, int index)
        : m_chart(chart)
        , m_index(index)
    {}

    bool isValid() const override { return m_chart && m_index < m_chart->pointCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_chart ? m_chart->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_chart.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text kind) const override
    {
        return m_chart && kind == QAccessible::Name ? m_chart->pointText(m_index) : QString();
    }

    QRect rect() const override
    {
        if (!m_chart)
            return {};
        const QRect local = m_chart->pointRect(m_index);
        return QRect(m_chart->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_chart) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        state.selected = m_chart->currentPoint() == m_index;
        state.focused = state.selected && m_chart->hasFocus();
        state.invisible = !m_chart->isVisible();
        state.offscreen = m_chart->visibleRegion().isEmpty();
        return state;
    }

private:
    QPointer<ChartView> m_chart;
    int m_index = 0;
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("outcome::ChartView") && object && object->isWidgetType())
        return new ChartViewAccessible(static_cast<ChartView*>(object));
    return nullptr;
}

} // namespace

ChartViewAccessible::ChartViewAccessible(ChartView* chart)
    : QAccessibleWidget(chart, QAccessible::Chart)
{}

ChartViewAccessible::~ChartViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_points))
        QAccessible::deleteAccessibleInterface(id);
}

void ChartViewAccessible::install()
{
    static const bool installed = []() {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

ChartView* ChartViewAccessible::chart() const
{
    return static_cast<ChartView*>(widget());
}

QString ChartViewAccessible::text(QAccessible::Text t) const
{
    // The value is the point the keyboard is on, in the words of the chart's text equivalent.
    if (t == QAccessible::Value)
        return chart()->currentPoint() >= 0 ? chart()->pointText(chart()->currentPoint()) : QString();
    return QAccessibleWidget::text(t);
}

QAccessible::State ChartViewAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    // With a point reached, that point has the keyboard, as the current entry of a list does: one object is focused.
    if (chart()->currentPoint() >= 0)
        state.focused = false;
    return state;
}

int ChartViewAccessible::childCount() const
{
    return chart()->pointCount();
}

QAccessibleInterface* ChartViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_points.size() <= index) {
        auto* point = new ChartPointAccessible(chart(), int(m_points.size()));
        m_points.append(QAccessible::registerAccessibleInterface(point));
    }
    return QAccessible::accessibleInterface(m_points[index]);
}

int ChartViewAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0; i < m_points.size(); ++i) {
        if (QAccessible::accessibleInterface(m_points[i]) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* ChartViewAccessible::focusChild() const
{
    if (!chart()->hasFocus())
        return nullptr;
    const int current = chart()->currentPoint();
    return current >= 0 ? child(current) : const_cast<ChartViewAccessible*>(this);
}

QAccessibleInterface* ChartViewAccessible::childAt(int x, int y) const
{
    const QPoint local = chart()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (chart()->pointRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

} // namespace outcome
