// Two linked panels over a course's time axis, with the furniture every chart over time shares.
#include "CourseTimeAxes.h"

#include "ChartFrame.h"
#include "ChartToolTip.h"
#include "VisitTicker.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseTimeAxes)
};

// Reference lines and markers lie above the bands and grid, below the data.
const QString kReferencesLayer = QStringLiteral("references");
// Room around the course's days so that points are not cut by the panel's edge, in days.
constexpr double kCourseMargin = 1.5;
// The follow-up panel ends this share of its span after its last day.
constexpr double kFollowUpTail = 0.05;
// The course panel gets this much of the width; the follow-up the rest.
constexpr double kCourseShare = 0.58;
constexpr int kPanelSpacing = 14;
// Room kept between a name at the chart's edge and the edge, in pixels.
constexpr int kEdgeGap = 4;
constexpr double kValuePadding = 0.025;
// How much of the background a veil under words keeps, of 255.
constexpr int kVeilAlpha = 225;
// Space kept between two marker names in one row, in pixels; names that would come closer are stacked in rows.
constexpr double kMarkerGap = 8;

// The weeks the sessions took, counting the week of the last one: eight sessions on days 0 to 24 took four.
int sessionWeeks(const CourseTimeline& timeline)
{
    return std::max(1, int(std::ceil((timeline.lastSessionDay() + 1) / 7.0)));
}

void setPosition(QCPItemPosition* position, const CourseTimeAxes::Panel& panel, QCPItemPosition::PositionType typeX,
                 QCPItemPosition::PositionType typeY, double x, double y)
{
    position->setAxisRect(panel.rect);
    position->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    position->setTypeX(typeX);
    position->setTypeY(typeY);
    position->setCoords(x, y);
}

// The background, letting through a trace of what lies under words: grid, bands and lines fade behind them.
QColor veil(const ChartPalette& palette)
{
    QColor veil = palette.background;
    veil.setAlpha(kVeilAlpha);
    return veil;
}

void prepareItem(QCPAbstractItem* item, const CourseTimeAxes::Panel& panel, const QString& layer)
{
    item->setClipToAxisRect(true);
    item->setClipAxisRect(panel.rect);
    item->setLayer(layer);
    item->setSelectable(false);
}

} // namespace

bool CourseTimeAxes::Footprint::overlaps(const Footprint& other) const
{
    return panel == other.panel && x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
}

