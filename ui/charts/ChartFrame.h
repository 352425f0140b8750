// What every chart kind dresses the same way: a cleared plot with our layers, title rows, styled axes and names
// beside a panel. Builders compose these so a time chart and a profile look like one family.
#pragma once

#include "ChartStyle.h"
#include "QCustomPlotHeader.h"

#include <QList>
#include <QString>

#include <utility>

namespace outcome {

class ChartFrame
{
public:
    // Layers below the grid and above the data.
    static const QString kBandsLayer;
    static const QString kLabelsLayer;

    // Empties the plot, adds our layers, sets the background, turns off zoom and drag (the range is the message).
    static void reset(QCustomPlot& plot, const ChartStyle& style);
    // A bold heading and, when given, a result line under it in `subtitleColor`.
    static void addTitle(QCustomPlot& plot, const QString& title, const QString& subtitle, const QColor& subtitleColor,
                         const ChartStyle& style);
    static void styleAxis(QCPAxis* axis, const ChartStyle& style);
    // Breaks text longer than `width` characters at the space nearest its middle: names beside or under panels.
    static QString wrap(const QString& text, qsizetype width);
    // Breaks text at spaces into as many lines as it takes for each to be no wider than `width` pixels in `font`
    // (a single word wider than that keeps a line of its own): axis titles and names that must be read whole.
    static QString wrapToWidth(const QString& text, const QFont& font, int width);
    // Text at values on an edge of the panel (the right one unless said), outside the data: band names, a
    // reference range, a norm.
    static void setSideLabels(QCPAxisRect* rect, const QList<std::pair<double, QString>>& labels,
                              const ChartStyle& style, QCPAxis::AxisType side = QCPAxis::atRight);
};

} // namespace outcome
