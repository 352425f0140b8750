// The chart of one scored measure over a course (NRS, QVAS, ODI, RMDQ, a RAND-36 scale or summary): values at
// their visit days, the baseline, the meaningful-improvement threshold and a summary's population average as lines
// with words, severity bands behind, events and missed visits on the time axis, and a title that states the result.
// Where shown, the expected course of patients who started alike lies under the values: their middle half shaded,
// their median dashed, and a key below stating the rule and the number of courses.
#pragma once

#include "ChartStyle.h"
#include "CourseOutcomes.h"
#include "ExpectedCourse.h"

class QCustomPlot;

namespace outcome {

class MeasureChartBuilder
{
public:
    static void build(QCustomPlot& plot, const CourseOutcomes& outcomes, const MeasureSeries& series,
                      const ChartStyle& style, const ExpectedCourse* expected = nullptr);
};

} // namespace outcome
