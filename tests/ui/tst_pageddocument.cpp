// Report pagination read back from the PDF: text flows across pages, table rows never split, headers repeat,
// every page has its "page x of y" footer, fonts are embedded.
#include "PagedDocument.h"
#include "PdfText.h"
#include "TestSupport.h"

#include <QPageSize>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestPagedDocument : public QObject
{
    Q_OBJECT

private slots:
    void flowsAndPaginates();
    void unwritablePathLeavesNothing();
};

void TestPagedDocument::flowsAndPaginates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paged.pdf"));
    PagedDocument document;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    document.addHeading(QStringLiteral("Opening heading"), bold);
    QStringList sentences;
    for (int i = 1; i <= 220; ++i)
        sentences
            << QStringLiteral("Sentence number %1 of a long clinical note that has to flow onto more pages.").arg(i);
    document.addParagraph(sentences.join(QLatin1Char(' ')), body);
    PagedDocument::Table table;
    table.font = body;
    table.headerFont = bold;
    table.columns = {{QStringLiteral("Measure"), 3},
                     {QStringLiteral("Baseline"), 1, Qt::AlignRight},
                     {QStringLiteral("Latest"), 1, Qt::AlignRight}};
    for (int row = 1; row <= 150; ++row)
        table.rows.append({QStringLiteral("row-%1 measure with a long name that wraps onto a second line in its cell")
                               .arg(row, 3, 10, QLatin1Char('0')),
                           QString::number(row), QString::number(row * 2)});
    document.addTable(table);
    document.addBlock(60, [](QPainter& painter, const QRectF& rect) {
        painter.drawRect(rect);
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("Whole block"));
    });
    document.setFooter(8, [&body](QPainter& painter, const QRectF& rect, int page, int pages) {
        painter.setFont(body);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Page %1 of %2").arg(page).arg(pages));
    });
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                             QPageLayout::Millimeter);
    const PagedDocument::Metadata metadata{QStringLiteral("Test & <check>"), QStringLiteral("Harbour Spine Clinic"),
                                           QStringLiteral("A test document"), QStringLiteral("en-GB"),
                                           QStringLiteral("tests")};
    Result<int> pages = document.writePdf(path, layout, metadata);
    QVERIFY(pages.ok());
    QVERIFY(*pages >= 6);
    QCOMPARE(pdfPageCount(path), *pages);

    int tableHeaders = 0;
    QSet<int> rowsSeen;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(*pages)), qPrintable(text.right(200)));
        tableHeaders += text.contains(QStringLiteral("Baseline")) ? 1 : 0;
        for (int row = 1; row <= 150; ++row) {
            const QString marker = QStringLiteral("row-%1").arg(row, 3, 10, QLatin1Char('0'));
            if (!text.contains(marker))
                continue;
            // The row's wrapped second line is on the same page as its first.
            const qsizetype at = text.indexOf(marker);
            QVERIFY2(text.indexOf(QStringLiteral("second line"), at) > at, qPrintable(marker));
            QVERIFY2(!rowsSeen.contains(row), qPrintable(marker));
            rowsSeen.insert(row);
        }
    }
    QCOMPARE(rowsSeen.size(), 150);
    QVERIFY2(tableHeaders >= 2, "the table header repeats on every page the table spans");
    const QString all = pdfText(path);
    QVERIFY(all.contains(QStringLiteral("1 of a long clinical note that has to flow")));
    QVERIFY(all.contains(QStringLiteral("220 of a long clinical note that has to flow")));
    QVERIFY(all.contains(QStringLiteral("Whole block")));
    QVERIFY2(pdfUnembeddedFonts(path).isEmpty(), qPrintable(pdfUnembeddedFonts(path).join(QLatin1Char('\n'))));

    // PDF/A-1b, with its metadata: what the information dictionary says, the XMP says again, and more.
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QString xmp = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QVERIFY2(info.contains(QStringLiteral("Title:           Test & <check>")), qPrintable(info));
    for (const QString& expected :
         {QStringLiteral("pdfaid:part=\"1\""), QStringLiteral("pdfaid:conformance=\"B\""),
          QStringLiteral("Test &amp; &lt;check&gt;"), QStringLiteral("<rdf:li>Harbour Spine Clinic</rdf:li>"),
          QStringLiteral("A test document"), QStringLiteral("<rdf:li>en-GB</rdf:li>"),
          QStringLiteral("xmp:CreatorTool=\"tests\"")})
        QVERIFY2(xmp.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + xmp));
    // The creation date is one moment in both places.
    const QRegularExpression created(
        QStringLiteral("xmp:CreateDate=\"(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)Z\""));
    const QRegularExpressionMatch match = created.match(xmp);
    QVERIFY2(match.hasMatch(), qPrintable(xmp));
    const QByteArray bytes = fileBytes(path);
    const QString stamp = QStringLiteral("/CreationDate (D:%1%2%3%4%5%6Z)")
                              .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4),
                                   match.captured(5), match.captured(6));
    QVERIFY2(bytes.contains(stamp.toLatin1()), qPrintable(stamp));
}

void TestPagedDocument::unwritablePathLeavesNothing()
{
    PagedDocument document;
    document.addParagraph(QStringLiteral("Hello"), QFont());
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                             QPageLayout::Millimeter);
    Result<int> pages = document.writePdf(QStringLiteral("/nonexistent-folder/out.pdf"), layout, {});
    QVERIFY(!pages.ok());
    QVERIFY(pages.error().message.contains(QStringLiteral("/nonexistent-folder/out.pdf")));
}

QTEST_MAIN(TestPagedDocument)
#include "tst_pageddocument.moc"
