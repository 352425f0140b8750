// Printed questionnaires read back as text page by page: every item of every instrument, numbered and in the entry
// form's order, each item whole on one page with all of its answers, and whose form it is on every page.
#include "InstrumentLibrary.h"
#include "PdfText.h"
#include "QuestionnaireFormDocument.h"
#include "ReportPaper.h"
#include "TranslatedDefinition.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestQuestionnaireForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyItemWholeAndInOrder_data();
    void everyItemWholeAndInOrder();
    void blankFormHasLinesToWriteOn();
    void printedInThePatientsLanguage();

private:
    QList<const InstrumentDefinition*> instruments(const QStringList& ids) const;
    QTemporaryDir m_dir;
    InstrumentLibrary m_library = InstrumentLibrary::load();
};

namespace {

QString wording(const QString& text, const QString& label)
{
    return text.isEmpty() ? label : text;
}

QString heading(const ItemDefinition& item)
{
    return QStringLiteral("%1. %2").arg(item.number).arg(wording(item.text, item.label));
}

// What follows an item's wording on paper, in order; the last of it is the item's end.
QStringList answersOf(const ItemDefinition& item)
{
    const QLocale locale;
    QStringList parts;
    switch (item.input) {
    case InputKind::Options:
        for (const AnswerOption& option : item.options)
            parts << QStringLiteral("%1 %2").arg(option.code).arg(wording(option.text, option.label));
        break;
    case InputKind::YesNo:
        for (const AnswerOption& option : item.options) {
            if (option.code == 1)
                parts << QStringLiteral("1 %1").arg(wording(option.text, option.label));
        }
        break;
    case InputKind::Integer:
    case InputKind::Decimal:
        if (!item.minLabel.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(locale.toString(item.min), item.minLabel);
        if (!item.maxLabel.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(locale.toString(*item.max), item.maxLabel);
        if (item.input == InputKind::Decimal)
            parts << QStringLiteral("Your number (%1):").arg(item.allowedAnswers());
        break;
    case InputKind::LabValue:
        parts << QStringLiteral("Result:") << item.unit;
        break;
    }
    return parts;
}

} // namespace

void TestQuestionnaireForm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.find(QStringLiteral("rand36")));
}

QList<const InstrumentDefinition*> TestQuestionnaireForm::instruments(const QStringList& ids) const
{
    QList<const InstrumentDefinition*> found;
    for (const QString& id : ids)
        found.append(m_library.find(id));
    return found;
}

void TestQuestionnaireForm::everyItemWholeAndInOrder_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("paper");
    const QStringList battery{QStringLiteral("odi"),  QStringLiteral("qvas"), QStringLiteral("rand36"),
                              QStringLiteral("rmdq"), QStringLiteral("nrs"),  QStringLiteral("markers")};
    QTest::newRow("every instrument, A4") << battery << QStringLiteral("A4");
    QTest::newRow("every instrument, Letter") << battery << QStringLiteral("Letter");
    QTest::newRow("ODI") << QStringList{QStringLiteral("odi")} << QStringLiteral("A4");
}

void TestQuestionnaireForm::everyItemWholeAndInOrder()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, paper);
    const QList<const InstrumentDefinition*> chosen = instruments(ids);
    QVERIFY(!chosen.contains(nullptr));
    const QuestionnaireFormDocument form(
        chosen, QuestionnaireFormPatient{QStringLiteral("Nowak, Ewa"), QStringLiteral("C000017"),
                                         QStringLiteral("Baseline"), QDate(2026, 3, 2)});
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(ids.join(QLatin1Char('-')), paper));
    const Result<int> pages = form.writePdf(path, *ReportPaper::fromName(paper));
    QVERIFY2(pages.ok(), pages ? "" : qPrintable(pages.error().message));
    QCOMPARE(pdfPageCount(path), *pages);
    if (ids.size() > 1)
        QVERIFY2(*pages >= 6, qPrintable(QString::number(*pages)));

    QStringList pageTexts;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = pdfReadingText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Nowak, Ewa")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("C000017")));
        QVERIFY(text.contains(QStringLiteral("Baseline, planned for")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(*pages)));
        pageTexts << text;
    }

    // Each item is looked for after the one before it, on the same page or a later one; its answers must all follow
    // its wording on that page, before the next item starts: an item split across pages leaves its last answers
    // on the next page and fails here.
    int page = 0;
    qsizetype from = 0;
    for (const InstrumentDefinition* definition : chosen) {
        const QList<ItemDefinition>& items = definition->items();
        for (qsizetype index = 0; index < items.size(); ++index) {
            const ItemDefinition& item = items[index];
            qsizetype at = -1;
            while (page < pageTexts.size() && (at = pageTexts[page].indexOf(heading(item), from)) < 0) {
                ++page;
                from = 0;
            }
            QVERIFY2(at >= 0,
                     qPrintable(QStringLiteral("%1 %2 not found in order").arg(definition->id, heading(item))));
            const QString& text = pageTexts[page];
            qsizetype end = text.size();
            if (index + 1 < items.size()) {
                const qsizetype next = text.indexOf(heading(items[index + 1]), at);
                if (next >= 0)
                    end = next;
            }
            qsizetype cursor = at + heading(item).size();
            for (const QString& part : answersOf(item)) {
                const qsizetype found = text.indexOf(part, cursor);
                QVERIFY2(found >= 0 && found < end, qPrintable(QStringLiteral("%1 item %2: \"%3\" not with the item on "
                                                                              "page %4")
                                                                   .arg(definition->id)
                                                                   .arg(item.number)
                                                                   .arg(part)
                                                                   .arg(page + 1)));
                cursor = found + part.size();
            }
            from = cursor;
        }
    }
}

