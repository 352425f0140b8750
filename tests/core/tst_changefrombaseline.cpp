// Change from baseline, meaningful and reliable change, worked by hand from the thresholds in clinical.md.
#include "ChangeFromBaseline.h"
#include "CoreTestSupport.h"
#include "InstrumentDefinitionReader.h"
#include "ScoringEngine.h"

#include <QTest>

#include <cmath>

using namespace outcome;
using outcome::test::answers;
using outcome::test::bundled;
using outcome::test::hundredths;

namespace {

// The thresholds as the report prints them: "10 points: yes; 30 %: no" ("—" where it cannot be judged).
QString describe(const QList<ThresholdCheck>& thresholds)
{
    QStringList parts;
    for (const ThresholdCheck& check : thresholds) {
        const QString reached = !check.reached   ? QStringLiteral("—")
                                : *check.reached ? QStringLiteral("yes")
                                                 : QStringLiteral("no");
        const QString unit = check.unit == ChangeUnit::Points ? QStringLiteral(" points") : QStringLiteral(" %");
        parts.append(QString::number(check.threshold) + unit + QStringLiteral(": ") + reached);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestChangeFromBaseline : public QObject
{
    Q_OBJECT

private slots:
    void change_data();
    void change();
    void headlineComesFirst();
    void roundingDoesNotHideAThreshold();
    void reliableChange_data();
    void reliableChange();
    void noReliabilityNoIndex();
};

void TestChangeFromBaseline::change_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("change");
    QTest::addColumn<bool>("hasPercent");
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("bands"); // "baseline -> value"
    QTest::addColumn<ChangeVerdict>("verdict");
    QTest::addColumn<QString>("thresholds");
    const auto row = [](const char* name, const char* instrument, const char* measure, double baseline, double value,
                        double change, std::optional<double> percent, const char* bands, ChangeVerdict verdict,
                        const char* thresholds) {
        QTest::newRow(name) << QString::fromLatin1(instrument) << QString::fromLatin1(measure) << baseline << value
                            << change << percent.has_value() << percent.value_or(0) << QString::fromLatin1(bands)
                            << verdict << QString::fromUtf8(thresholds);
    };
    using V = ChangeVerdict;
    // ODI: a fall of 10 points is meaningful (headline); 30 % of baseline is reported beside it.
    row("odi 50 to 40", "odi", "total", 50, 40, -10, -20, "severe -> moderate", V::MeaningfullyImproved,
        "10 points: yes; 30 %: no"); // -10 / 50 = -20 %
    row("odi 50 to 35", "odi", "total", 50, 35, -15, -30, "severe -> moderate", V::MeaningfullyImproved,
        "10 points: yes; 30 %: yes"); // -15 / 50 = -30 %
    row("odi 40 to 32", "odi", "total", 40, 32, -8, -20, "moderate -> moderate", V::NoMeaningfulChange,
        "10 points: no; 30 %: no"); // -8 / 40 = -20 %
    row("odi 30 to 42", "odi", "total", 30, 42, 12, 40, "moderate -> severe", V::MeaningfullyWorsened,
        "10 points: yes; 30 %: yes"); // +12 / 30 = +40 %
    row("odi 40 to 48", "odi", "total", 40, 48, 8, 20, "moderate -> severe", V::NoMeaningfulChange,
        "10 points: no; 30 %: no"); // +8 / 40 = +20 %
    row("odi unchanged", "odi", "total", 40, 40, 0, 0, "moderate -> moderate", V::NoMeaningfulChange,
        "10 points: no; 30 %: no");
    // NRS: 2 points headline, 30 % beside it.
    row("nrs 7 to 5", "nrs", "score", 7, 5, -2, -200.0 / 7, "severe -> moderate", V::MeaningfullyImproved,
        "2 points: yes; 30 %: no"); // -2 / 7 = -28.57 %
    row("nrs 7 to 6", "nrs", "score", 7, 6, -1, -100.0 / 7, "severe -> moderate", V::NoMeaningfulChange,
        "2 points: no; 30 %: no"); // -1 / 7 = -14.29 %
    row("nrs 3 to 1", "nrs", "score", 3, 1, -2, -200.0 / 3, "mild -> mild", V::MeaningfullyImproved,
        "2 points: yes; 30 %: yes"); // -2 / 3 = -66.67 %
    // A baseline of 0 has no percent change; the points threshold still decides.
    row("nrs 0 to 3", "nrs", "score", 0, 3, 3, std::nullopt, "none -> mild", V::MeaningfullyWorsened,
        "2 points: yes; 30 %: —");
    row("nrs 0 to 0", "nrs", "score", 0, 0, 0, std::nullopt, "none -> none", V::NoMeaningfulChange,
        "2 points: no; 30 %: no");
    // A worsening that stays short of the threshold in points but passes it in percent is no meaningful change:
    // the headline decides (3 to 4 is +33 %).
    row("nrs 3 to 4", "nrs", "score", 3, 4, 1, 100.0 / 3, "mild -> moderate", V::NoMeaningfulChange,
        "2 points: no; 30 %: yes");
    // QVAS: percent only.
    row("qvas 60 to 42", "qvas", "score", 60, 42, -18, -30, "high -> low", V::MeaningfullyImproved,
        "30 %: yes"); // -18 / 60 = -30 %
    row("qvas 60 to 43", "qvas", "score", 60, 43, -17, -170.0 / 6, "high -> low", V::NoMeaningfulChange,
        "30 %: no"); // -17 / 60 = -28.33 %
    row("qvas 40 to 52", "qvas", "score", 40, 52, 12, 30, "low -> high", V::MeaningfullyWorsened,
        "30 %: yes"); // +12 / 40 = +30 %
    // From 0 a percent cannot be judged, and percent is the only threshold: no meaningful change can be said.
    row("qvas 0 to 20", "qvas", "score", 0, 20, 20, std::nullopt, "low -> low", V::NoMeaningfulChange, "30 %: —");
    // RMDQ: 5 points headline.
    row("rmdq 12 to 7", "rmdq", "total", 12, 7, -5, -500.0 / 12, " -> ", V::MeaningfullyImproved,
        "5 points: yes; 30 %: yes"); // -5 / 12 = -41.67 %
    row("rmdq 12 to 9", "rmdq", "total", 12, 9, -3, -25, " -> ", V::NoMeaningfulChange, "5 points: no; 30 %: no");
    // RAND-36: a rise is better; no meaningful-change language, and under 5 points it is about the same.
    row("rand36 pf 50 to 70", "rand36", "pf", 50, 70, 20, 40, " -> ", V::Better, "");
    row("rand36 pf 70 to 50", "rand36", "pf", 70, 50, -20, -2000.0 / 70, " -> ", V::Worse, "");
    row("rand36 pcs 30 to 36", "rand36", "pcs", 30, 36, 6, 20, " -> ", V::Better, "");
    row("rand36 pf 50 to 55", "rand36", "pf", 50, 55, 5, 10, " -> ", V::Better, "");
    row("rand36 pf 50 to 46", "rand36", "pf", 50, 46, -4, -8, " -> ", V::AboutTheSame, "");
    row("rand36 mcs 60.3 to 58.9", "rand36", "mcs", 60.3, 58.9, 58.9 - 60.3, (58.9 - 60.3) * 100 / 60.3, " -> ",
        V::AboutTheSame, "");
    // Item 2 is an answer, reported in words: never a verdict.
    row("rand36 health change 0 to 100", "rand36", "health_change", 0, 100, 100, std::nullopt,
        "much_worse -> much_better", V::NotRated, "");
    // Blood markers get no change verdict: they are in or out of their range at each visit instead.
    row("crp 12 to 4", "markers", "crp", 12, 4, -8, -800.0 / 12, " -> ", V::NotRated, "");
    row("hscrp 4 to 2", "markers", "hscrp", 4, 2, -2, -50, "high -> average", V::NotRated, "");
    row("il10 4 to 8", "markers", "il10", 4, 8, 4, 100, " -> ", V::NotRated, "");
}

void TestChangeFromBaseline::change()
{
    QFETCH(QString, instrument);
    QFETCH(QString, measure);
    QFETCH(double, baseline);
    QFETCH(double, value);
    QFETCH(double, change);
    QFETCH(bool, hasPercent);
    QFETCH(double, percent);
    QFETCH(QString, bands);
    QFETCH(ChangeVerdict, verdict);
    QFETCH(QString, thresholds);
    const MeasureDefinition* definition = bundled(instrument).measure(measure);
    QVERIFY(definition);
    const ChangeFromBaseline result = ChangeFromBaseline::compute(*definition, baseline, value);
    QCOMPARE(result.baseline, baseline);
    QCOMPARE(result.value, value);
    QCOMPARE(result.change, change);
    QCOMPARE(result.percentChange.has_value(), hasPercent);
    if (hasPercent)
        QCOMPARE(hundredths(*result.percentChange), hundredths(percent));
    const QString bandText = (result.baselineBand ? result.baselineBand->id : QString()) + QStringLiteral(" -> ") +
                             (result.valueBand ? result.valueBand->id : QString());
    QCOMPARE(bandText, bands);
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(describe(result.thresholds), thresholds);
    QCOMPARE(result.isMeaningfulImprovement(), verdict == ChangeVerdict::MeaningfullyImproved);
}

void TestChangeFromBaseline::headlineComesFirst()
{
    // A definition whose percent threshold is the headline lists it first, and it alone decides.
    MeasureDefinition measure = *bundled(QStringLiteral("odi")).measure(QStringLiteral("total"));
    measure.meaningfulChange->headline = ChangeUnit::Percent;
    const ChangeFromBaseline result = ChangeFromBaseline::compute(measure, 50, 40); // -10 points, -20 %
    QCOMPARE(describe(result.thresholds), QStringLiteral("30 %: no; 10 points: yes"));
    QCOMPARE(result.verdict, ChangeVerdict::NoMeaningfulChange);
}

void TestChangeFromBaseline::roundingDoesNotHideAThreshold()
{
    // QVAS baseline now 0, typical 2.4, worst 6.6: 9 / 3 x 10 = 30. Later 1.3, 3.4, 1.6: 6.3 / 3 x 10 = 21.
    // (21 - 30) / 30 = exactly -30 %, which binary arithmetic computes as -29.99999999999999.
    const InstrumentDefinition& qvas = bundled(QStringLiteral("qvas"));
    const double before =
        *ScoringEngine::score(qvas, answers(qvas, QStringLiteral("0,2.4,6.6,"))).value(QStringLiteral("score"));
    const double after =
        *ScoringEngine::score(qvas, answers(qvas, QStringLiteral("1.3,3.4,1.6,"))).value(QStringLiteral("score"));
    const ChangeFromBaseline result =
        ChangeFromBaseline::compute(*qvas.measure(QStringLiteral("score")), before, after);
    QCOMPARE(hundredths(*result.percentChange), -3000);
    QCOMPARE(result.verdict, ChangeVerdict::MeaningfullyImproved);
}

void TestChangeFromBaseline::reliableChange_data()
{
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rci");
    QTest::addColumn<bool>("reliable");
    QTest::addColumn<ChangeVerdict>("verdict");
    // legpain.json: SD 2, test-retest 0.84. Denominator sqrt(2) x 2 x sqrt(1 - 0.84) = 1.41421 x 2 x 0.4 = 1.13137.
    QTest::newRow("7 to 4") << 7.0 << 4.0 << -2.65165 << true << ChangeVerdict::MeaningfullyImproved;  // -3 / 1.13137
    QTest::newRow("7 to 5") << 7.0 << 5.0 << -1.76777 << false << ChangeVerdict::MeaningfullyImproved; // -2 / 1.13137
    QTest::newRow("2 to 5") << 2.0 << 5.0 << 2.65165 << true << ChangeVerdict::MeaningfullyWorsened;
    QTest::newRow("5 to 5") << 5.0 << 5.0 << 0.0 << false << ChangeVerdict::NoMeaningfulChange;
}

void TestChangeFromBaseline::reliableChange()
{
    QFETCH(double, baseline);
    QFETCH(double, value);
    QFETCH(double, rci);
    QFETCH(bool, reliable);
    QFETCH(ChangeVerdict, verdict);
    const Result<InstrumentDefinition> legPain = InstrumentDefinitionReader::readFile(
        QStringLiteral(OT_TEST_DATA_DIR "/instruments/legpain.json"), DefinitionOrigin::Clinic);
    QVERIFY(legPain.ok());
    const ChangeFromBaseline result =
        ChangeFromBaseline::compute(*legPain->measure(QStringLiteral("score")), baseline, value);
    QVERIFY(result.reliableChangeIndex);
    QVERIFY(std::abs(*result.reliableChangeIndex - rci) < 1e-5);
    QCOMPARE(result.isReliableChange(), reliable);
    QCOMPARE(result.verdict, verdict);
}

void TestChangeFromBaseline::noReliabilityNoIndex()
{
    const ChangeFromBaseline result =
        ChangeFromBaseline::compute(*bundled(QStringLiteral("odi")).measure(QStringLiteral("total")), 60, 20);
    QVERIFY(!result.reliableChangeIndex);
    QVERIFY(!result.isReliableChange());
}

QTEST_GUILESS_MAIN(TestChangeFromBaseline)
#include "tst_changefrombaseline.moc"
