// Staggering crowded visit names.
#include "VisitTicker.h"

#include <QFontMetricsF>

#include <limits>

namespace outcome {

namespace {
// Space kept between two names on one line, in pixels.
constexpr double kGap = 6;
} // namespace

void VisitTicker::generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                           QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels)
{
    QCPAxisTickerText::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
    if (!tickLabels)
        return;
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    double lineEnds[2] = {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (qsizetype i = 0; i < ticks.size() && i < tickLabels->size(); ++i) {
        QString& label = (*tickLabels)[i];
        const double half = metrics.horizontalAdvance(label) / 2;
        const double centre = m_axis->coordToPixel(ticks[i]);
        const int line = centre - half >= lineEnds[0] + kGap ? 0 : 1;
        if (line == 1)
            label.prepend(QLatin1Char('\n'));
        lineEnds[line] = centre + half;
    }
}

} // namespace outcome
