// Report page layout: positions computed once for the device, then painted page by page.
#include "PagedDocument.h"

#include "DatabaseFile.h"
#include "PrivateFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextStream>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PagedDocument)
};

} // namespace

namespace {

qreal mmToDevice(qreal mm, const QPaintDevice& device)
{
    return mm * device.logicalDpiY() / 25.4;
}

struct LaidLine
{
    QString text;
    qreal height = 0;
};

// Breaks text into lines of at most `width`, keeping the paragraph's own line breaks.
QList<LaidLine> breakLines(const QString& text, const QFont& font, qreal width, QPaintDevice* device)
{
    QList<LaidLine> lines;
    const QFontMetricsF metrics(font, device);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            lines.append({QString(), metrics.lineSpacing()});
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            lines.append({paragraph.mid(line.textStart(), line.textLength()).trimmed(), metrics.lineSpacing()});
        }
        layout.endLayout();
    }
    return lines;
}

} // namespace

PagedDocument::PagedDocument() = default;

void PagedDocument::addParagraph(const QString& text, const QFont& font, const QColor& color, qreal spaceAfterMm)
{
    Entry entry;
    entry.kind = Entry::Kind::Paragraph;
    entry.text = text;
    entry.font = font;
    entry.color = color;
    entry.spaceAfterMm = spaceAfterMm;
    m_entries.append(entry);
}

void PagedDocument::addHeading(const QString& text, const QFont& font, const QColor& color)
{
    Entry entry;
    entry.kind = Entry::Kind::Heading;
    entry.text = text;
    entry.font = font;
    entry.color = color;
    entry.spaceAfterMm = 1.5;
    m_entries.append(entry);
}

void PagedDocument::addTable(const Table& table, qreal spaceAfterMm)
{
    Entry entry;
    entry.kind = Entry::Kind::Table;
    entry.table = table;
    entry.spaceAfterMm = spaceAfterMm;
    m_entries.append(entry);
}

void PagedDocument::addBlock(qreal heightMm, const Painter& painter, qreal spaceAfterMm)
{
    Entry entry;
    entry.kind = Entry::Kind::Block;
    entry.heightMm = heightMm;
    entry.painter = painter;
    entry.spaceAfterMm = spaceAfterMm;
    m_entries.append(entry);
}

void PagedDocument::addSpace(qreal mm)
{
    Entry entry;
    entry.kind = Entry::Kind::Space;
    entry.heightMm = mm;
    m_entries.append(entry);
}

void PagedDocument::setFooter(qreal heightMm, const FooterPainter& painter)
{
    m_footerHeightMm = heightMm;
    m_footer = painter;
}

