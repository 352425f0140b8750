// Saving a chart as PNG, SVG or PDF (both vector) and copying it to the clipboard, at a given size.
#pragma once

#include "Result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QCustomPlot;

namespace outcome {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf
};

class ChartExport
{
public:
    // By the file name's extension, case-insensitive; empty for anything else.
    static std::optional<ExportFormat> formatOf(const QString& path);
    // Writes the plot at `size` (pixels at 96 dpi; PNG at twice that for sharp print). The message names the file.
    static Status save(QCustomPlot& plot, const QString& path, const QSize& size);
    static QImage image(QCustomPlot& plot, const QSize& size, double scale = 2);
    static void copyToClipboard(QCustomPlot& plot, const QSize& size);
};

} // namespace outcome
