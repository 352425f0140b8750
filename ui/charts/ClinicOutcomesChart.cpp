// Drawing the clinic outcomes charts with QCustomPlot.
#include "ClinicOutcomesChart.h"

#include "ChartFrame.h"
#include "QCustomPlotHeader.h"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ClinicOutcomesChart)
};

void dress(QCPAxis* axis, const ChartStyle& style)
{
    const ChartPalette& palette = style.palette;
    axis->setBasePen(QPen(palette.axis));
    axis->setTickPen(QPen(palette.axis));
    axis->setSubTickPen(QPen(palette.axis));
    axis->setTickLabelColor(palette.text);
    axis->setLabelColor(palette.text);
    axis->setTickLabelFont(style.textFont());
    axis->setLabelFont(style.textFont());
    axis->grid()->setPen(QPen(palette.grid, 0, Qt::DotLine));
}

// Room left between a visit's name at the chart's edge and the edge.
constexpr int kTickNameGap = 4;

// Short visit names for crowded axes: "S3" for a session, the name otherwise.
QString tickName(const QString& visit, int day)
{
    if (day <= ClinicOutcomesChart::kCourseDays && visit.startsWith(QLatin1String("Session ")))
        return QLatin1Char('S') + visit.mid(8);
    return visit;
}

QSharedPointer<QCPAxisTickerText> visitTicker(const ClinicOutcomes& outcomes, bool course)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < outcomes.visits().size(); ++i) {
        const int day = outcomes.visitDays()[i];
        if ((day <= ClinicOutcomesChart::kCourseDays) == course)
            ticker->addTick(day, tickName(outcomes.visits()[i], day));
    }
    return ticker;
}

// The width a chart is laid out at; a chart not yet laid out takes the screen's natural width.
int chartWidth(const ChartStyle& style)
{
    return style.size.isValid() ? style.size.width() : 760;
}

// The heading, on as many lines as the chart's width needs (a long measure name in a long language).
void addTitle(QCustomPlot& plot, const QString& text, const ChartStyle& style)
{
    const QFont font = style.font(style.titlePointSize, true);
    auto* title = new QCPTextElement(&plot, ChartFrame::wrapToWidth(text, font, chartWidth(style) - 20), font);
    title->setTextColor(style.palette.text);
    plot.plotLayout()->addElement(0, 0, title);
}

