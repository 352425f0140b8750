// The charts of a course, each named by a key ("odi/total", "markers/crp", "rand36/profile"): which exist, and
// building any of them with the right builder. Screens, the patient view, the report and the CLI all come here.
#pragma once

#include "ChartStyle.h"
#include "CourseOutcomes.h"
#include "ExpectedCourse.h"

#include <QStringList>

class QCustomPlot;

namespace outcome {

class CourseCharts
{
public:
    // Every chart of the course: per instrument its profile (where it has scales) and then one per measure.
    static QStringList keys(const CourseOutcomes& outcomes);
    // The keys of one instrument's charts, in the same order.
    static QStringList keysOf(const CourseOutcomes& outcomes, const QString& instrumentId);
    // How much taller than the style's size a chart is drawn: a profile's many bars need room.
    static double heightFactor(const QString& key);
    // The size a chart is drawn at by default in a style.
    static QSize naturalSize(const QString& key, const ChartStyle& style);
    // False, with the plot untouched, for a key the course has no chart for. A measure's chart shows the expected
    // course when given one that is shown.
    static bool build(QCustomPlot& plot, const CourseOutcomes& outcomes, const QString& key, const ChartStyle& style,
                      const ExpectedCourse* expected = nullptr);
};

} // namespace outcome
