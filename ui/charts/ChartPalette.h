// The colours of every chart and summary: Okabe–Ito hues, which stay distinct with any colour vision, tuned for a
// light or a dark background. Screens follow the widget's QPalette; paper is always light.
#pragma once

#include "ChangeFromBaseline.h"

#include <QColor>
#include <QPalette>

#include <optional>

namespace outcome {

struct ChartPalette
{
    bool isDark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor series;        // the measure's line and points; the latest bars of a profile
    QColor earlierSeries; // the baseline bars of a profile
    QColor baseline;      // the baseline reference line
    QColor threshold;     // the meaningful-improvement line
    QColor event;         // flare-ups, injections, imaging
    QColor missed;        // missed visits
    QColor improved;
    QColor worsened;
    QColor unchanged;
    QColor referenceRange; // the shaded normal range of a lab value
    QColor bandHue;        // severity bands are tints of this
    QColor expectedFill;   // the middle half of similar patients' courses: a see-through tint over the bands
    QColor expectedLine;   // their median

    static ChartPalette light();
    static ChartPalette dark();
    // Light or dark by the lightness of the palette's base colour, on that colour.
    static ChartPalette fromPalette(const QPalette& palette);

    // A severity band's fill: one warm hue that deepens with severity, so the order reads in any colour vision
    // and in greyscale print.
    QColor bandFill(int severity, int bandCount) const;
    // Improved, unchanged or worsened; grey until there is a verdict.
    QColor verdictColor(std::optional<ChangeVerdict> verdict) const;
    // `share` of `over` laid on `under`, opaque: vector exports show the same colour as the screen.
    static QColor blend(const QColor& under, const QColor& over, double share);
};

} // namespace outcome
