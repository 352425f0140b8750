// What the PDF reports share: their colours, their fonts, millimetres on a page, and a chart placed as vectors.
#pragma once

#include <QColor>
#include <QFont>
#include <QSize>

#include <memory>

class QCustomPlot;
class QPainter;

namespace outcome {

class PagedDocument;

namespace report {

inline const QColor kText(0x1A, 0x1A, 0x1A);
inline const QColor kMuted(0x55, 0x5B, 0x63);
inline const QColor kAccent(0x1F, 0x4E, 0x79);
// Charts are laid out for the narrower page body (A4); on Letter they are a little wider and keep their height.
constexpr qreal kChartWidthMm = 174;

QFont reportFont(qreal points, bool bold = false);
// Millimetres in the painter's device units.
qreal mm(const QPainter& painter, qreal millimetres);
// The chart laid out once at its natural size (tick labels measure themselves against the axis as last laid out),
// then drawn as vectors across the chart width.
void addChart(PagedDocument& document, const std::shared_ptr<QCustomPlot>& plot, const QSize& natural);

} // namespace report

} // namespace outcome