// Liang–Barsky: does the segment from (ax, ay) to (bx, by) pass through the box?
bool CourseTimeAxes::Footprint::crossedBy(double ax, double ay, double bx, double by) const
{
    double enter = 0, leave = 1;
    const double dx = bx - ax, dy = by - ay;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

CourseTimeAxes::CourseTimeAxes(QCustomPlot& plot, const CourseTimeline& timeline, const ChartStyle& style,
                               const QString& title, const QString& subtitle, const QColor& subtitleColor)
    : m_plot(plot)
    , m_timeline(timeline)
    , m_style(style)
{
    ChartFrame::reset(plot, style);
    if (!plot.layer(kReferencesLayer))
        plot.addLayer(kReferencesLayer, plot.layer(QStringLiteral("main")), QCustomPlot::limBelow);
    ChartFrame::addTitle(plot, title, subtitle, subtitleColor, style);
    auto* panels = new QCPLayoutGrid;
    m_plot.plotLayout()->addElement(1, 0, panels);
    m_plot.plotLayout()->setRowStretchFactors({0.001, 1});
    m_plot.plotLayout()->setRowSpacing(0);

    const double end = timeline.courseEndDay();
    const QString courseTitle =
        style.plainLanguage ? Tr::tr("treatment sessions")
        : timeline.sessionCount()
            ? Tr::tr("course: %1 sessions in %2 weeks").arg(timeline.sessionCount()).arg(sessionWeeks(timeline))
            : Tr::tr("course");
    // A visit held before the course's start (an early baseline) still gets its place.
    const double first = std::min(0, timeline.ticks().isEmpty() ? 0 : timeline.ticks().first().day) - kCourseMargin;
    if (!timeline.hasFollowUp()) {
        addPanel(panels, first, end + kCourseMargin, first, end + kCourseMargin, courseTitle);
        keepRoomForLastTick();
        return;
    }
    // The closing visit ends the course: it is drawn once, in the course's panel, and the follow-up owns the days
    // after it (drawn in both, its tick, point and number read as two visits). The follow-up starts at that day,
    // so the line from the closing visit enters at its edge.
    addPanel(panels, first, end + kCourseMargin, first, end, courseTitle);
    const double span = timeline.lastDay() - end;
    const double last = timeline.lastDay() + std::max(6.0, span * kFollowUpTail);
    addPanel(panels, end, last, end + 1, last,
             style.plainLanguage ? Tr::tr("after the treatment") : Tr::tr("follow-up"));
    panels->setColumnStretchFactors({kCourseShare, 1 - kCourseShare});
    panels->setColumnSpacing(kPanelSpacing);
    auto* group = new QCPMarginGroup(&m_plot);
    for (const Panel& panel : std::as_const(m_panels))
        panel.rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    keepRoomForLastTick();
}

void CourseTimeAxes::keepRoomForLastTick()
{
    // QCustomPlot leaves out a tick name that would cross the plot's edge: where nothing stands right of the last
    // panel (no band names), its last visit's name would go missing.
    const Panel& last = m_panels.last();
    const QList<TimelineTick>& ticks = m_timeline.ticks();
    const auto tick =
        std::find_if(ticks.crbegin(), ticks.crend(), [&](const TimelineTick& t) { return last.owns(t.day); });
    if (tick == ticks.crend())
        return;
    const QString name = m_style.plainLanguage ? tick->plainLabel : tick->label;
    const double half = QFontMetricsF(m_style.textFont()).horizontalAdvance(name) / 2;
    last.rect->setMinimumMargins(QMargins(0, 0, int(std::ceil(half)) + kEdgeGap, 0));
}

void CourseTimeAxes::addPanel(QCPLayoutGrid* grid, double from, double to, double firstOwnDay, double lastOwnDay,
                              const QString& axisTitle)
{
    auto* rect = new QCPAxisRect(&m_plot);
    // Axis rects draw below the bands; a new one would otherwise land on the data layer and cover them.
    rect->setLayer(QStringLiteral("background"));
    const bool first = m_panels.isEmpty();
    grid->addElement(0, int(m_panels.size()), rect);
    m_panels.append({rect, from, to, firstOwnDay, lastOwnDay});

    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    ChartFrame::styleAxis(x, m_style);
    ChartFrame::styleAxis(y, m_style);
    x->setRange(from, to);
    x->grid()->setVisible(false);
    x->setLabel(axisTitle);
    auto ticker = QSharedPointer<VisitTicker>::create(x);
    for (const TimelineTick& tick : m_timeline.ticks()) {
        if (tick.day >= firstOwnDay && tick.day <= lastOwnDay)
            ticker->addTick(tick.day, m_style.plainLanguage ? tick.plainLabel : tick.label);
    }
    x->setTicker(ticker);
    if (!first) {
        // The follow-up shares the course panel's y axis: its own only carries the grid.
        y->setTickLabels(false);
        y->setTicks(false);
        y->setBasePen(Qt::NoPen);
    }
}

void CourseTimeAxes::setValueAxis(double min, double max, const QString& label)
{
    m_min = min;
    m_max = max;
    // A sliver beyond each end, so that a point at the very top or bottom of the scale is not cut in half.
    const double pad = (max - min) * kValuePadding;
    for (const Panel& panel : std::as_const(m_panels))
        panel.rect->axis(QCPAxis::atLeft)->setRange(min - pad, max + pad);
    m_panels.first().rect->axis(QCPAxis::atLeft)->setLabel(label);
}

void CourseTimeAxes::addBand(double lower, double upper, const QColor& fill)
{
    for (const Panel& panel : std::as_const(m_panels)) {
        auto* band = new QCPItemRect(&m_plot);
        prepareItem(band, panel, ChartFrame::kBandsLayer);
        setPosition(band->topLeft, panel, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 0, upper);
        setPosition(band->bottomRight, panel, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 1,
                    lower);
        band->setPen(Qt::NoPen);
        band->setBrush(fill);
    }
}

void CourseTimeAxes::addKey(const QString& text, const QPen& pen, const QColor& fill)
{
    Q_ASSERT(!m_laidOut);
    if (!m_key) {
        m_key = new QCPLegend;
        m_plot.plotLayout()->addElement(2, 0, m_key);
        m_plot.plotLayout()->setRowStretchFactors({0.001, 1, 0.001});
        m_key->setLayer(QStringLiteral("legend"));
        m_key->setFont(m_style.labelFont());
        m_key->setTextColor(m_style.palette.text);
        m_key->setBrush(Qt::NoBrush);
        m_key->setBorderPen(Qt::NoPen);
        m_key->setFillOrder(QCPLayoutGrid::foRowsFirst);
        // Its words start where the first panel does, under the data they describe.
        auto* group = new QCPMarginGroup(&m_plot);
        m_panels.first().rect->setMarginGroup(QCP::msLeft, group);
        m_key->setMarginGroup(QCP::msLeft, group);
    }
    // An empty graph lends the key its swatch: the fill with the line across it.
    QCPGraph* swatch =
        m_plot.addGraph(m_panels.first().rect->axis(QCPAxis::atBottom), m_panels.first().rect->axis(QCPAxis::atLeft));
    swatch->setName(text);
    swatch->setPen(pen);
    swatch->setBrush(fill);
    swatch->setSelectable(QCP::stNone);
    swatch->addToLegend(m_key);
}

void CourseTimeAxes::addSpread(const QString& name, const QList<double>& days, const QList<double>& lows,
                               const QList<double>& highs, const QColor& fill)
{
    for (const Panel& panel : std::as_const(m_panels)) {
        const auto ownFirst =
            std::find_if(days.cbegin(), days.cend(), [&](double d) { return d >= panel.firstOwnDay; });
        const auto ownLast = std::find_if(ownFirst, days.cend(), [&](double d) { return d > panel.lastOwnDay; });
        const qsizetype begin = std::max<qsizetype>(0, (ownFirst - days.cbegin()) - 1);
        const qsizetype end = std::min<qsizetype>(days.size(), (ownLast - days.cbegin()) + 1);
        if (end - begin < 2)
            continue;
        QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
        QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
        const QVector<double> keys(days.cbegin() + begin, days.cbegin() + end);
        QCPGraph* upper = m_plot.addGraph(x, y);
        upper->setName(name + QStringLiteral(" high"));
        upper->setData(keys, QVector<double>(highs.cbegin() + begin, highs.cbegin() + end), true);
        upper->setPen(Qt::NoPen);
        upper->setSelectable(QCP::stNone);
        QCPGraph* lower = m_plot.addGraph(x, y);
        lower->setName(name + QStringLiteral(" low"));
        lower->setData(keys, QVector<double>(lows.cbegin() + begin, lows.cbegin() + end), true);
        lower->setPen(Qt::NoPen);
        lower->setBrush(fill);
        lower->setChannelFillGraph(upper);
        lower->setSelectable(QCP::stNone);
    }
}

void CourseTimeAxes::setSideLabels(const QList<std::pair<double, QString>>& labels)
{
    ChartFrame::setSideLabels(m_panels.last().rect, labels, m_style);
}

QCPItemText* CourseTimeAxes::addText(const Panel& panel, const QString& text, const QFont& font, const QColor& color)
{
    auto* label = new QCPItemText(&m_plot);
    prepareItem(label, panel, ChartFrame::kLabelsLayer);
    label->setText(text);
    label->setFont(font);
    label->setColor(color);
    return label;
}

void CourseTimeAxes::layOut()
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    QCPLayoutGrid* layout = m_plot.plotLayout();
    layout->setOuterRect(QRect(QPoint(0, 0), m_style.size));
    for (const auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        layout->update(phase);
}

double CourseTimeAxes::pixelsPerDay(const Panel& panel) const
{
    return std::max(1, panel.rect->width()) / (panel.to - panel.from);
}

double CourseTimeAxes::pixelsPerValue() const
{
    return std::max(1, m_panels.first().rect->height()) / std::max(1e-9, m_max - m_min);
}

void CourseTimeAxes::addTimelineMarkers()
{
    layOut();
    const ChartPalette& palette = m_style.palette;
    const QFontMetricsF metrics(m_style.labelFont());
    const double rowHeight = (metrics.height() + 2) / pixelsPerValue();
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        const Panel& panel = m_panels[p];
        // Per row of names: the spans they cover (in days) and the name placed last, which the row below hangs from.
        QList<QList<std::pair<double, double>>> rowSpans;
        QList<QCPItemText*> lastInRow;
        for (const TimelineMarker& marker : m_timeline.markers()) {
            if (!panel.owns(marker.day))
                continue;
            const bool missed = marker.kind == MarkerKind::MissedVisit;
            const QColor color = missed ? palette.missed : palette.event;
            auto* line = new QCPItemStraightLine(&m_plot);
            prepareItem(line, panel, kReferencesLayer);
            setPosition(line->point1, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                        marker.day, 0);
            setPosition(line->point2, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                        marker.day, 1);
            line->setPen(QPen(color, m_style.referenceLineWidth, missed ? Qt::DashDotLine : Qt::SolidLine));
            ChartToolTip::set(line, marker.detail);

            const QString text = m_style.plainLanguage ? marker.plainLabel : marker.label;
            QCPItemText* label = addText(panel, text, m_style.labelFont(), color);
            // Words run to the right of their line, or to its left where the panel ends first.
            const double width = (metrics.horizontalAdvance(text) + 6) / pixelsPerDay(panel);
            const bool leftwards = marker.day + width > panel.to;
            label->setPositionAlignment((leftwards ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
            label->setPadding(QMargins(3, 1, 3, 1));
            label->setBrush(veil(palette));
            ChartToolTip::set(label, marker.detail);
            // The first row where the name runs into no other (a name to the left of its line may reach back over
            // its neighbour's); a row below hangs from the one above.
            const double from = leftwards ? marker.day - width : double(marker.day);
            const double gap = kMarkerGap / pixelsPerDay(panel);
            const auto isFree = [&](const QList<std::pair<double, double>>& spans) {
                return std::none_of(spans.cbegin(), spans.cend(), [&](const std::pair<double, double>& span) {
                    return from < span.second + gap && span.first < from + width + gap;
                });
            };
            const qsizetype row = std::find_if(rowSpans.cbegin(), rowSpans.cend(), isFree) - rowSpans.cbegin();
            if (row == 0) {
                setPosition(label->position, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio,
                            marker.day, 0);
            } else {
                setPosition(label->position, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAbsolute,
                            marker.day, 0);
                label->position->setParentAnchorY(lastInRow[row - 1]->bottom);
            }
            if (row == rowSpans.size()) {
                rowSpans.emplaceBack();
                lastInRow.append(nullptr);
            }
            rowSpans[row].append({from, from + width});
            lastInRow[row] = label;
            m_taken.append(
                {p, from, from + width, m_max - rowHeight * double(row + 1), m_max - rowHeight * double(row)});
            const double halfLine = m_style.referenceLineWidth / pixelsPerDay(panel);
            m_taken.append({p, marker.day - halfLine, marker.day + halfLine, m_min, m_max});
        }
    }
}

void CourseTimeAxes::addCurve(const QString& name, const QList<double>& days, const QList<double>& values,
                              const QStringList& toolTips, const QPen& pen, const QCPScatterStyle& scatter)
{
    layOut();
    const bool drawLine = pen.style() != Qt::NoPen;
    const double radius = m_style.pointSize / 2 + 1;
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        const Panel& panel = m_panels[p];
        const auto ownFirst =
            std::find_if(days.cbegin(), days.cend(), [&](double d) { return d >= panel.firstOwnDay; });
        const auto ownLast = std::find_if(ownFirst, days.cend(), [&](double d) { return d > panel.lastOwnDay; });
        const qsizetype begin = ownFirst - days.cbegin();
        const qsizetype end = ownLast - days.cbegin();
        QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
        QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
        if (drawLine) {
            // The line runs on out of the panel's edge towards the neighbouring point in the other panel.
            const qsizetype lineBegin = std::max<qsizetype>(0, begin - 1);
            const qsizetype lineEnd = std::min<qsizetype>(days.size(), end + 1);
            QCPGraph* line = m_plot.addGraph(x, y);
            line->setName(name + QStringLiteral(" line"));
            line->setData(QVector<double>(days.cbegin() + lineBegin, days.cbegin() + lineEnd),
                          QVector<double>(values.cbegin() + lineBegin, values.cbegin() + lineEnd), true);
            line->setPen(pen);
            line->setSelectable(QCP::stNone);
        }
        QCPGraph* dots = m_plot.addGraph(x, y);
        dots->setName(name);
        dots->setData(QVector<double>(days.cbegin() + begin, days.cbegin() + end),
                      QVector<double>(values.cbegin() + begin, values.cbegin() + end), true);
        dots->setLineStyle(QCPGraph::lsNone);
        dots->setScatterStyle(scatter);
        dots->setSelectable(QCP::stNone);
        ChartToolTip::setForPoints(dots, toolTips.mid(begin, end - begin));
        const double dayRadius = radius / pixelsPerDay(panel);
        const double valueRadius = radius / pixelsPerValue();
        for (qsizetype i = begin; i < end; ++i) {
            if (!std::isnan(values[i]))
                m_taken.append(
                    {p, days[i] - dayRadius, days[i] + dayRadius, values[i] - valueRadius, values[i] + valueRadius});
        }
    }
    if (!drawLine)
        return;
    QList<std::pair<double, double>> run;
    for (qsizetype i = 0; i <= days.size(); ++i) {
        if (i == days.size() || std::isnan(values[i])) {
            if (run.size() > 1)
                m_polylines.append(run);
            run.clear();
        } else {
            run.append({days[i], values[i]});
        }
    }
}

void CourseTimeAxes::addValueLabel(double day, double value, const QString& text, const QColor& color)
{
    layOut();
    const QFontMetricsF metrics(m_style.labelFont());
    const double lift = m_style.pointSize / 2 + 3;
    // Above the point, unless that would run off the top of the chart. The gap to the point is an offset, not
    // padding: a veil given to the number later must not hide the line where it leaves the point.
    const bool above = (m_max - value) * pixelsPerValue() >= lift + metrics.height();
    const double near = (above ? lift : -lift) / pixelsPerValue();
    const double far = (above ? lift + metrics.height() : -lift - metrics.height()) / pixelsPerValue();
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        const Panel& panel = m_panels[p];
        if (!panel.owns(day))
            continue;
        QCPItemText* label = addText(panel, text, m_style.labelFont(), color);
        setPosition(label->position, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptPlotCoords, day,
                    value + near);
        label->setPositionAlignment(Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(1, 0, 1, 0));
        const double halfWidth = metrics.horizontalAdvance(text) / 2 / pixelsPerDay(panel);
        const Footprint box{p, day - halfWidth, day + halfWidth, value + std::min(near, far),
                            value + std::max(near, far)};
        m_taken.append(box);
        m_valueLabels.append({label, box});
    }
}

