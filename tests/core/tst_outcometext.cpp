// The clinician's wording of values, changes, verdicts and chart titles, and the start-vs-now rows built from it.
#include "CourseOutcomes.h"
#include "OutcomeText.h"
#include "SampleCourse.h"
#include "StartVsNow.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestOutcomeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void value_data();
    void value();
    void change_data();
    void change();
    void percentAndSign();
    void roundsHalvesAsAPersonDoes_data();
    void roundsHalvesAsAPersonDoes();
    void verdicts();
    void thresholdChecksReadInTheDirectionOfTheChange();
    void rangeFlagsAndCensoredMoves();
    void answerIsShownInWords();
    void referenceRange();
    void seriesTexts_data();
    void seriesTexts();
    void startVsNowRow();
    void startVsNowBeyondDetection();
    void startVsNowWithoutLaterValue();

private:
    CourseOutcomes m_outcomes;
};

void TestOutcomeText::initTestCase()
{
    const SampleCourse sample = sampleCourse();
    m_outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
}

namespace {
const MeasureDefinition& measureOf(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    return *bundled(parts[0]).measure(parts[1]);
}
} // namespace

void TestOutcomeText::value_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("number");
    QTest::addColumn<int>("censoring");
    QTest::addColumn<QString>("expected");
    const int none = int(Censoring::None);
    QTest::newRow("percent score") << QStringLiteral("odi/total") << 42.2222 << none << QStringLiteral("42 %");
    QTest::newRow("points go without a unit") << QStringLiteral("nrs/score") << 7.0 << none << QStringLiteral("7");
    QTest::newRow("lab value with its unit")
        << QStringLiteral("markers/crp") << 3.46 << none << QStringLiteral("3.5 mg/L");
    QTest::newRow("below the limit of detection")
        << QStringLiteral("markers/il6") << 0.5 << int(Censoring::BelowLimit) << QStringLiteral("< 0.5 pg/mL");
    QTest::newRow("above the limit") << QStringLiteral("markers/crp") << 200.0 << int(Censoring::AboveLimit)
                                     << QStringLiteral("> 200.0 mg/L");
}

void TestOutcomeText::value()
{
    QFETCH(QString, key);
    QFETCH(double, number);
    QFETCH(int, censoring);
    QFETCH(QString, expected);
    QCOMPARE(OutcomeText::value(measureOf(key), number, Censoring(censoring)), expected);
}

void TestOutcomeText::change_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("expected");
    QTest::newRow("percent score changes in points") << QStringLiteral("odi/total") << -22.2 << u"−22 points"_qs;
    QTest::newRow("one point") << QStringLiteral("nrs/score") << -1.0 << u"−1 point"_qs;
    QTest::newRow("a rise is signed") << QStringLiteral("rand36/pf") << 12.5 << u"+13 points"_qs;
    QTest::newRow("no change has no sign") << QStringLiteral("nrs/score") << 0.2 << u"0 points"_qs;
    QTest::newRow("lab unit") << QStringLiteral("markers/crp") << -7.46 << u"−7.5 mg/L"_qs;
}

void TestOutcomeText::change()
{
    QFETCH(QString, key);
    QFETCH(double, amount);
    QFETCH(QString, expected);
    QCOMPARE(OutcomeText::change(measureOf(key), amount), expected);
}

void TestOutcomeText::percentAndSign()
{
    QCOMPARE(OutcomeText::percent(-52.4), u"−52 %"_qs);
    QCOMPARE(OutcomeText::percent(12.5), u"+13 %"_qs);
    QCOMPARE(OutcomeText::signedNumber(-0.04, 1), u"0.0"_qs);
    QCOMPARE(OutcomeText::signedNumber(-0.05001, 1), u"−0.1"_qs);
}

