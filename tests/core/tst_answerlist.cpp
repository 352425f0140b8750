// The command line's answer lists: what they parse to, and the exact error messages scripts rely on.
#include "AnswerList.h"
#include "CoreTestSupport.h"

#include <QTest>

using namespace outcome;
using outcome::test::bundled;

namespace {

QString repeated(const char* entry, int count)
{
    QStringList entries;
    for (int i = 0; i < count; ++i)
        entries.append(QString::fromLatin1(entry));
    return entries.join(QLatin1Char(','));
}

// The answers as "id=value" (lab values "id=value unit censoring"), in item order, for compact comparison.
QStringList describe(const InstrumentDefinition& definition, const AnswerSet& answers)
{
    QStringList parts;
    for (const ItemDefinition& item : definition.items()) {
        const ItemAnswer* answer = answers.find(item.id);
        if (!answer)
            continue;
        QString part = item.id + QLatin1Char('=') + QString::number(*answer->value);
        if (item.input == InputKind::LabValue)
            part += QLatin1Char(' ') + answer->unit + QLatin1Char(' ') + censoringToCode(answer->censoring);
        parts.append(part.trimmed());
    }
    return parts;
}

} // namespace

class TestAnswerList : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void errors_data();
    void errors();
};

void TestAnswerList::parses_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("expected");
    const auto split = [](const char* text) {
        return QString::fromLatin1(text).split(QLatin1Char(','));
    };
    QTest::newRow("nrs") << QStringLiteral("nrs") << QStringLiteral("7") << split("pain=7");
    QTest::newRow("nrs missing") << QStringLiteral("nrs") << QString() << QStringList();
    QTest::newRow("odi with a blank") << QStringLiteral("odi") << QStringLiteral("3,2,3,2,3,2,3,,2,1")
                                      << split("1=3,2=2,3=3,4=2,5=3,6=2,7=3,9=2,10=1");
    QTest::newRow("odi with spaces") << QStringLiteral("odi") << QStringLiteral(" 0, 1 ,2,3,4,5,0,1,2, 3 ")
                                     << split("1=0,2=1,3=2,4=3,5=4,6=5,7=0,8=1,9=2,10=3");
    QTest::newRow("qvas one decimal, best blank")
        << QStringLiteral("qvas") << QStringLiteral("5.5,6,7.2,") << split("now=5.5,typical=6,worst=7.2");
    QTest::newRow("rmdq") << QStringLiteral("rmdq") << (QStringLiteral("1,0,") + repeated("0", 22))
                          << (QStringList{QStringLiteral("1=1"), QStringLiteral("2=0")} + [] {
                                 QStringList rest;
                                 for (int i = 3; i <= 24; ++i)
                                     rest.append(QStringLiteral("%1=0").arg(i));
                                 return rest;
                             }());
    QTest::newRow("markers") << QStringLiteral("markers") << QStringLiteral("1.2 mg/dL,<0.3,8,,5ng/L,>100")
                             << QStringList{QStringLiteral("crp=1.2 mg/dL"), QStringLiteral("hscrp=0.3 mg/L below"),
                                            QStringLiteral("tnfa=8 pg/mL"), QStringLiteral("il6=5 ng/L"),
                                            QStringLiteral("il10=100 pg/mL above")};
    QTest::newRow("markers unit in any case")
        << QStringLiteral("markers") << QStringLiteral("2 MG/DL,,,,,") << QStringList{QStringLiteral("crp=2 mg/dL")};
}

void TestAnswerList::parses()
{
    QFETCH(QString, instrument);
    QFETCH(QString, list);
    QFETCH(QStringList, expected);
    const InstrumentDefinition& definition = bundled(instrument);
    const Result<AnswerSet> parsed = AnswerList::parse(definition, list);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(describe(definition, *parsed), expected);
    QCOMPARE(parsed->answeredCount(), expected.size());
}

void TestAnswerList::errors_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* instrument, const QString& list, const char* message) {
        QTest::newRow(name) << QString::fromLatin1(instrument) << list << QString::fromUtf8(message);
    };
    const auto odi = [](const char* first, const char* second) -> QString {
        return QString::fromLatin1(first) + QLatin1Char(',') + QString::fromLatin1(second) +
               QStringLiteral(",1,1,1,1,1,1,1,1");
    };
    row("odi too few", "odi", QStringLiteral("1,2,3"), "odi takes 10 answers, got 3");
    row("odi too many", "odi", repeated("1", 11), "odi takes 10 answers, got 11");
    row("nrs two", "nrs", QStringLiteral("1,2"), "nrs takes 1 answer, got 2");
    row("qvas three", "qvas", QStringLiteral("1,2,3"), "qvas takes 4 answers, got 3");
    row("odi 7", "odi", QStringLiteral("1,1,1,1,1,7,1,1,1,1"), "item 6: 7 is not an allowed answer (0-5)");
    row("odi negative", "odi", odi("-1", "1"), "item 1: -1 is not an allowed answer (0-5)");
    row("odi half", "odi", odi("1", "2.5"), "item 2: 2.5 is not an allowed answer (0-5)");
    row("odi text", "odi", odi("1", "x"), "item 2: \"x\" is not a number");
    row("odi number with text", "odi", odi("1", "2a"), "item 2: \"2a\" is not a number");
    row("nrs 11", "nrs", QStringLiteral("11"), "item 1: 11 is not an allowed answer (0-10)");
    row("nrs comparator", "nrs", QStringLiteral("<3"), "item 1: \"<3\" is not a number");
    row("nrs exponent", "nrs", QStringLiteral("1e1"), "item 1: \"1e1\" is not a number");
    row("nrs nan", "nrs", QStringLiteral("nan"), "item 1: \"nan\" is not a number");
    row("qvas two decimals", "qvas", QStringLiteral("5.25,5,5,5"),
        "item 1: 5.25 is not an allowed answer (0-10, one decimal)");
    row("qvas above 10", "qvas", QStringLiteral("5,10.1,5,5"),
        "item 2: 10.1 is not an allowed answer (0-10, one decimal)");
    row("rmdq 2", "rmdq", QStringLiteral("0,2,") + repeated("0", 22), "item 2: 2 is not an allowed answer (0-1)");
    row("rand36 item 3", "rand36", QStringLiteral("1,1,4,") + repeated("1", 33),
        "item 3: 4 is not an allowed answer (1-3)");
    row("rand36 item 21", "rand36", repeated("1", 20) + QStringLiteral(",7,") + repeated("1", 15),
        "item 21: 7 is not an allowed answer (1-6)");
    row("rand36 code 0", "rand36", QStringLiteral("0,") + repeated("1", 35),
        "item 1: 0 is not an allowed answer (1-5)");
    row("marker unit", "markers", QStringLiteral("12 g/L,,,,,"),
        "item 1: \"g/L\" is not an accepted unit (mg/L, mg/dL)");
    row("marker negative", "markers", QStringLiteral(",,-3,,,"), "item 3: -3 is not an allowed answer (0 or more)");
    row("marker text", "markers", QStringLiteral(",,,,high,"), "item 5: \"high\" is not a number");
}

void TestAnswerList::errors()
{
    QFETCH(QString, instrument);
    QFETCH(QString, list);
    QFETCH(QString, message);
    const Result<AnswerSet> parsed = AnswerList::parse(bundled(instrument), list);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
    QCOMPARE(parsed.error().message, message);
}

QTEST_GUILESS_MAIN(TestAnswerList)
#include "tst_answerlist.moc"
