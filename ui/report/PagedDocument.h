// A small page-layout engine for printed reports: flowing paragraphs, tables whose rows never split and whose
// header repeats, fixed-height blocks (charts, letterheads) kept whole, and a footer with "page x of y".
#pragma once

#include "QCustomPlotHeader.h"
#include "Result.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace outcome {

class PagedDocument
{
public:
    // Paints a block into its rectangle (device units of the paint device). The painter is QCustomPlot's, so that a
    // block can draw a chart straight onto the page as vectors.
    using Painter = std::function<void(QCPPainter&, const QRectF&)>;
    // Paints the footer of one page; pages are numbered from 1.
    using FooterPainter = std::function<void(QPainter&, const QRectF&, int page, int pageCount)>;

    struct TableColumn
    {
        QString title;
        qreal weight = 1; // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Table
    {
        QList<TableColumn> columns;
        QList<QStringList> rows;
        QList<int> emphasisedRows; // drawn in bold (totals, headline measures)
        QFont font;
        QFont headerFont;
    };

    PagedDocument();

    void addParagraph(const QString& text, const QFont& font, const QColor& color = Qt::black, qreal spaceAfterMm = 2);
    // A heading stays on the page of what follows it.
    void addHeading(const QString& text, const QFont& font, const QColor& color = Qt::black);
    void addTable(const Table& table, qreal spaceAfterMm = 3);
    // A block of fixed height, moved whole to the next page when it does not fit.
    void addBlock(qreal heightMm, const Painter& painter, qreal spaceAfterMm = 3);
    void addSpace(qreal mm);
    void setFooter(qreal heightMm, const FooterPainter& painter);

    // Lays out and paints onto the device (a QPdfWriter or a QPrinter); returns the number of pages.
    int render(QPagedPaintDevice& device);
    // What a PDF says about itself (its document information and XMP metadata).
    struct Metadata
    {
        QString title;
        QString author;   // the clinic
        QString subject;  // what the document is, without naming anybody
        QString language; // BCP 47: "en-GB", "de"
        QString creator;  // the program
    };

    // Writes a PDF/A-1b file, the archival format a receiving record files letters in, through a temporary file
    // renamed into place, so a failed run leaves nothing half-written.
    Result<int> writePdf(const QString& path, const QPageLayout& layout, const Metadata& metadata);

private:
    struct Entry
    {
        enum class Kind
        {
            Paragraph,
            Heading,
            Table,
            Block,
            Space
        } kind = Kind::Space;
        QString text;
        QFont font;
        QColor color;
        Table table;
        qreal heightMm = 0;
        Painter painter;
        qreal spaceAfterMm = 0;
    };
    struct Placed
    {
        int page = 0;
        QRectF rect;
        std::function<void(QCPPainter&)> paint;
    };
    QList<Placed> layout(QPagedPaintDevice& device, const QRectF& body, qreal footerHeight) const;

    QList<Entry> m_entries;
    qreal m_footerHeightMm = 0;
    FooterPainter m_footer;
};

} // namespace outcome
