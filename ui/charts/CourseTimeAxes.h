// The frame of every chart over time: a title, and the course of care and its follow-up as two linked panels that
// share one y range. On one linear axis a six-month follow-up squashes eight sessions into a corner; an axis break
// hides the change of time scale, which separate panels show plainly.
#pragma once

#include "ChartStyle.h"
#include "CourseTimeline.h"
#include "QCustomPlotHeader.h"

#include <QList>
#include <QPen>
#include <QString>
#include <QStringList>

namespace outcome {

class CourseTimeAxes
{
public:
    struct Panel
    {
        QCPAxisRect* rect = nullptr;
        double from = 0; // the visible days, since the course start
        double to = 0;
        double firstOwnDay = 0; // the days whose points, names and markers this panel shows: the course up to its
        double lastOwnDay = 0;  // end (the closing visit), the follow-up the days after it
        bool owns(double day) const { return day >= firstOwnDay && day <= lastOwnDay; }
    };

    // Clears the plot and lays out the title rows and the panels (one when nothing follows the course).
    CourseTimeAxes(QCustomPlot& plot, const CourseTimeline& timeline, const ChartStyle& style, const QString& title,
                   const QString& subtitle, const QColor& subtitleColor);

    // The same range on every panel; the label (with which way is better) beside the first.
    void setValueAxis(double min, double max, const QString& label);
    // A light background across the panels, below everything else.
    void addBand(double lower, double upper, const QColor& fill);
    // Names outside the data, right of the last panel, at the given values: severity bands, the reference range.
    void setSideLabels(const QList<std::pair<double, QString>>& labels);
    // A line of key below the panels: a swatch with the pen and fill, and its words. Call it before anything is
    // placed on the panels (markers, curves, labels), which are laid out once the key has its room.
    void addKey(const QString& text, const QPen& pen, const QColor& fill);
    // A shaded area between `lows` and `highs` at the given days, in the panel that owns each day and running on
    // out of each panel's edge towards its neighbour, as a curve does. Below curves added after it.
    void addSpread(const QString& name, const QList<double>& days, const QList<double>& lows,
                   const QList<double>& highs, const QColor& fill);
    // The timeline's events and missed visits on the panel that owns their day, with their details on hover.
    void addTimelineMarkers();
    // Points in the panel that owns their day; the line (unless the pen is NoPen) also runs on out of each
    // panel's edge towards its neighbour. A NaN value is a gap. Tool tips follow the points.
    void addCurve(const QString& name, const QList<double>& days, const QList<double>& values,
                  const QStringList& toolTips, const QPen& pen, const QCPScatterStyle& scatter);
    // A number above a point (below where the top is near), in the panel that owns its day.
    void addValueLabel(double day, double value, const QString& text, const QColor& color);
    // A horizontal line across the panels with its words where they cover the least: after the first point, at
    // a panel's end, above the line (preferred) or below. Call it after the markers and curves it must avoid.
    void addReferenceLine(double value, const QPen& pen, const QString& label, const QColor& labelColor,
                          bool preferAbove);

    const QList<Panel>& panels() const { return m_panels; }

private:
    // A region of one panel in data units: what a label must not cover.
    struct Footprint
    {
        qsizetype panel = 0;
        double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        bool overlaps(const Footprint& other) const;
        bool crossedBy(double ax, double ay, double bx, double by) const;
    };

    void addPanel(QCPLayoutGrid* grid, double from, double to, double firstOwnDay, double lastOwnDay,
                  const QString& axisTitle);
    // Room right of the last panel for half the name of its last tick.
    void keepRoomForLastTick();
    QCPItemText* addText(const Panel& panel, const QString& text, const QFont& font, const QColor& color);
    // Lays the plot out once at the style's natural size, so that label spots can be weighed in pixels. Every
    // footprint is measured after it: set the value axis and the side labels first.
    void layOut();
    double pixelsPerDay(const Panel& panel) const;
    double pixelsPerValue() const;
    int conflicts(const Footprint& box) const;

    QCustomPlot& m_plot;
    const CourseTimeline& m_timeline;
    const ChartStyle& m_style;
    QList<Panel> m_panels;
    double m_min = 0;
    double m_max = 1;
    bool m_laidOut = false;
    QCPLegend* m_key = nullptr;
    QList<Footprint> m_taken;                                // labels, markers' names, points and their numbers
    QList<QList<std::pair<double, double>>> m_polylines;     // each curve's unbroken runs, for crossings
    QList<double> m_lineValues;                              // reference lines already drawn
    QList<std::pair<QCPItemText*, Footprint>> m_valueLabels; // the numbers beside points, veiled where lines cross
};

} // namespace outcome
