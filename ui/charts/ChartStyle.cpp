// The three chart styles.
#include "ChartStyle.h"

#include <algorithm>

namespace outcome {

namespace {

// The resolution a print chart's size is given in, and the points in an inch.
constexpr double kPrintPixelsPerInch = 96;
constexpr double kPointsPerInch = 72;

} // namespace

ChartStyle ChartStyle::screen(const QPalette& palette, const QFont& font)
{
    ChartStyle style;
    style.medium = ChartMedium::Screen;
    style.palette = ChartPalette::fromPalette(palette);
    style.fontFamily = font.family();
    const double base = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    style.textPointSize = base;
    style.titlePointSize = base * 1.2;
    style.labelPointSize = base * 0.9;
    // Thin dashed lines lose their colour to antialiasing on screen; this width keeps them dark.
    style.referenceLineWidth = 1.6;
    style.size = QSize(760, 340);
    style.minimumSize = QSize(480, 280);
    return style;
}

ChartStyle ChartStyle::print()
{
    ChartStyle style;
    style.medium = ChartMedium::Print;
    style.palette = ChartPalette::light();
    style.textPointSize = 8;
    style.titlePointSize = 9.5;
    style.labelPointSize = 7;
    style.lineWidth = 1.6;
    style.referenceLineWidth = 1;
    style.pointSize = 5.5;
    style.size = QSize(680, 300);
    style.minimumSize = style.size; // paper has room for the full size
    return style;
}

ChartStyle ChartStyle::patient(const QPalette& palette, const QFont& font)
{
    ChartStyle style;
    style.medium = ChartMedium::Patient;
    style.palette = ChartPalette::fromPalette(palette);
    // High contrast for the patient: full-strength text and a heavier line.
    style.palette.mutedText = style.palette.text;
    style.palette.axis = style.palette.text;
    style.fontFamily = font.family();
    style.textPointSize = 15;
    style.titlePointSize = 20;
    style.labelPointSize = 15;
    style.lineWidth = 4.5;
    style.referenceLineWidth = 2.5;
    style.pointSize = 15;
    style.plainLanguage = true;
    style.size = QSize(1200, 560);
    // Fits the patient view's page on a 1024 × 600 screen under its sentence.
    style.minimumSize = QSize(720, 240);
    return style;
}

QFont ChartStyle::font(double points, bool bold) const
{
    QFont font = fontFamily.isEmpty() ? QFont() : QFont(fontFamily);
    // Paper charts are drawn at a fixed size in pixels of 96 dpi and then scaled onto the page: type sized in those
    // pixels scales with them, where points would be sized again for the page's own resolution.
    if (medium == ChartMedium::Print)
        font.setPixelSize(std::max(1, qRound(points * kPrintPixelsPerInch / kPointsPerInch)));
    else
        font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace outcome