void TestQuestionnaireForm::blankFormHasLinesToWriteOn()
{
    const QuestionnaireFormDocument form(instruments({QStringLiteral("odi")}), std::nullopt);
    const QString path = m_dir.filePath(QStringLiteral("blank-odi.pdf"));
    const Result<int> pages = form.writePdf(path, QPageSize(QPageSize::A4));
    QVERIFY(pages.ok());
    for (int page = 1; page <= *pages; ++page) {
        const QString text = pdfReadingText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Name: ____")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Chart number: ____")));
        QVERIFY(text.contains(QStringLiteral("Date: ____")));
        QVERIFY(!text.contains(QStringLiteral("planned for")));
    }
    const QString all = pdfReadingText(path);
    QVERIFY(all.contains(QStringLiteral("ODI — Oswestry Disability Index")));
    QVERIFY(all.contains(m_library.find(QStringLiteral("odi"))->instructions.simplified()));
}

void TestQuestionnaireForm::printedInThePatientsLanguage()
{
    QTemporaryDir clinic;
    QVERIFY(installGermanNrs(clinic.path()));
    const InstrumentLibrary library = InstrumentLibrary::load(clinic.path());
    QVERIFY(library.problems().isEmpty());
    const InstrumentDefinition* nrs = library.find(QStringLiteral("nrs"));
    QCOMPARE(nrs->version, QStringLiteral("1+de"));
    const QuestionnaireFormPatient patient{QStringLiteral("Keller, Anna"), QStringLiteral("C000007"),
                                           QStringLiteral("Session 1"), QDate(2026, 12, 4)};

    const QuestionnaireFormDocument german({nrs, library.find(QStringLiteral("odi"))}, patient, QStringLiteral("de"));
    const QString germanPath = m_dir.filePath(QStringLiteral("german.pdf"));
    QVERIFY(german.writePdf(germanPath, QPageSize(QPageSize::A4)).ok());
    const QString text = pdfReadingText(germanPath);
    QVERIFY2(text.contains(QStringLiteral("NRS — ") + kGermanNrsName), qPrintable(text));
    QVERIFY(text.contains(kGermanNrsInstructions));
    QVERIFY(text.contains(QStringLiteral("1. ") + kGermanNrsLabel));
    QVERIFY(text.contains(QStringLiteral("0 = ") + kGermanNrsLeast));
    QVERIFY(text.contains(QStringLiteral("10 = ") + kGermanNrsMost));
    QVERIFY(!text.contains(nrs->item(QStringLiteral("pain"))->label));
    // The ODI has no German text: it is printed in English, whole.
    QVERIFY(text.contains(QStringLiteral("ODI — Oswestry Disability Index")));
    QVERIFY(text.contains(QStringLiteral("10. Travelling")));

    // The same definition for an English reader, and for a language it lacks.
    for (const QString& language : {QString(), QStringLiteral("fr")}) {
        const QuestionnaireFormDocument other({nrs}, patient, language);
        const QString otherPath = m_dir.filePath(QStringLiteral("other.pdf"));
        QVERIFY(other.writePdf(otherPath, QPageSize(QPageSize::A4)).ok());
        const QString otherText = pdfReadingText(otherPath);
        QVERIFY2(otherText.contains(QStringLiteral("1. Pain intensity now")), qPrintable(otherText));
        QVERIFY(!otherText.contains(kGermanNrsLabel));
    }
}

QTEST_MAIN(TestQuestionnaireForm)
#include "tst_questionnaireform.moc"
