// Staggering crowded visit names.
#include "VisitTicker.h"

#include <QFontMetricsF>

#include <algorithm>

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
    QList<double> lineEnds; // where the last name on each line ends, in pixels
    for (qsizetype i = 0; i < ticks.size() && i < tickLabels->size(); ++i) {
        QString& label = (*tickLabels)[i];
        const double half = metrics.horizontalAdvance(label) / 2;
        const double centre = m_axis->coordToPixel(ticks[i]);
        const qsizetype line =
            std::find_if(lineEnds.cbegin(), lineEnds.cend(), [&](double end) { return centre - half >= end + kGap; }) -
            lineEnds.cbegin();
        if (line == lineEnds.size())
            lineEnds.append(0);
        label.prepend(QString(line, QLatin1Char('\n')));
        lineEnds[line] = centre + half;
    }
}

} // namespace outcome
