// Choosing the baseline: the baseline visit's value, else the earliest value, labelled "first recorded".
#include "Baseline.h"

#include <QTest>

using namespace outcome;

class TestBaseline : public QObject
{
    Q_OBJECT

private slots:
    void choose_data();
    void choose();
};

void TestBaseline::choose_data()
{
    QTest::addColumn<QList<DatedValue>>("series");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("firstRecorded");
    QTest::addColumn<qsizetype>("index");
    const QDate d1(2026, 3, 2), d2(2026, 3, 5), d3(2026, 3, 9);
    QTest::newRow("baseline visit") << QList<DatedValue>{{d1, 7, true}, {d2, 6, false}, {d3, 5, false}} << true << 7.0
                                    << d1 << false << qsizetype(0);
    QTest::newRow("no baseline visit") << QList<DatedValue>{{d2, 6, false}, {d3, 5, false}} << true << 6.0 << d2 << true
                                       << qsizetype(0);
    QTest::newRow("baseline visit without a score")
        << QList<DatedValue>{{d1, std::nullopt, true}, {d2, 6, false}, {d3, 5, false}} << true << 6.0 << d2 << true
        << qsizetype(1);
    QTest::newRow("earliest, in any order")
        << QList<DatedValue>{{d3, 5, false}, {d2, 6, false}} << true << 6.0 << d2 << true << qsizetype(1);
    QTest::newRow("baseline visit beats an earlier session")
        << QList<DatedValue>{{d1, 8, false}, {d2, 7, true}} << true << 7.0 << d2 << false << qsizetype(1);
    QTest::newRow("two baseline entries: the earlier")
        << QList<DatedValue>{{d2, 6, true}, {d1, 8, true}} << true << 8.0 << d1 << false << qsizetype(1);
    QTest::newRow("nothing recorded") << QList<DatedValue>{{d1, std::nullopt, true}} << false << 0.0 << QDate() << false
                                      << qsizetype(-1);
    QTest::newRow("empty") << QList<DatedValue>{} << false << 0.0 << QDate() << false << qsizetype(-1);
}

void TestBaseline::choose()
{
    QFETCH(QList<DatedValue>, series);
    QFETCH(bool, found);
    QFETCH(double, value);
    QFETCH(QDate, date);
    QFETCH(bool, firstRecorded);
    QFETCH(qsizetype, index);
    const std::optional<Baseline> baseline = Baseline::choose(series);
    QCOMPARE(baseline.has_value(), found);
    if (!found)
        return;
    QCOMPARE(baseline->value, value);
    QCOMPARE(baseline->date, date);
    QCOMPARE(baseline->firstRecorded, firstRecorded);
    QCOMPARE(baseline->index, index);
}

QTEST_GUILESS_MAIN(TestBaseline)
#include "tst_baseline.moc"
