// One measure's series on its own: the meaningful-improvement threshold in the right direction and unit, the
// y range that never makes a small change look dramatic, and severity bands ordered by severity.
#include "MeasureSeries.h"
#include "SampleCourse.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestMeasureSeries : public QObject
{
    Q_OBJECT

private slots:
    void threshold_data();
    void threshold();
    void axisRange_data();
    void axisRange();
    void bandsBySeverity();

private:
    static MeasureSeries seriesOf(const MeasureDefinition& measure, const QList<double>& values);
};

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

MeasureDefinition scale(Direction direction, double min, std::optional<double> max)
{
    MeasureDefinition measure;
    measure.id = QStringLiteral("score");
    measure.name = QStringLiteral("Test score");
    measure.direction = direction;
    measure.min = min;
    measure.max = max;
    return measure;
}

MeaningfulChange mcid(std::optional<double> points, std::optional<double> percent, ChangeUnit headline)
{
    return MeaningfulChange{points, percent, headline, {}};
}

} // namespace

MeasureSeries TestMeasureSeries::seriesOf(const MeasureDefinition& measure, const QList<double>& values)
{
    static InstrumentDefinition instrument;
    instrument.id = QStringLiteral("test");
    return seriesOfValues(instrument, measure, values);
}

void TestMeasureSeries::threshold_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("max");
    QTest::addColumn<std::optional<double>>("points");
    QTest::addColumn<std::optional<double>>("percent");
    QTest::addColumn<int>("headline");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<int>("expectedUnit");
    const int worse = int(Direction::HigherIsWorse), better = int(Direction::HigherIsBetter);
    const int points = int(ChangeUnit::Points), percent = int(ChangeUnit::Percent);
    const std::optional<double> none;
    QTest::newRow("NRS: 2 points down") << worse << 10.0 << std::optional(2.0) << std::optional(30.0) << points << 7.0
                                        << std::optional(5.0) << points;
    QTest::newRow("QVAS: 30 % down") << worse << 100.0 << none << std::optional(30.0) << percent << 60.0
                                     << std::optional(42.0) << percent;
    QTest::newRow("percent headline with points too") << worse << 100.0 << std::optional(10.0) << std::optional(30.0)
                                                      << percent << 50.0 << std::optional(35.0) << percent;
    QTest::newRow("higher is better: 5 points up")
        << better << 100.0 << std::optional(5.0) << none << points << 40.0 << std::optional(45.0) << points;
    QTest::newRow("higher is better: 20 % up")
        << better << 100.0 << none << std::optional(20.0) << percent << 50.0 << std::optional(60.0) << percent;
    QTest::newRow("points headline missing: percent")
        << worse << 100.0 << none << std::optional(30.0) << points << 50.0 << std::optional(35.0) << percent;
    QTest::newRow("out of reach below the range")
        << worse << 10.0 << std::optional(2.0) << none << points << 1.0 << none << points;
    QTest::newRow("out of reach above the range")
        << better << 100.0 << std::optional(5.0) << none << points << 98.0 << none << points;
    QTest::newRow("neither way is better")
        << int(Direction::Neutral) << 10.0 << std::optional(2.0) << none << points << 7.0 << none << points;
    QTest::newRow("no meaningful change defined") << worse << 10.0 << none << none << points << 7.0 << none << points;
}

void TestMeasureSeries::threshold()
{
    QFETCH(int, direction);
    QFETCH(double, max);
    QFETCH(std::optional<double>, points);
    QFETCH(std::optional<double>, percent);
    QFETCH(int, headline);
    QFETCH(double, baseline);
    QFETCH(std::optional<double>, expected);
    QFETCH(int, expectedUnit);
    MeasureDefinition measure = scale(Direction(direction), 0, max);
    if (points || percent)
        measure.meaningfulChange = mcid(points, percent, ChangeUnit(headline));
    const MeasureSeries series = seriesOf(measure, {baseline, baseline});
    QCOMPARE(series.improvementThreshold().has_value(), expected.has_value());
    if (!expected)
        return;
    QCOMPARE(series.improvementThreshold()->value, *expected);
    QCOMPARE(int(series.improvementThreshold()->unit), expectedUnit);
}

void TestMeasureSeries::axisRange_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<std::optional<double>>("max");
    QTest::addColumn<std::optional<double>>("referenceUpper");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("axisMax");
    const std::optional<double> none;
    QTest::newRow("instrument range, small values")
        << 0.0 << std::optional(100.0) << none << QList<double>{4, 6} << 100.0;
    QTest::newRow("open-ended: the reference limit")
        << 0.0 << none << std::optional(5.0) << QList<double>{1.2, 0.8} << 6.0;
    QTest::newRow("open-ended: the highest value")
        << 0.0 << none << std::optional(10.0) << QList<double>{12, 30} << 40.0;
    QTest::newRow("open-ended: nothing to go by") << 0.0 << none << none << QList<double>{0, 0} << 1.0;
}

void TestMeasureSeries::axisRange()
{
    QFETCH(double, min);
    QFETCH(std::optional<double>, max);
    QFETCH(std::optional<double>, referenceUpper);
    QFETCH(QList<double>, values);
    QFETCH(double, axisMax);
    MeasureDefinition measure = scale(Direction::HigherIsWorse, min, max);
    if (referenceUpper)
        measure.referenceRange.upper = Limit{*referenceUpper, false};
    const MeasureSeries series = seriesOf(measure, values);
    QCOMPARE(series.axisMin(), min);
    QCOMPARE(series.axisMax(), axisMax);
}

void TestMeasureSeries::bandsBySeverity()
{
    MeasureDefinition measure = scale(Direction::HigherIsBetter, 0, 100);
    measure.bands = {{QStringLiteral("poor"), QStringLiteral("Poor"), {}, Limit{40, false}},
                     {QStringLiteral("fair"), QStringLiteral("Fair"), {}, Limit{70, true}},
                     {QStringLiteral("good"), QStringLiteral("Good"), {}, std::nullopt}};
    const MeasureSeries series = seriesOf(measure, {50, 60});
    QCOMPARE(series.bands().size(), 3);
    QCOMPARE(series.bands()[0].lower, 0.0);
    QCOMPARE(series.bands()[0].upper, 40.0);
    QCOMPARE(series.bands()[0].severity, 2); // higher is better: the lowest band is the most severe
    QCOMPARE(series.bands()[1].upper, 70.0);
    QCOMPARE(series.bands()[2].upper, 100.0);
    QCOMPARE(series.bands()[2].severity, 0);
}

QTEST_GUILESS_MAIN(TestMeasureSeries)
#include "tst_measureseries.moc"
