// The RAND-36 profile: baseline against the latest value for each of the eight scales (grouped bars, 0–100), and
// beside it the physical and mental summaries against the population norm of 50.
#pragma once

#include "ChartStyle.h"
#include "CourseOutcomes.h"

class QCustomPlot;

namespace outcome {

class ProfileChartBuilder
{
public:
    // The key ProgressPanel, the report and the CLI name this chart by.
    static QString key(const QString& instrumentId);
    // True when the instrument has scales to profile (measures of the group "scales") in this course.
    static bool applies(const CourseOutcomes& outcomes, const QString& instrumentId);
    static void build(QCustomPlot& plot, const CourseOutcomes& outcomes, const QString& instrumentId,
                      const ChartStyle& style);
};

} // namespace outcome
