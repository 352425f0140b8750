// Ticks at visit days with their names; a name that would run into its neighbour at the axis's present width
// drops to the first line below where it fits, so late or extra visits close together stay readable at any size.
#pragma once

#include "QCustomPlotHeader.h"

namespace outcome {

class VisitTicker : public QCPAxisTickerText
{
public:
    // `axis` owns the ticker and so outlives it.
    explicit VisitTicker(QCPAxis* axis)
        : m_axis(axis)
    {}

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision, QVector<double>& ticks,
                  QVector<double>* subTicks, QVector<QString>* tickLabels) override;

private:
    QCPAxis* m_axis;
};

} // namespace outcome