// The key in a row of its own under the panels, centred, with as many entries to a line as the chart's width holds
// (a key inside a panel would cover the data, or be cut where the panel is narrow); a name wider than the chart
// wraps. Returns the key and the names to give the entries, in order.
std::pair<QCPLegend*, QStringList> addKey(QCustomPlot& plot, int row, const QStringList& names, const ChartStyle& style)
{
    auto* centring = new QCPLayoutGrid;
    plot.plotLayout()->addElement(row, 0, centring);
    auto* legend = new QCPLegend;
    centring->addElement(0, 0, new QCPLayoutElement(&plot));
    centring->addElement(0, 1, legend);
    centring->addElement(0, 2, new QCPLayoutElement(&plot));
    centring->setColumnStretchFactors({1, 0.001, 1});
    // The panels take the height; the key only what its lines need.
    plot.plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFont(style.labelFont());
    legend->setTextColor(style.palette.text);
    legend->setBrush(style.palette.background);
    legend->setBorderPen(Qt::NoPen);

    // An entry is its icon, the gap after it, its text and the item's own margins (QCustomPlot's defaults).
    const QMargins itemMargins(8, 2, 8, 2);
    const int room = chartWidth(style) - legend->margins().left() - legend->margins().right() -
                     plot.plotLayout()->margins().left() - plot.plotLayout()->margins().right();
    const int furniture =
        legend->iconSize().width() + legend->iconTextPadding() + itemMargins.left() + itemMargins.right();
    const QFontMetrics metrics(legend->font());
    QStringList shown;
    int widest = 1;
    for (const QString& name : names) {
        shown.append(ChartFrame::wrapToWidth(name, legend->font(), room - furniture));
        for (const QString& line : shown.last().split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    const int entry = furniture + widest + legend->columnSpacing();
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(std::max(1, (room + legend->columnSpacing()) / entry));
    return {legend, shown};
}

} // namespace

QColor ClinicOutcomesChart::groupColor(const ChartPalette& palette, qsizetype index)
{
    // Distinct colours of the palette (improved and worsened repeat the threshold and missed colours).
    const QList<QColor> colors{palette.series, palette.threshold, palette.event, palette.missed, palette.baseline};
    return colors[index % colors.size()];
}

void ClinicOutcomesChart::buildMeans(QCustomPlot& plot, const ClinicOutcomes& outcomes,
                                     const MeasureDefinition& measure, const ChartStyle& style)
{
    const ChartPalette& palette = style.palette;
    plot.clearPlottables();
    plot.clearItems();
    plot.plotLayout()->clear();
    plot.setBackground(palette.background);
    // Each chart puts only the groups' lines or bars in its legend, not the interval bands.
    plot.setAutoAddPlottableToLegend(false);

    addTitle(plot, Tr::tr("%1: mean per visit with 95% CI").arg(measure.name), style);
    auto* panels = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, panels);
    auto* courseRect = new QCPAxisRect(&plot);
    auto* followRect = new QCPAxisRect(&plot);
    panels->addElement(0, 0, courseRect);
    panels->addElement(0, 1, followRect);
    panels->setColumnStretchFactors({1, 1});
    // Both panels read one value axis: the follow-up panel's is hidden and follows the course panel's.
    followRect->axis(QCPAxis::atLeft)->setTickLabels(false);
    QObject::connect(courseRect->axis(QCPAxis::atLeft), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                     followRect->axis(QCPAxis::atLeft), qOverload<const QCPRange&>(&QCPAxis::setRange));

    double low = measure.min;
    double high = measure.max.value_or(measure.min);
    QStringList names;
    for (const GroupOutcome& group : outcomes.groups())
        names.append(Tr::tr("%1 (%2 courses)").arg(group.group).arg(group.courses));
    const auto [legend, keyNames] = addKey(plot, 2, names, style);
    for (qsizetype g = 0; g < outcomes.groups().size(); ++g) {
        const GroupOutcome& group = outcomes.groups()[g];
        const QColor color = groupColor(palette, g);
        // Opaque, as a PDF/A page has no transparency: the bands lie under every group's line (layer "grid").
        const QColor fill = ChartPalette::blend(palette.background, color, 0.18);
        for (QCPAxisRect* rect : {courseRect, followRect}) {
            const bool course = rect == courseRect;
            QVector<double> days, means, lows, highs;
            for (qsizetype i = 0; i < group.visits.size(); ++i) {
                const VisitOutcome& row = group.visits[i];
                const int day = outcomes.visitDays()[i];
                if (!row.mean || (day <= kCourseDays) != course)
                    continue;
                days.append(day);
                means.append(*row.mean);
                lows.append(row.ciLow.value_or(*row.mean));
                highs.append(row.ciHigh.value_or(*row.mean));
                low = std::min(low, lows.last());
                high = std::max(high, highs.last());
            }
            QCPAxis* x = rect->axis(QCPAxis::atBottom);
            QCPAxis* y = rect->axis(QCPAxis::atLeft);
            auto* upper = plot.addGraph(x, y);
            upper->setData(days, highs, true);
            upper->setPen(Qt::NoPen);
            auto* lower = plot.addGraph(x, y);
            lower->setData(days, lows, true);
            lower->setPen(Qt::NoPen);
            lower->setBrush(fill);
            lower->setChannelFillGraph(upper);
            upper->setLayer(QStringLiteral("grid"));
            lower->setLayer(QStringLiteral("grid"));
            auto* line = plot.addGraph(x, y);
            line->setData(days, means, true);
            line->setPen(QPen(color, style.lineWidth));
            line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, style.pointSize));
            line->setName(keyNames[g]);
            if (course)
                line->addToLegend(legend);
        }
    }
    for (QCPAxisRect* rect : {courseRect, followRect}) {
        const bool course = rect == courseRect;
        for (QCPAxis* axis : rect->axes())
            dress(axis, style);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        const QSharedPointer<QCPAxisTickerText> ticker = visitTicker(outcomes, course);
        x->setTicker(ticker);
        // QCustomPlot leaves out a tick name that would cross the chart's edge: the first and the last visit's
        // names (a long "Baseline" in German, the last follow-up) keep room for their halves beside the panels.
        if (!ticker->ticks().isEmpty()) {
            const QString& edgeName = course ? ticker->ticks().first() : ticker->ticks().last();
            const int half =
                int(std::ceil(QFontMetricsF(style.textFont()).horizontalAdvance(edgeName) / 2)) + kTickNameGap;
            rect->setMinimumMargins(course ? QMargins(half, 0, 0, 0) : QMargins(0, 0, half, 0));
        }
        x->setLabel(course ? Tr::tr("Course (days)") : Tr::tr("Follow-up"));
        int first = course ? 0 : kCourseDays;
        int last = course ? kCourseDays : kCourseDays + 1;
        for (const int day : outcomes.visitDays()) {
            if ((day <= kCourseDays) == course)
                last = std::max(last, day);
            if (!course && day > kCourseDays)
                first = std::min(first == kCourseDays ? day : first, day);
        }
        const double margin = std::max(2.0, (last - first) * 0.06);
        x->setRange(first - margin, last + margin);
    }
    const double margin = std::max(1.0, (high - low) * 0.04);
    courseRect->axis(QCPAxis::atLeft)->setLabel(measure.unit);
    courseRect->axis(QCPAxis::atLeft)->setRange(low - margin, high + margin);
    followRect->axis(QCPAxis::atLeft)->setRange(low - margin, high + margin);
}