QList<PagedDocument::Placed> PagedDocument::layout(QPagedPaintDevice& device, const QRectF& body,
                                                   qreal footerHeight) const
{
    QList<Placed> placed;
    int page = 0;
    const qreal bottom = body.bottom() - footerHeight;
    qreal y = body.top();
    const auto newPage = [&]() {
        ++page;
        y = body.top();
    };
    const auto fits = [&](qreal height) {
        return y + height <= bottom + 0.01 || y <= body.top() + 0.01;
    };

    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        const Entry& entry = m_entries[index];
        const qreal spaceAfter = mmToDevice(entry.spaceAfterMm, device);
        switch (entry.kind) {
        case Entry::Kind::Space:
            y += mmToDevice(entry.heightMm, device);
            if (y > bottom)
                newPage();
            break;
        case Entry::Kind::Heading:
        case Entry::Kind::Paragraph: {
            const QList<LaidLine> lines = breakLines(entry.text, entry.font, body.width(), &device);
            // A heading is kept with the first lines of what follows it, or with the whole block that follows it.
            qreal needed = 0;
            for (const LaidLine& line : lines)
                needed += line.height;
            if (entry.kind == Entry::Kind::Heading) {
                const bool blockNext = index + 1 < m_entries.size() && m_entries[index + 1].kind == Entry::Kind::Block;
                needed += mmToDevice(blockNext ? m_entries[index + 1].heightMm : 18, device);
            }
            if (entry.kind == Entry::Kind::Heading && !fits(needed))
                newPage();
            for (const LaidLine& line : lines) {
                if (!fits(line.height))
                    newPage();
                const QRectF rect(body.left(), y, body.width(), line.height);
                const QFont font = entry.font;
                const QColor color = entry.color;
                const QString text = line.text;
                placed.append({page, rect, [rect, font, color, text](QPainter& painter) {
                                   painter.setFont(font);
                                   painter.setPen(color);
                                   painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
                               }});
                y += line.height;
            }
            y += spaceAfter;
            break;
        }
        case Entry::Kind::Block: {
            const qreal height = mmToDevice(entry.heightMm, device);
            if (!fits(height))
                newPage();
            const QRectF rect(body.left(), y, body.width(), height);
            const Painter painter = entry.painter;
            placed.append({page, rect, [rect, painter](QCPPainter& p) {
                               p.save();
                               painter(p, rect);
                               p.restore();
                           }});
            y += height + spaceAfter;
            break;
        }
        case Entry::Kind::Table: {
            const Table& table = entry.table;
            qreal totalWeight = 0;
            for (const TableColumn& column : table.columns)
                totalWeight += column.weight;
            QList<qreal> widths;
            for (const TableColumn& column : table.columns)
                widths.append(body.width() * column.weight / totalWeight);
            const qreal padding = mmToDevice(1.2, device);
            const auto rowHeight = [&](const QStringList& cells, const QFont& font) {
                const QFontMetricsF metrics(font, &device);
                qreal height = metrics.lineSpacing();
                for (int column = 0; column < widths.size() && column < cells.size(); ++column) {
                    const QRectF bound = metrics.boundingRect(QRectF(0, 0, widths[column] - 2 * padding, 1e6),
                                                              Qt::TextWordWrap, cells[column]);
                    height = std::max(height, bound.height());
                }
                return height + 2 * padding;
            };
            QStringList header;
            for (const TableColumn& column : table.columns)
                header.append(column.title);
            const qreal headerHeight = rowHeight(header, table.headerFont);
            const auto placeRow = [&](const QStringList& cells, const QFont& font, bool isHeader, bool shaded,
                                      qreal height) {
                const QRectF rowRect(body.left(), y, body.width(), height);
                const QList<qreal> columnWidths = widths;
                const QList<TableColumn> columns = table.columns;
                placed.append(
                    {page, rowRect, [=](QPainter& painter) {
                         if (isHeader || shaded) {
                             painter.fillRect(rowRect, isHeader ? QColor(0xE8, 0xEE, 0xF4) : QColor(0xF6, 0xF8, 0xFA));
                         }
                         painter.setFont(font);
                         painter.setPen(QColor(0x1A, 0x1A, 0x1A));
                         qreal x = rowRect.left();
                         for (int column = 0; column < columnWidths.size(); ++column) {
                             const QRectF cell(x + padding, rowRect.top() + padding, columnWidths[column] - 2 * padding,
                                               rowRect.height() - 2 * padding);
                             const Qt::Alignment alignment = columns[column].alignment | (Qt::AlignTop);
                             if (column < cells.size())
                                 painter.drawText(cell, int(alignment) | Qt::TextWordWrap, cells[column]);
                             x += columnWidths[column];
                         }
                         painter.setPen(QPen(QColor(0xC8, 0xD0, 0xD8), 0));
                         painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
                     }});
                y += height;
            };
            // The header goes with at least one row.
            if (!table.rows.isEmpty() && !fits(headerHeight + rowHeight(table.rows.first(), table.font)))
                newPage();
            placeRow(header, table.headerFont, true, false, headerHeight);
            for (int row = 0; row < table.rows.size(); ++row) {
                QFont font = table.font;
                font.setBold(table.emphasisedRows.contains(row));
                const qreal height = rowHeight(table.rows[row], font);
                if (!fits(height)) {
                    newPage();
                    placeRow(header, table.headerFont, true, false, headerHeight);
                }
                placeRow(table.rows[row], font, false, row % 2 == 1, height);
            }
            y += spaceAfter;
            break;
        }
        }
    }
    return placed;
}