void TestOutcomeText::roundsHalvesAsAPersonDoes_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    // The binary values of these lie just below the half; a person rounds the decimal number.
    QTest::newRow("2.15") << 2.15 << 1 << QStringLiteral("2.2");
    QTest::newRow("4.35") << 4.35 << 1 << QStringLiteral("4.4");
    QTest::newRow("a change of -0.55") << (1.6 - 2.15) << 1 << u"−0.6"_qs;
    QTest::newRow("32.5") << 32.5 << 0 << QStringLiteral("33");
    QTest::newRow("62.5") << 62.5 << 0 << QStringLiteral("63");
    QTest::newRow("-2.5 away from zero") << -2.5 << 0 << u"−3"_qs;
    QTest::newRow("1.005") << 1.005 << 2 << QStringLiteral("1.01");
    QTest::newRow("below the half") << 2.149 << 1 << QStringLiteral("2.1");
    QTest::newRow("nothing left") << -0.04 << 1 << QStringLiteral("0.0");
}

void TestOutcomeText::roundsHalvesAsAPersonDoes()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    const QString shown = value < 0 && OutcomeText::rounded(value, decimals) != 0
                              ? OutcomeText::signedNumber(value, decimals)
                              : OutcomeText::decimal(value, decimals);
    QCOMPARE(shown, expected);
    // Values of a measure go through the same rounding.
    if (decimals == 1 && value > 0)
        QCOMPARE(OutcomeText::value(measureOf(QStringLiteral("markers/il6")), value),
                 expected + QStringLiteral(" pg/mL"));
}

void TestOutcomeText::verdicts()
{
    QCOMPARE(OutcomeText::directionWords(Direction::HigherIsWorse), QStringLiteral("lower is better"));
    QCOMPARE(OutcomeText::directionWithArrow(Direction::HigherIsBetter), u"↑ higher is better"_qs);
    const auto verdict = [](const char* key, double from, double to) {
        return OutcomeText::verdictName(ChangeFromBaseline::compute(measureOf(QLatin1String(key)), from, to));
    };
    // Measures with a threshold: meaningful either way, or no meaningful change however the numbers moved.
    QCOMPARE(verdict("nrs/score", 7, 4), QStringLiteral("meaningful improvement"));
    QCOMPARE(verdict("nrs/score", 3, 6), QStringLiteral("meaningful worsening"));
    QCOMPARE(verdict("nrs/score", 6, 5), QStringLiteral("no meaningful change"));
    QCOMPARE(verdict("nrs/score", 3, 4), QStringLiteral("no meaningful change"));
    // Without one: higher or lower from the small-change size on, else about the same; never "meaningful".
    QCOMPARE(verdict("rand36/pf", 40, 45), QStringLiteral("higher"));
    QCOMPARE(verdict("rand36/pf", 45, 40), QStringLiteral("lower"));
    QCOMPARE(verdict("rand36/mcs", 60.3, 58.9), QStringLiteral("about the same"));
    // Blood markers and answers get no change verdict at all.
    QCOMPARE(verdict("markers/crp", 12, 4), QString());
    QCOMPARE(verdict("markers/il10", 4, 6), QString());
    QCOMPARE(verdict("rand36/health_change", 0, 100), QString());
}

void TestOutcomeText::thresholdChecksReadInTheDirectionOfTheChange()
{
    const auto checks = [](double from, double to) {
        QStringList texts;
        for (const ThresholdCheck& check :
             ChangeFromBaseline::compute(measureOf(QStringLiteral("nrs/score")), from, to).thresholds)
            texts.append(OutcomeText::thresholdCheck(check));
        return texts.join(QStringLiteral("; "));
    };
    QCOMPARE(checks(7, 4), QStringLiteral("better by 2 points: yes; better by 30 %: yes"));
    // A pain score from 3 to 4 is 33 % worse: the answer says worse, never a bare "30 %: yes".
    QCOMPARE(checks(3, 4), QStringLiteral("worse by 2 points: no; worse by 30 %: yes"));
    QCOMPARE(checks(5, 5), QStringLiteral("2 points: no; 30 %: no"));
    QCOMPARE(checks(0, 3), QStringLiteral("worse by 2 points: yes; worse by 30 %: cannot tell (baseline 0)"));
    QCOMPARE(OutcomeText::percentOrDash(std::nullopt), u"—"_qs);
    QCOMPARE(OutcomeText::percentOrDash(-52.4), u"−52 %"_qs);
}