bool ClinicOutcomesChart::buildRates(QCustomPlot& plot, const ClinicOutcomes& outcomes,
                                     const MeasureDefinition& measure, const ChartStyle& style)
{
    const bool responders = ClinicOutcomes::hasResponders(measure);
    if (!responders && !ClinicOutcomes::hasReferenceRange(measure))
        return false;
    const ChartPalette& palette = style.palette;
    plot.clearPlottables();
    plot.clearItems();
    plot.plotLayout()->clear();
    plot.setBackground(palette.background);
    // Each chart puts only the groups' lines or bars in its legend, not the interval bands.
    plot.setAutoAddPlottableToLegend(false);
    addTitle(plot,
             responders ? Tr::tr("Responders per visit (meaningful improvement)") : Tr::tr("Out of range per visit"),
             style);
    auto* rect = new QCPAxisRect(&plot);
    plot.plotLayout()->addElement(1, 0, rect);

    // Only visits where the share applies get a place on the axis.
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < outcomes.visits().size(); ++i) {
        const bool any = std::any_of(outcomes.groups().cbegin(), outcomes.groups().cend(), [&](const GroupOutcome& g) {
            return (responders ? g.visits[i].responderRate : g.visits[i].outOfRangeRate).has_value();
        });
        if (any)
            shown.append(i);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype k = 0; k < shown.size(); ++k)
        ticker->addTick(double(k), outcomes.visits()[shown[k]]);
    auto* barsGroup = new QCPBarsGroup(&plot);
    const double width = 0.8 / double(std::max<qsizetype>(1, outcomes.groups().size()));
    QStringList names;
    for (const GroupOutcome& group : outcomes.groups())
        names.append(group.group);
    const auto [legend, keyNames] = addKey(plot, 2, names, style);
    for (qsizetype g = 0; g < outcomes.groups().size(); ++g) {
        const GroupOutcome& group = outcomes.groups()[g];
        auto* bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        QVector<double> keys, values;
        for (qsizetype k = 0; k < shown.size(); ++k) {
            const VisitOutcome& row = group.visits[shown[k]];
            const std::optional<double> rate = responders ? row.responderRate : row.outOfRangeRate;
            if (!rate)
                continue;
            keys.append(double(k));
            values.append(*rate * 100);
        }
        bars->setData(keys, values, true);
        bars->setWidth(width);
        bars->setBarsGroup(barsGroup);
        const QColor color = groupColor(palette, g);
        bars->setPen(QPen(color));
        bars->setBrush(color);
        bars->setName(keyNames[g]);
        bars->addToLegend(legend);
    }
    for (QCPAxis* axis : rect->axes())
        dress(axis, style);
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atBottom)->setRange(-0.6, double(shown.size()) - 0.4);
    rect->axis(QCPAxis::atLeft)->setRange(0, 100);
    // The value axis's title on as many lines as the axis is long: laid out once to learn that length (the title's
    // lines change the panel's width, never its height).
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    const QString label =
        responders ? Tr::tr("% of courses with baseline and visit") : Tr::tr("% of courses with a value");
    y->setLabel(label);
    const QRect laidOut = plot.plotLayout()->outerRect();
    plot.plotLayout()->setOuterRect(QRect(QPoint(0, 0), style.size.isValid() ? style.size : QSize(760, 340)));
    for (const auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot.plotLayout()->update(phase);
    y->setLabel(ChartFrame::wrapToWidth(label, y->labelFont(), rect->height()));
    plot.plotLayout()->setOuterRect(laidOut);
    return true;
}

} // namespace outcome
