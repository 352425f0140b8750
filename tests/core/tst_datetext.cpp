// ISO text of dates and moments as the database keeps them: written directly, read back as Qt reads ISO dates.
#include "DateText.h"

#include <QTest>

using namespace outcome;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void datesReadBackAsWritten_data();
    void datesReadBackAsWritten();
    void readsAsQtReads_data();
    void readsAsQtReads();
};

void TestDateText::datesReadBackAsWritten_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("ordinary") << QDate(2026, 3, 2);
    QTest::newRow("29 February") << QDate(2028, 2, 29);
    QTest::newRow("31 December") << QDate(2026, 12, 31);
    QTest::newRow("1 January of year 1") << QDate(1, 1, 1);
    QTest::newRow("9999") << QDate(9999, 12, 31);
}

void TestDateText::datesReadBackAsWritten()
{
    QFETCH(QDate, date);
    const QString text = isoDate(date);
    QCOMPARE(text, date.toString(Qt::ISODate));
    QCOMPARE(dateFromIso(text), date);
}

void TestDateText::readsAsQtReads_data()
{
    QTest::addColumn<QString>("text");
    // A day the month does not have, a month that does not exist, and things that are not dates at all.
    for (const char* text : {"2026-02-29", "2028-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
                             "2026-1-05", "2026/01/05", "20260105", "2026-01-0x", "", "yesterday", "2026-01-05 "})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestDateText::readsAsQtReads()
{
    QFETCH(QString, text);
    const QDate read = dateFromIso(text);
    const QDate expected = QDate::fromString(text, Qt::ISODate);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(read, expected);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
