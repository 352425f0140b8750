// A series as the chart builders draw it: days, values with NaN for gaps (so the line breaks), the number beside
// each point and the text on hover.
#pragma once

#include "ChartStyle.h"
#include "MeasureSeries.h"

#include <QList>
#include <QStringList>

namespace outcome {

struct SeriesPoints
{
    SeriesPoints(const MeasureSeries& series, const ChartStyle& style);

    QList<double> days;
    QList<double> values; // NaN where the series has a gap
    QStringList labels;   // "36", "< 0.5"
    QStringList toolTips; // "Session 4, 12/03/2026: 36 % (Moderate disability)"
};

} // namespace outcome
