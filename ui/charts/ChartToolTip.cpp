// Finding the hover text under the mouse: data points first (they are what people point at), then items.
#include "ChartToolTip.h"

#include "QCustomPlotHeader.h"

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

constexpr const char* kItemProperty = "outcomeToolTip";
constexpr const char* kPointsProperty = "outcomeToolTips";
// How far from a point the mouse may be and still mean it, in pixels.
constexpr double kPointReach = 9;

// Bars are pointed at anywhere on the bar, not only at its top.
QString barTextAt(QCPBars* bars, const QStringList& texts, const QPointF& pos, double& bestDistance)
{
    QVariant details;
    const double distance = bars->selectTest(pos, false, &details);
    const QCPDataSelection selection = details.value<QCPDataSelection>();
    if (distance < 0 || distance >= bestDistance || selection.isEmpty())
        return {};
    const int index = selection.dataRange(0).begin();
    if (index < 0 || index >= texts.size())
        return {};
    bestDistance = distance;
    return texts[index];
}

QString pointTextAt(QCPAbstractPlottable* plottable, const QPointF& pos, double& bestDistance)
{
    const QStringList texts = ChartToolTip::forPoints(plottable);
    if (texts.isEmpty())
        return {};
    if (auto* bars = qobject_cast<QCPBars*>(plottable))
        return barTextAt(bars, texts, pos, bestDistance);
    const auto* oneD = dynamic_cast<const QCPPlottableInterface1D*>(plottable);
    if (!oneD)
        return {};
    const QRect area = plottable->keyAxis()->axisRect()->rect();
    QString found;
    for (int i = 0; i < oneD->dataCount() && i < texts.size(); ++i) {
        const double value = oneD->dataMainValue(i);
        if (std::isnan(value))
            continue;
        const QPointF pixel = oneD->dataPixelPosition(i);
        if (!area.contains(pixel.toPoint()))
            continue;
        const double distance = std::hypot(pixel.x() - pos.x(), pixel.y() - pos.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            found = texts[i];
        }
    }
    return found;
}

} // namespace

void ChartToolTip::set(QCPAbstractItem* item, const QString& text)
{
    item->setProperty(kItemProperty, text);
}

QString ChartToolTip::of(const QCPAbstractItem* item)
{
    return item->property(kItemProperty).toString();
}

void ChartToolTip::setForPoints(QCPAbstractPlottable* plottable, const QStringList& texts)
{
    plottable->setProperty(kPointsProperty, texts);
}

QStringList ChartToolTip::forPoints(const QCPAbstractPlottable* plottable)
{
    return plottable->property(kPointsProperty).toStringList();
}

QString ChartToolTip::at(QCustomPlot& plot, const QPointF& pos)
{
    double bestDistance = kPointReach;
    QString found;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        const QString text = pointTextAt(plot.plottable(i), pos, bestDistance);
        if (!text.isEmpty())
            found = text;
    }
    if (!found.isEmpty())
        return found;
    for (int i = 0; i < plot.itemCount(); ++i) {
        QCPAbstractItem* item = plot.item(i);
        const QString text = of(item);
        const QCPAxisRect* clip = item->clipAxisRect();
        if (text.isEmpty() || (item->clipToAxisRect() && clip && !clip->rect().contains(pos.toPoint())))
            continue;
        const double distance = item->selectTest(pos, false);
        if (distance >= 0 && distance < bestDistance) {
            bestDistance = distance;
            found = text;
        }
    }
    return found;
}

QList<ChartToolTip::Point> ChartToolTip::points(QCustomPlot& plot)
{
    QList<Point> found;
    for (int p = 0; p < plot.plottableCount(); ++p) {
        QCPAbstractPlottable* plottable = plot.plottable(p);
        const QStringList texts = forPoints(plottable);
        const auto* oneD = dynamic_cast<const QCPPlottableInterface1D*>(plottable);
        if (texts.isEmpty() || !oneD)
            continue;
        const QRect area = plottable->keyAxis()->axisRect()->rect();
        for (int i = 0; i < oneD->dataCount() && i < texts.size(); ++i) {
            if (std::isnan(oneD->dataMainValue(i)))
                continue;
            const QPointF pixel = oneD->dataPixelPosition(i);
            // A value drawn twice (a flagged marker over its line) is one point.
            const bool known = std::any_of(found.cbegin(), found.cend(), [&](const Point& point) {
                return point.text == texts[i] &&
                       std::hypot(point.pixel.x() - pixel.x(), point.pixel.y() - pixel.y()) < 1;
            });
            if (area.contains(pixel.toPoint()) && !known)
                found.append({pixel, texts[i]});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Point& a, const Point& b) {
        return a.pixel.x() < b.pixel.x() || (a.pixel.x() == b.pixel.x() && a.pixel.y() < b.pixel.y());
    });
    return found;
}

} // namespace outcome