int CourseTimeAxes::conflicts(const Footprint& box) const
{
    const Panel& panel = m_panels[box.panel];
    if (box.x0 < panel.from || box.x1 > panel.to || box.y0 < m_min || box.y1 > m_max)
        return 1000; // would be cut off
    int count = 0;
    for (const Footprint& taken : m_taken)
        count += taken.overlaps(box) ? 2 : 0;
    for (const QList<std::pair<double, double>>& polyline : m_polylines) {
        for (qsizetype i = 1; i < polyline.size(); ++i) {
            if (box.crossedBy(polyline[i - 1].first, polyline[i - 1].second, polyline[i].first, polyline[i].second))
                ++count;
        }
    }
    for (const double line : m_lineValues)
        count += line > box.y0 && line < box.y1 ? 1 : 0;
    return count;
}

void CourseTimeAxes::addReferenceLine(double value, const QPen& pen, const QString& label, const QColor& labelColor,
                                      bool preferAbove)
{
    for (const Panel& panel : std::as_const(m_panels)) {
        auto* line = new QCPItemStraightLine(&m_plot);
        prepareItem(line, panel, kReferencesLayer);
        setPosition(line->point1, panel, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 0, value);
        setPosition(line->point2, panel, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords, 1, value);
        line->setPen(pen);
        ChartToolTip::set(line, label);
    }
    // A number the line passes through gets a veil, so that the line does not strike it out.
    for (const auto& [text, box] : std::as_const(m_valueLabels)) {
        if (box.y0 < value && value < box.y1)
            text->setBrush(veil(m_style.palette));
    }
    if (label.isEmpty())
        return;
    layOut();

    // Candidate spots in order of preference (on one line before on two, the preferred side first); the first
    // with the fewest conflicts wins.
    const QFontMetricsF metrics(m_style.labelFont());
    const double inset = 6;
    struct Spot
    {
        QString text;
        Footprint box;
        bool above = true;
        bool atStart = true;
        int conflicts = 0;
    };
    QList<Spot> spots;
    QStringList variants{label};
    if (const QString twoLines = ChartFrame::wrap(label, label.size() / 2); twoLines != label)
        variants.append(twoLines);
    for (const QString& text : std::as_const(variants)) {
        const QSizeF size = metrics.size(0, text);
        const double height = (size.height() + 2) / pixelsPerValue();
        for (const bool above : {preferAbove, !preferAbove}) {
            for (qsizetype p = 0; p < m_panels.size(); ++p) {
                const Panel& panel = m_panels[p];
                const double width = (size.width() + 2 * inset) / pixelsPerDay(panel);
                const double y0 = above ? value : value - height;
                const double start = std::max(panel.from, panel.firstOwnDay);
                const double end = std::min(panel.to, panel.lastOwnDay);
                spots.append({text, {p, start, start + width, y0, y0 + height}, above, true});
                spots.append({text, {p, end - width, end, y0, y0 + height}, above, false});
            }
        }
    }
    for (Spot& spot : spots)
        spot.conflicts = conflicts(spot.box);
    const Spot& best = *std::min_element(spots.cbegin(), spots.cend(),
                                         [](const Spot& a, const Spot& b) { return a.conflicts < b.conflicts; });
    const Panel& panel = m_panels[best.box.panel];
    QCPItemText* text = addText(panel, best.text, m_style.labelFont(), labelColor);
    // Below the data: where no spot is free, the values pass in front of the words, never behind them.
    text->setLayer(kReferencesLayer);
    setPosition(text->position, panel, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptPlotCoords,
                best.atStart ? best.box.x0 : best.box.x1, value);
    text->setPositionAlignment((best.atStart ? Qt::AlignLeft : Qt::AlignRight) |
                               (best.above ? Qt::AlignBottom : Qt::AlignTop));
    text->setTextAlignment(best.atStart ? Qt::AlignLeft : Qt::AlignRight);
    text->setPadding(QMargins(int(inset), best.above ? 0 : 1, int(inset), best.above ? 1 : 0));
    // A veil over the grid and bands keeps the words readable where a line crosses them.
    text->setBrush(veil(m_style.palette));
    m_taken.append(best.box);
    m_lineValues.append(value);
}

} // namespace outcome
