// CSV quoting and parsing (RFC 4180) and column names safe for statistics packages.
#include "ColumnNames.h"
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QTest>

using namespace outcome;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void quoting_data();
    void quoting();
    void parseErrors_data();
    void parseErrors();
    void recordLines();
    void columnNames_data();
    void columnNames();
    void uniqueColumnNames();
    void formulasAreNeutralized_data();
    void formulasAreNeutralized();
    void numberColumnsStayNumbers();
    void spreadsheetKeepsNumberLikeTextAsText();
};

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Smith");
    QTest::newRow("comma") << QStringLiteral("Smith, Jr.");
    QTest::newRow("quotes") << QStringLiteral("the \"good\" knee");
    QTest::newRow("newline") << QStringLiteral("line one\nline two");
    QTest::newRow("crlf") << QStringLiteral("line one\r\nline two");
    QTest::newRow("non-ascii") << QStringLiteral("Müller-Łukasiewicz 山田 Ñandú");
    QTest::newRow("empty") << QString();
}

void TestCsv::roundTrip()
{
    QFETCH(QString, field);
    CsvWriter writer({QStringLiteral("a"), QStringLiteral("b")});
    writer.addRow({field, QStringLiteral("end")});
    const Result<QList<CsvRecord>> records = CsvReader::parse(writer.bytes());
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1).fields, (QStringList{field, QStringLiteral("end")}));
}

void TestCsv::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringLiteral("Smith") << QByteArray("Smith,x\r\n");
    QTest::newRow("comma") << QStringLiteral("Smith, Jr.") << QByteArray("\"Smith, Jr.\",x\r\n");
    QTest::newRow("quote") << QStringLiteral("5\" line") << QByteArray("\"5\"\" line\",x\r\n");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\",x\r\n");
    QTest::newRow("utf-8") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab,x\r\n");
}

void TestCsv::quoting()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, line);
    CsvWriter writer({QStringLiteral("name"), QStringLiteral("other")});
    writer.addRow({field, QStringLiteral("x")});
    QCOMPARE(writer.bytes(), QByteArray("name,other\r\n") + line);
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                    << QStringLiteral("line 2, column 2: a quoted field is never closed");
    QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n")
                                      << QStringLiteral("line 2, column 1: a closing quote must be followed");
    QTest::newRow("stray quote") << QByteArray("a,b\nab\"c,2\n") << QStringLiteral("line 2, column 1: a quote inside");
    QTest::newRow("not utf-8") << QByteArray("a,b\nM\xfcller,2\n")
                               << QStringLiteral("line 2, column 1: the byte 0xFC is not UTF-8");
    // The place of a bad byte counts quoted line breaks and fields as the reading does.
    QTest::newRow("not utf-8, quoted") << QByteArray("a,b\r\n1,\"x\ny\xe9\"\r\n")
                                       << QStringLiteral("line 3, column 2: the byte 0xE9 is not UTF-8");
    QTest::newRow("overlong") << QByteArray("a,b,c\n1,2,\xc0\xaf\n")
                              << QStringLiteral("line 2, column 3: the byte 0xC0 is not UTF-8");
    QTest::newRow("surrogate") << QByteArray("a\n\n\xed\xa0\x80\n")
                               << QStringLiteral("line 3, column 1: the byte 0xED is not UTF-8");
    QTest::newRow("cut short") << QByteArray("a,b\n1,\xe2\x82") << QStringLiteral("line 2, column 2: the byte 0xE2");
    QTest::newRow("syntax before the bad byte")
        << QByteArray("a,b\n\"x\"y,\xff\n") << QStringLiteral("line 2, column 1: a closing quote must be followed");
}

void TestCsv::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    QVERIFY(!records.ok());
    QVERIFY2(records.error().message.contains(message), qPrintable(records.error().message));
}

void TestCsv::recordLines()
{
    // A byte-order mark is skipped; a quoted line break does not start a record; LF and CRLF both end one.
    const Result<QList<CsvRecord>> records = CsvReader::parse(QByteArray("\xef\xbb\xbfh1,h2\r\n\"a\nb\",c\nd,e"));
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).fields.first(), QStringLiteral("h1"));
    QCOMPARE(records->at(1).line, 2);
    QCOMPARE(records->at(2).line, 4);
    QCOMPARE(records->at(2).fields, (QStringList{QStringLiteral("d"), QStringLiteral("e")}));
}

void TestCsv::columnNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("odi_total_b") << QStringLiteral("odi_total_b");
    QTest::newRow("spaces") << QStringLiteral("odi_total_3 months") << QStringLiteral("odi_total_3_months");
    QTest::newRow("digit first") << QStringLiteral("3 months") << QStringLiteral("v3_months");
    QTest::newRow("punctuation") << QStringLiteral("markers_hs-CRP (mg/L)") << QStringLiteral("markers_hs_crp_mg_l");
    QTest::newRow("accents") << QStringLiteral("Überprüfung") << QStringLiteral("uberprufung");
    QTest::newRow("empty") << QString() << QStringLiteral("v");
    QTest::newRow("long") << QStringLiteral("rand36_health_change_extra_visit_after_flare")
                          << QStringLiteral("rand36_health_change_extra_visit");
}

void TestCsv::columnNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(ColumnNames::safe(text), name);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,31}$"));
    QVERIFY(allowed.match(ColumnNames::safe(text)).hasMatch());
}

void TestCsv::uniqueColumnNames()
{
    ColumnNames names;
    const QString longText = QStringLiteral("rand36_health_change_extra_visit_after_flare");
    QCOMPARE(names.unique(longText), QStringLiteral("rand36_health_change_extra_visit"));
    QCOMPARE(names.unique(longText + QStringLiteral("_again")), QStringLiteral("rand36_health_change_extra_vis_2"));
    QCOMPARE(names.unique(QStringLiteral("a b")), QStringLiteral("a_b"));
    QCOMPARE(names.unique(QStringLiteral("a-b")), QStringLiteral("a_b_2"));
}

void TestCsv::formulasAreNeutralized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("apostrophe before equals") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("plain apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    QTest::newRow("leading apostrophe") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::formulasAreNeutralized()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralized(text), written);
    QCOMPARE(CsvWriter::restored(written), text);
    // Through a file: the reader gives back the neutralized text, which restores to the original.
    CsvWriter writer({QStringLiteral("name")});
    writer.addRow({text});
    const Result<QList<CsvRecord>> records = CsvReader::parse(writer.bytes());
    QVERIFY(records.ok());
    QCOMPARE(records->at(1).fields.first(), written);
}

void TestCsv::numberColumnsStayNumbers()
{
    CsvWriter writer({QStringLiteral("label"), QStringLiteral("change")}, {QStringLiteral("change")});
    writer.addRow({QStringLiteral("-5"), QStringLiteral("-5")});
    QCOMPARE(writer.bytes(), QByteArray("label,change\r\n'-5,-5\r\n"));
}

void TestCsv::spreadsheetKeepsNumberLikeTextAsText()
{
    CsvWriter writer(
        {QStringLiteral("version"), QStringLiteral("chart"), QStringLiteral("name"), QStringLiteral("value")},
        {QStringLiteral("value")});
    writer.keepNumberLikeTextAsText(true);
    writer.addRow({QStringLiteral("1.0"), QStringLiteral("000123"), QStringLiteral("=1+1"), QStringLiteral("1.0")});
    QCOMPARE(writer.bytes(),
             QByteArray("version,chart,name,value\r\n\"=\"\"1.0\"\"\",\"=\"\"000123\"\"\",'=1+1,1.0\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
