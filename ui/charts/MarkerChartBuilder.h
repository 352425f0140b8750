// The chart of one blood marker over a course: values with the lab's reference range shaded, points outside it
// marked, and values below (or above) the limit of detection drawn as open markers at the limit with "<".
#pragma once

#include "ChartStyle.h"
#include "CourseOutcomes.h"

class QCustomPlot;

namespace outcome {

class MarkerChartBuilder
{
public:
    static void build(QCustomPlot& plot, const CourseOutcomes& outcomes, const MeasureSeries& series,
                      const ChartStyle& style);
};

} // namespace outcome
