// Report pagination read back from the PDF: text flows across pages, table rows never split, headers repeat,
// every page has its "page x of y" footer, fonts are embedded.
#include "PagedDocument.h"
#include "PdfText.h"

#include <QPageSize>
#include <QPainter>
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
    Result<int> pages = document.writePdf(path, layout, QStringLiteral("Test"), QStringLiteral("tests"));
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
}

void TestPagedDocument::unwritablePathLeavesNothing()
{
    PagedDocument document;
    document.addParagraph(QStringLiteral("Hello"), QFont());
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                             QPageLayout::Millimeter);
    Result<int> pages = document.writePdf(QStringLiteral("/nonexistent-folder/out.pdf"), layout, QString(), QString());
    QVERIFY(!pages.ok());
    QVERIFY(pages.error().message.contains(QStringLiteral("/nonexistent-folder/out.pdf")));
}

QTEST_MAIN(TestPagedDocument)
#include "tst_pageddocument.moc"
