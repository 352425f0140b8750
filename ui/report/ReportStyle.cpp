// Shared drawing of the PDF reports.
#include "ReportStyle.h"

#include "PagedDocument.h"
#include "QCustomPlotHeader.h"

namespace outcome::report {

QFont reportFont(qreal points, bool bold)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

qreal mm(const QPainter& painter, qreal millimetres)
{
    return millimetres * painter.device()->logicalDpiY() / 25.4;
}

void addChart(PagedDocument& document, const std::shared_ptr<QCustomPlot>& plot, const QSize& natural)
{
    plot->setViewport(QRect(QPoint(0, 0), natural));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const qreal height = kChartWidthMm * natural.height() / natural.width();
    document.addBlock(height, [plot, natural](QCPPainter& painter, const QRectF& rect) {
        const qreal scale = rect.width() / natural.width();
        painter.translate(rect.topLeft());
        painter.scale(scale, scale);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNonCosmetic);
        plot->toPainter(&painter, natural.width(), int(rect.height() / scale));
    });
}

} // namespace outcome::report
