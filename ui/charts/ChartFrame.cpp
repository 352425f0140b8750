// Shared chart furniture.
#include "ChartFrame.h"

#include <QFontMetrics>
#include <QStringList>

namespace outcome {

const QString ChartFrame::kBandsLayer = QStringLiteral("bands");
const QString ChartFrame::kLabelsLayer = QStringLiteral("labels");

void ChartFrame::reset(QCustomPlot& plot, const ChartStyle& style)
{
    plot.clearItems();
    plot.clearPlottables();
    plot.plotLayout()->clear();
    if (!plot.layer(kBandsLayer))
        plot.addLayer(kBandsLayer, plot.layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    if (!plot.layer(kLabelsLayer))
        plot.addLayer(kLabelsLayer, plot.layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot.setBackground(style.palette.background);
    plot.setInteractions({});
    // A key lists only what a builder puts in it (a new legend would otherwise collect every graph added after it).
    plot.setAutoAddPlottableToLegend(false);
}

void ChartFrame::addTitle(QCustomPlot& plot, const QString& title, const QString& subtitle, const QColor& subtitleColor,
                          const ChartStyle& style)
{
    auto* rows = new QCPLayoutGrid;
    plot.plotLayout()->addElement(0, 0, rows);
    rows->setRowSpacing(0);
    auto* heading = new QCPTextElement(&plot, title, style.font(style.titlePointSize, true));
    heading->setTextColor(style.palette.text);
    rows->addElement(0, 0, heading);
    if (!subtitle.isEmpty()) {
        auto* result = new QCPTextElement(&plot, subtitle, style.font(style.textPointSize, true));
        result->setTextColor(subtitleColor);
        rows->addElement(1, 0, result);
    }
}

void ChartFrame::styleAxis(QCPAxis* axis, const ChartStyle& style)
{
    const ChartPalette& palette = style.palette;
    axis->setSubTicks(false);
    axis->setBasePen(QPen(palette.axis, 1));
    axis->setTickPen(QPen(palette.axis, 1));
    axis->setTickLabelColor(palette.text);
    axis->setLabelColor(palette.text);
    axis->setTickLabelFont(style.textFont());
    axis->setLabelFont(style.textFont());
    axis->grid()->setPen(QPen(palette.grid, 1));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

QString ChartFrame::wrap(const QString& text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || std::abs(i - middle) < std::abs(best - middle))
            best = i;
    }
    if (best < 0)
        return text;
    return text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}

QString ChartFrame::wrapToWidth(const QString& text, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() &&
            metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines.join(QLatin1Char('\n'));
}

void ChartFrame::setSideLabels(QCPAxisRect* rect, const QList<std::pair<double, QString>>& labels,
                               const ChartStyle& style, QCPAxis::AxisType sideType)
{
    QCPAxis* side = rect->axis(sideType);
    side->setVisible(true);
    const bool vertical = sideType == QCPAxis::atLeft || sideType == QCPAxis::atRight;
    side->setRange(rect->axis(vertical ? QCPAxis::atLeft : QCPAxis::atBottom)->range());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const auto& [value, text] : labels)
        ticker->addTick(value, text);
    side->setTicker(ticker);
    side->setBasePen(Qt::NoPen);
    side->setTickPen(Qt::NoPen);
    side->setSubTicks(false);
    side->setTickLabelFont(style.labelFont());
    side->setTickLabelColor(style.palette.mutedText);
}

} // namespace outcome