int PagedDocument::render(QPagedPaintDevice& device)
{
    const QPageLayout pageLayout = device.pageLayout();
    const QRect paintRect = pageLayout.paintRectPixels(device.logicalDpiX());
    const QRectF body(0, 0, paintRect.width(), paintRect.height());
    const qreal footerHeight = mmToDevice(m_footerHeightMm, device);
    const QList<Placed> placed = layout(device, body, footerHeight);
    int pageCount = 1;
    for (const Placed& item : placed)
        pageCount = std::max(pageCount, item.page + 1);

    QCPPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        for (const Placed& item : placed) {
            if (item.page == page)
                item.paint(painter);
        }
        if (m_footer) {
            painter.save();
            m_footer(painter, QRectF(body.left(), body.bottom() - footerHeight, body.width(), footerHeight), page + 1,
                     pageCount);
            painter.restore();
        }
    }
    painter.end();
    return pageCount;
}

namespace {

QString xml(const QString& text)
{
    return text.toHtmlEscaped();
}

// XMP metadata for PDF/A-1b: every entry of the document information dictionary Qt writes (title, creator, producer,
// creation date) again with the same value, plus the author, subject and language that dictionary has no room for.
QByteArray xmpMetadata(const PagedDocument::Metadata& metadata, const QString& created)
{
    QString text;
    QTextStream out(&text);
    out << "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        << "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        << "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        << "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        << "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" << xml(metadata.title)
        << "</rdf:li></rdf:Alt></dc:title>\n"
        << "<dc:creator><rdf:Seq><rdf:li>" << xml(metadata.author) << "</rdf:li></rdf:Seq></dc:creator>\n"
        << "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" << xml(metadata.subject)
        << "</rdf:li></rdf:Alt></dc:description>\n"
        << "<dc:language><rdf:Bag><rdf:li>" << xml(metadata.language) << "</rdf:li></rdf:Bag></dc:language>\n"
        << "</rdf:Description>\n"
        << "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\""
        << xml(metadata.creator) << "\" xmp:CreateDate=\"" << created << "\" xmp:ModifyDate=\"" << created << "\"/>\n"
        << "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" pdf:Producer=\"Qt "
        << xml(QString::fromLatin1(qVersion())) << "\"/>\n"
        << "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"1\" "
        << "pdfaid:conformance=\"B\"/>\n"
        << "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    out.flush();
    return text.toUtf8();
}

// The creation date Qt wrote into the document information dictionary, as "2026-12-04T08:10:53Z".
QString creationDateOf(const QByteArray& pdf)
{
    static const QRegularExpression date(
        QStringLiteral("/CreationDate \\(D:(\\d{4})(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)Z\\)"));
    const QRegularExpressionMatch match = date.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return {};
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4), match.captured(5),
             match.captured(6));
}

} // namespace

Result<int> PagedDocument::writePdf(const QString& path, const QPageLayout& layout, const Metadata& metadata)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status status = DatabaseFile::refuseOverwrite(absolute); !status)
        return status.error();
    // Qt stamps the document information dictionary with the moment it starts the file, from the system clock;
    // PDF/A wants the same moment in the XMP metadata. Should a second tick over in between, the file is made again.
    QByteArray bytes;
    int pages = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString created = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setResolution(300);
            writer.setPageLayout(layout);
            writer.setTitle(metadata.title);
            writer.setCreator(metadata.creator);
            writer.setDocumentXmpMetadata(xmpMetadata(metadata, created));
            pages = render(writer);
        }
        if (creationDateOf(bytes) == created)
            break;
    }
    // Written beside the target and renamed only when complete: a failed run leaves no half-written PDF.
    if (Status status = PrivateFile::write(absolute, bytes); !status)
        return status.error();
    return pages;
}

} // namespace outcome