void TestOutcomeText::rangeFlagsAndCensoredMoves()
{
    const MeasureDefinition& tnf = measureOf(QStringLiteral("markers/tnfa"));
    SeriesPoint high;
    high.value = 8.4;
    high.rangeFlag = tnf.referenceRange.flag(8.4);
    QCOMPARE(high.rangeFlag, RangeFlag::High);
    QCOMPARE(OutcomeText::markedValue(tnf, high), u"8.4 pg/mL ▲"_qs);
    SeriesPoint inside;
    inside.value = 3.0;
    QCOMPARE(OutcomeText::markedValue(tnf, inside), QStringLiteral("3.0 pg/mL"));
    QCOMPARE(OutcomeText::rangeName(tnf, RangeFlag::High), QStringLiteral("above range"));
    QCOMPARE(OutcomeText::rangeName(tnf, RangeFlag::Low), QStringLiteral("below range"));
    QCOMPARE(OutcomeText::rangeName(tnf, RangeFlag::None), QStringLiteral("in range"));
    // IL-1 beta has no default range (the clinic enters its lab's): no value of it is called in range.
    QCOMPARE(OutcomeText::rangeName(measureOf(QStringLiteral("markers/il1b")), RangeFlag::None),
             QStringLiteral("no reference range"));
    QVERIFY(OutcomeText::rangeLegend().contains(u"▲"_qs));

    // Beyond a limit of detection the direction is given where it is certain.
    const auto point = [](double value, Censoring censoring) {
        SeriesPoint p;
        p.value = value;
        p.censoring = censoring;
        return p;
    };
    const auto move = [](const SeriesPoint& from, const SeriesPoint& to) {
        return OutcomeText::censoredMove(MeasureSeries::moveBetween(from, to));
    };
    QCOMPARE(move(point(0.6, Censoring::None), point(0.5, Censoring::BelowLimit)),
             QStringLiteral("fell below the limit of detection"));
    QCOMPARE(move(point(0.5, Censoring::BelowLimit), point(0.8, Censoring::None)),
             QStringLiteral("rose above the limit of detection"));
    QCOMPARE(move(point(0.5, Censoring::BelowLimit), point(1.0, Censoring::BelowLimit)),
             QStringLiteral("cannot tell: beyond the limit of detection"));
    QCOMPARE(move(point(0.4, Censoring::None), point(0.5, Censoring::BelowLimit)),
             QStringLiteral("cannot tell: beyond the limit of detection"));
}

void TestOutcomeText::answerIsShownInWords()
{
    const MeasureDefinition& item2 = measureOf(QStringLiteral("rand36/health_change"));
    QCOMPARE(item2.name, QStringLiteral("Health compared with a year ago"));
    QCOMPARE(OutcomeText::value(item2, 75), QStringLiteral("Somewhat better now than one year ago"));
    QCOMPARE(OutcomeText::value(item2, 0), QStringLiteral("Much worse now than one year ago"));
}

void TestOutcomeText::referenceRange()
{
    QCOMPARE(OutcomeText::referenceRange(measureOf(QStringLiteral("markers/crp"))), QStringLiteral("< 10.0 mg/L"));
    QCOMPARE(OutcomeText::referenceRange(measureOf(QStringLiteral("markers/hscrp"))), u"≤ 3.0 mg/L"_qs);
    QCOMPARE(OutcomeText::referenceRange(measureOf(QStringLiteral("markers/il1b"))), QString());
    MeasureDefinition both = measureOf(QStringLiteral("markers/il6"));
    both.referenceRange.lower = Limit{2, true};
    QCOMPARE(OutcomeText::referenceRange(both), u"2.0–5.0 pg/mL"_qs);
}

