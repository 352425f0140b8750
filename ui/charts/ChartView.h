// A chart on screen: drawn in the screen style of its palette (redrawn when the palette switches to dark or back),
// the value or event under the mouse on hover, the arrow keys stepping from point to point, and a context menu to
// copy or save it in the print style.
#pragma once

#include "ChartStyle.h"
#include "ChartText.h"
#include "QCustomPlotHeader.h"
#include "Result.h"

#include <functional>

class QDialog;

namespace outcome {

class ChartView : public QCustomPlot
{
    Q_OBJECT

public:
    // Fills a plot with one chart in a given style; kept to redraw the chart for another palette or for paper.
    using Fill = std::function<void(QCustomPlot&, const ChartStyle&)>;

    explicit ChartView(QWidget* parent = nullptr);

    // `heightFactor` stretches the styles' natural size for charts that need more height (a profile).
    void setChart(Fill fill, double heightFactor = 1);
    bool hasChart() const { return bool(m_fill); }
    // How the chart is dressed on screen: the clinician's style, or large and plain for the patient.
    void setMedium(ChartMedium medium);
    // The chart drawn again in the print style, written to `path` (.png, .svg or .pdf).
    Status exportTo(const QString& path) const;
    void copyToClipboard() const;
    // The chart in words: screen readers hear it as the chart's description, and T or Enter shows its values as a
    // table.
    void setText(ChartText text);
    const ChartText& text() const { return m_text; }
    // The values as a table in a window of their own; nullptr when the chart has no text.
    QDialog* showTable();
    // The hover text at a position in the widget; empty where there is nothing to tell.
    QString toolTipAt(const QPoint& pos);

    // The points with a text, left to right, as Left, Right, Home and End step through them; each read out as its
    // visit is in the text equivalent ("Session 4, 12/03/2026: 36 % (Moderate disability)").
    int pointCount();
    QString pointText(int index);
    // Where the point is drawn, in the widget.
    QRect pointRect(int index);
    // The point the keyboard is on, -1 before the first arrow key.
    int currentPoint() const { return m_current; }
    void setCurrentPoint(int index);
    // The keys of a chart, for the keyboard shortcuts page: {keys, what they do}.
    static QList<QPair<QString, QString>> keys();

    // The style's natural size; the chart grows and shrinks from it in a layout.
    QSize sizeHint() const override;
    // The smallest size at which the chart stays readable: a layout never makes it smaller.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void redraw();
    void saveAs(const QString& filter, const QString& suffix);
    QSize naturalSize(const ChartStyle& style) const;
    // In the screen style, laid out at the widget's size once a layout has given it one.
    ChartStyle screenStyle() const;
    // The screen style at its natural size.
    ChartStyle naturalScreenStyle() const;
    // A detached plot holding the chart in the print style, for files and the clipboard.
    std::unique_ptr<QCustomPlot> printed() const;

    Fill m_fill;
    double m_heightFactor = 1;
    ChartMedium m_medium = ChartMedium::Screen;
    ChartText m_text;
    int m_current = -1;
};

} // namespace outcome
