// Chart files and the clipboard.
#include "ChartExport.h"

#include "DatabaseFile.h"
#include "PrivateFile.h"
#include "QCustomPlotHeader.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSvgGenerator>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ChartExport)
};

// PNGs are written at this multiple of the chart size so that they stay sharp on paper and high-DPI screens.
constexpr double kPngScale = 2;
// SVG measures text in points; at 96 dpi a chart's fonts come out as on screen.
constexpr int kSvgResolution = 96;

// Lays the plot out at the export size once before drawing: tick names measure themselves against the axis
// as it was last laid out.
void layOut(QCustomPlot& plot, const QSize& size)
{
    plot.setViewport(QRect(QPoint(0, 0), size));
    plot.replot(QCustomPlot::rpImmediateRefresh);
}

Status saveSvg(QCustomPlot& plot, const QString& path, const QSize& size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(kSvgResolution);
    generator.setTitle(QCoreApplication::applicationName());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return makeError(ErrorKind::Io, Tr::tr("Could not write %1: the file cannot be created there.").arg(path));
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    return {};
}

} // namespace

std::optional<ExportFormat> ChartExport::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

Status ChartExport::save(QCustomPlot& plot, const QString& path, const QSize& size)
{
    layOut(plot, size);
    const std::optional<ExportFormat> format = formatOf(path);
    if (!format)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1: the file name must end in .png, .svg or .pdf to choose the format.").arg(path));
    if (Status status = DatabaseFile::refuseOverwrite(path); !status)
        return status;
    bool written = false;
    switch (*format) {
    case ExportFormat::Png:
        written = plot.savePng(path, size.width(), size.height(), kPngScale);
        break;
    case ExportFormat::Svg:
        if (Status status = saveSvg(plot, path, size); !status)
            return status;
        return PrivateFile::make(path);
    case ExportFormat::Pdf:
        written =
            plot.savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QCoreApplication::applicationName());
        break;
    }
    if (!written)
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not write %1: check that the folder exists and is writable.").arg(path));
    // A chart shows a patient's data: it is the owner's alone, like the database.
    return PrivateFile::make(path);
}

QImage ChartExport::image(QCustomPlot& plot, const QSize& size, double scale)
{
    layOut(plot, size);
    return plot.toPixmap(size.width(), size.height(), scale).toImage();
}

void ChartExport::copyToClipboard(QCustomPlot& plot, const QSize& size)
{
    QGuiApplication::clipboard()->setImage(image(plot, size));
}

} // namespace outcome