void TestOutcomeText::seriesTexts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("threshold");
    QTest::newRow("ODI") << QStringLiteral("odi/total")
                         << u"ODI 40 % → 18 % (−22 points, −55 %, meaningful improvement)"_qs
                         << QStringLiteral("baseline 40 %") << u"meaningful improvement (−10 points)"_qs;
    QTest::newRow("NRS, first recorded") << QStringLiteral("nrs/score")
                                         << u"NRS 7 (first recorded) → 3 (−4 points, −57 %, meaningful improvement)"_qs
                                         << QStringLiteral("first recorded 7")
                                         << u"meaningful improvement (−2 points)"_qs;
    QTest::newRow("QVAS, percent threshold")
        << QStringLiteral("qvas/score")
        << u"QVAS 67 (first recorded) → 43 (−23 points, −35 %, meaningful improvement)"_qs
        << QStringLiteral("first recorded 67") << u"meaningful improvement (−30 %)"_qs;
    QTest::newRow("marker below detection: no change given")
        << QStringLiteral("markers/il6")
        << u"IL-6 < 0.5 pg/mL → < 0.5 pg/mL (cannot tell: beyond the limit of detection)"_qs
        << QStringLiteral("baseline < 0.5 pg/mL") << QString();
    QTest::newRow("marker without threshold")
        << QStringLiteral("markers/crp") << u"CRP 12.0 mg/L → 4.5 mg/L (−7.5 mg/L, −63 %, in range)"_qs
        << QStringLiteral("baseline 12.0 mg/L") << QString();
}

void TestOutcomeText::seriesTexts()
{
    QFETCH(QString, key);
    QFETCH(QString, title);
    QFETCH(QString, baseline);
    QFETCH(QString, threshold);
    const MeasureSeries* series = m_outcomes.find(key);
    QVERIFY(series);
    QCOMPARE(OutcomeText::resultTitle(*series), title);
    QCOMPARE(OutcomeText::baselineLabel(*series), baseline);
    QCOMPARE(OutcomeText::thresholdLabel(*series), threshold);
}

void TestOutcomeText::startVsNowRow()
{
    const QList<StartVsNowRow> rows = StartVsNow::rows(m_outcomes);
    QCOMPARE(rows.size(), m_outcomes.series().size());
    const StartVsNowRow& odi = rows[2];
    QCOMPARE(odi.key, QStringLiteral("odi/total"));
    QCOMPARE(odi.measure, QStringLiteral("Oswestry Disability Index"));
    QCOMPARE(odi.instrument, QStringLiteral("ODI"));
    QCOMPARE(odi.start, QStringLiteral("40 %"));
    QVERIFY(odi.startDetail.startsWith(QStringLiteral("Baseline, ")));
    QCOMPARE(odi.now, QStringLiteral("18 %"));
    QVERIFY(odi.nowDetail.startsWith(QStringLiteral("3 months, ")));
    QCOMPARE(odi.change, u"−22 points (−55 %)"_qs);
    QCOMPARE(odi.verdict, ChangeVerdict::MeaningfullyImproved);
    QCOMPARE(odi.verdictText, QStringLiteral("meaningful improvement"));
    QCOMPARE(odi.thresholds, u"better by 10 points: yes · better by 30 %: yes"_qs);
    QCOMPARE(rows[0].start, QStringLiteral("7 (first recorded)"));
}

void TestOutcomeText::startVsNowBeyondDetection()
{
    const StartVsNowRow row = StartVsNow::row(*m_outcomes.find(QStringLiteral("markers/il6")));
    QCOMPARE(row.start, QStringLiteral("< 0.5 pg/mL"));
    QCOMPARE(row.now, QStringLiteral("< 0.5 pg/mL"));
    QCOMPARE(row.change, QStringLiteral("cannot tell: beyond the limit of detection"));
    QCOMPARE(row.verdict, ChangeVerdict::NotRated);
    QCOMPARE(row.verdictText, QStringLiteral("in range"));
}

void TestOutcomeText::startVsNowWithoutLaterValue()
{
    SampleCourse sample = sampleCourse();
    sample.assessments.removeIf([](const Assessment& a) { return a.instrumentId != QLatin1String("odi"); });
    sample.assessments.resize(1); // the baseline ODI only
    const CourseOutcomes outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
    const StartVsNowRow row = StartVsNow::row(*outcomes.find(QStringLiteral("odi/total")));
    QCOMPARE(row.start, QStringLiteral("40 %"));
    QCOMPARE(row.now, u"—"_qs);
    QCOMPARE(row.change, QString());
    QVERIFY(!row.verdict);
    QCOMPARE(row.verdictText, QStringLiteral("no later value yet"));
    QCOMPARE(OutcomeText::resultLine(*outcomes.find(QStringLiteral("odi/total"))),
             QStringLiteral("40 % at baseline, no later value yet"));
}

QTEST_GUILESS_MAIN(TestOutcomeText)
#include "tst_outcometext.moc"
