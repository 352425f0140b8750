// Status colours that read in light and dark palettes and never carry meaning alone: each state also has a
// symbol and a word. Hues from the Okabe-Ito set, which stays distinguishable with common colour-vision deficits.
#pragma once

#include "Visit.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace outcome {

class StatusColors
{
public:
    enum class Tone
    {
        Neutral, // blue: planned, information
        Good,    // bluish green: done, improved
        Caution, // orange: due today, needs attention soon
        Alert,   // vermillion: overdue, errors
        Muted    // grey: missed, cancelled
    };

    static bool isDark(const QPalette& palette);
    // The tone's colour, lightened on dark backgrounds so text drawn in it stays readable.
    static QColor color(Tone tone, const QPalette& palette);
    // A faint fill of the tone for backgrounds behind normal text.
    static QColor tint(Tone tone, const QPalette& palette);

    static Tone toneFor(VisitState state);
    // One character that tells the state apart without colour: ✓ done, ! overdue, ● due today, ...
    static QString symbol(VisitState state);
    // A small round badge with the symbol, for tables and lists.
    static QIcon icon(VisitState state, const QPalette& palette);
};

} // namespace outcome
