// Hover texts on chart objects: builders attach them to points and items, the chart view looks them up under the
// mouse. Kept on the QCustomPlot objects themselves, so a chart is one self-contained thing to build and test.
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QCPAbstractItem;
class QCPAbstractPlottable;
class QCustomPlot;

namespace outcome {

class ChartToolTip
{
public:
    static void set(QCPAbstractItem* item, const QString& text);
    static QString of(const QCPAbstractItem* item);
    // One text per data point, in the plottable's data order.
    static void setForPoints(QCPAbstractPlottable* plottable, const QStringList& texts);
    static QStringList forPoints(const QCPAbstractPlottable* plottable);
    // The text of the nearest point within a few pixels of `pos`, else of the item there; empty if none.
    static QString at(QCustomPlot& plot, const QPointF& pos);

    struct Point
    {
        QPointF pixel;
        QString text;
    };
    // Every drawn point that has a text, left to right (top to bottom where they share a place), each place and
    // text once: the points the keyboard steps through.
    static QList<Point> points(QCustomPlot& plot);
};

} // namespace outcome
