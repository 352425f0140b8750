// How a chart is dressed for where it is shown: on screen, on paper (the PDF report and exports), or large for the
// patient. Builders take the data and a style and never decide sizes or colours themselves.
#pragma once

#include "ChartPalette.h"

#include <QFont>
#include <QSize>

namespace outcome {

enum class ChartMedium
{
    Screen,
    Print,
    Patient
};

struct ChartStyle
{
    ChartMedium medium = ChartMedium::Screen;
    ChartPalette palette = ChartPalette::light();
    QString fontFamily;
    double textPointSize = 9;   // ticks, axis titles, band names
    double titlePointSize = 11; // the chart's heading
    double labelPointSize = 8;  // numbers beside points, marker and line labels
    double lineWidth = 2;
    double referenceLineWidth = 1.2; // baseline, threshold, markers
    double pointSize = 7;            // scatter diameter in pixels
    bool plainLanguage = false;      // the patient's words: no codes, no abbreviations
    bool showDates = true;           // false for de-identified outputs: visits are named, never dated
    QSize size;                      // the natural size for exports, in pixels at 96 dpi; the size it is laid out at
    QSize minimumSize;               // the smallest size at which its words and ticks stay readable

    static ChartStyle screen(const QPalette& palette, const QFont& font);
    // Sized for a column of an A4 or Letter page (18 cm wide) with type that stays legible when printed.
    static ChartStyle print();
    static ChartStyle patient(const QPalette& palette, const QFont& font);

    QFont font(double points, bool bold = false) const;
    QFont textFont() const { return font(textPointSize); }
    QFont labelFont() const { return font(labelPointSize); }
};

} // namespace outcome
