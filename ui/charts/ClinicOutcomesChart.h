// The clinic outcomes charts: each group's mean per visit with its 95 % interval as a band, on two linked panels
// (the course, then the follow-up, sharing one value axis); and per visit the share of responders or of markers
// out of range as bars, one colour per group.
#pragma once

#include "ChartStyle.h"
#include "ClinicOutcomes.h"

class QCustomPlot;

namespace outcome {

class ClinicOutcomesChart
{
public:
    // Visits up to this day belong to the course panel; later ones to the follow-up panel.
    static constexpr int kCourseDays = 35;

    static void buildMeans(QCustomPlot& plot, const ClinicOutcomes& outcomes, const MeasureDefinition& measure,
                           const ChartStyle& style);
    // Responders where the measure has a threshold, else markers out of range; false when it has neither.
    static bool buildRates(QCustomPlot& plot, const ClinicOutcomes& outcomes, const MeasureDefinition& measure,
                           const ChartStyle& style);
    // The colour of the n-th group, the same in both charts.
    static QColor groupColor(const ChartPalette& palette, qsizetype index);
};

} // namespace outcome
