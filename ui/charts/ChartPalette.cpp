// Okabe–Ito colours for light and dark charts.
#include "ChartPalette.h"

namespace outcome {

namespace {

// Okabe & Ito (2008), "Color Universal Design": the base hues.
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

// Band tints run from this share of the hue (least severe) to kBandDeepest (most severe).
constexpr double kBandLightest = 0.02;
constexpr double kBandDeepest = 0.16;
constexpr double kDarkBandDeepest = 0.15;
// How much of the similar patients' band covers what lies under it: the severity bands and grid still show.
constexpr double kExpectedAlpha = 0.26;
constexpr double kDarkExpectedAlpha = 0.22;

QColor expectedTint(const QColor& hue, double alpha)
{
    QColor tint = hue;
    tint.setAlphaF(float(alpha));
    return tint;
}

} // namespace

ChartPalette ChartPalette::light()
{
    ChartPalette palette;
    palette.isDark = false;
    palette.background = Qt::white;
    palette.text = QColor(0x1A, 0x1A, 0x1A);
    palette.mutedText = QColor(0x59, 0x59, 0x59);
    palette.grid = QColor(0xE4, 0xE4, 0xE4);
    palette.axis = QColor(0x70, 0x70, 0x70);
    palette.series = kBlue;
    palette.earlierSeries = blend(Qt::white, kSkyBlue, 0.55);
    palette.baseline = QColor(0x4D, 0x4D, 0x4D);
    // Darker than the Okabe–Ito originals so that labels in these colours reach 4.5:1 on white.
    palette.threshold = QColor(0x00, 0x76, 0x5A);
    palette.event = QColor(0x8E, 0x45, 0x7F);
    palette.missed = QColor(0xB8, 0x4A, 0x00);
    palette.improved = palette.threshold;
    palette.worsened = palette.missed;
    palette.unchanged = QColor(0x60, 0x60, 0x60);
    palette.referenceRange = blend(Qt::white, kBluishGreen, 0.14);
    palette.bandHue = kVermillion;
    palette.expectedFill = expectedTint(kSkyBlue, kExpectedAlpha);
    palette.expectedLine = QColor(0x2A, 0x6F, 0x97);
    return palette;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette palette;
    palette.isDark = true;
    palette.background = QColor(0x23, 0x25, 0x29);
    palette.text = QColor(0xF0, 0xF0, 0xF0);
    palette.mutedText = QColor(0xB4, 0xB4, 0xB4);
    palette.grid = QColor(0x3C, 0x3F, 0x44);
    palette.axis = QColor(0x92, 0x92, 0x92);
    palette.series = kSkyBlue;
    palette.earlierSeries = blend(palette.background, kSkyBlue, 0.4);
    palette.baseline = QColor(0xCC, 0xCC, 0xCC);
    palette.threshold = QColor(0x3D, 0xD1, 0xA5);
    palette.event = QColor(0xE6, 0x9A, 0xCC);
    palette.missed = QColor(0xFF, 0x8F, 0x45);
    palette.improved = palette.threshold;
    palette.worsened = palette.missed;
    palette.unchanged = QColor(0xB4, 0xB4, 0xB4);
    palette.referenceRange = blend(palette.background, kBluishGreen, 0.24);
    palette.bandHue = kVermillion;
    palette.expectedFill = expectedTint(kSkyBlue, kDarkExpectedAlpha);
    palette.expectedLine = QColor(0x9C, 0xD3, 0xF2);
    return palette;
}

ChartPalette ChartPalette::fromPalette(const QPalette& qpalette)
{
    const QColor base = qpalette.color(QPalette::Base);
    const bool isDark = base.lightnessF() < 0.5;
    ChartPalette palette = isDark ? dark() : light();
    palette.background = base;
    palette.text = qpalette.color(QPalette::Text);
    palette.earlierSeries = blend(base, kSkyBlue, isDark ? 0.4 : 0.55);
    palette.referenceRange = blend(base, kBluishGreen, isDark ? 0.24 : 0.14);
    return palette;
}

QColor ChartPalette::bandFill(int severity, int bandCount) const
{
    const double deepest = isDark ? kDarkBandDeepest : kBandDeepest;
    const double step = bandCount > 1 ? (deepest - kBandLightest) / (bandCount - 1) : 0;
    return blend(background, bandHue, kBandLightest + step * severity);
}

QColor ChartPalette::verdictColor(std::optional<ChangeVerdict> verdict) const
{
    if (verdict && isImprovement(*verdict))
        return improved;
    if (verdict && isWorsening(*verdict))
        return worsened;
    return unchanged;
}

QColor ChartPalette::blend(const QColor& under, const QColor& over, double share)
{
    const auto mix = [share](double a, double b) {
        return a + (b - a) * share;
    };
    return QColor::fromRgbF(float(mix(under.redF(), over.redF())), float(mix(under.greenF(), over.greenF())),
                            float(mix(under.blueF(), over.blueF())));
}

} // namespace outcome
