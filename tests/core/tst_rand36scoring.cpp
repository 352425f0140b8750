// RAND-36 scales and the SF-36 norm-based summaries (PCS, MCS), against answer sets worked by hand from clinical.md.
#include "CoreTestSupport.h"
#include "ScoringEngine.h"

#include <QTest>

#include <cmath>

using namespace outcome;
using outcome::test::answers;
using outcome::test::bundled;
using outcome::test::hundredths;

namespace {

// Answer lists, items 1-36 in order, codes as printed (1 = first option).
// Every answer the healthiest one: every scale recodes to 100; SF-36 pain (6 + 6 - 2) / 10 = 100 and
// general health (5 x 5 - 5) / 20 = 100.
const char* const kAllBest = "1,1,3,3,3,3,3,3,3,3,3,3,2,2,2,2,2,2,2,1,1,1,1,6,6,1,1,6,6,1,6,5,5,1,5,1";
// Every answer the least healthy one: every scale 0; SF-36 pain (1 + 1 - 2) / 10 = 0, general health 0.
const char* const kAllWorst = "5,5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,5,6,5,6,1,1,6,6,1,1,6,1,1,1,5,1,5";
// A patient with back pain:
//   pf  items 3-12  = 1,2,2,1,2,1,2,2,3,3 -> 0,50,50,0,50,0,50,50,100,100 -> 450 / 10 = 45
//   rp  items 13-16 = 1,1,2,1 -> 0,0,100,0 -> 25
//   re  items 17-19 = 2,2,1 -> 100,100,0 -> 66.67
//   ef  23=4 -> 40, 27=5 -> 20, 29=3 -> 40, 31=2 -> 20 -> 120 / 4 = 30
//   ewb 24=5 -> 80, 25=6 -> 100, 26=3 -> 60, 28=5 -> 80, 30=4 -> 40 -> 360 / 5 = 72
//   sf  20=3 -> 50, 32=3 -> 50 -> 50
//   pain 21=4 -> 40, 22=3 -> 50 -> 45
//   gh  1=3 -> 50, 33=4 -> 75, 34=3 -> 50, 35=2 -> 25, 36=4 -> 25 -> 225 / 5 = 45
//   health change 2=3 -> 50
//   SF-36 pain: 21=4 -> 3.1, 22=3 (21 answered, not 1) -> 3; (6.1 - 2) / 10 x 100 = 41
//   SF-36 general health: 1=3 -> 3.4, 33=4 -> 4, 34=3 -> 3, 35=2 -> 2, 36=4 -> 2; (14.4 - 5) / 20 x 100 = 47
const char* const kMixed = "3,3,1,2,2,1,2,1,2,2,3,3,1,1,2,1,2,2,1,3,4,3,4,5,6,3,5,5,3,4,2,3,4,3,2,4";

// The mixed answers with some items left blank.
QString withBlank(const QList<int>& blankItems)
{
    QStringList entries = QString::fromLatin1(kMixed).split(QLatin1Char(','));
    for (int item : blankItems)
        entries[item - 1].clear();
    return entries.join(QLatin1Char(','));
}

} // namespace

class TestRand36Scoring : public QObject
{
    Q_OBJECT

private slots:
    void scales_data();
    void scales();
    void summaries_data();
    void summaries();
    void bodilyPainItem22_data();
    void bodilyPainItem22();
    void generalHealthHalfScale_data();
    void generalHealthHalfScale();
    void summaryNeedsAllScales_data();
    void summaryNeedsAllScales();
    void normMeansGiveFifty();
};

void TestRand36Scoring::scales_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QList<double>>("expected"); // pf, rp, re, ef, ewb, sf, pain, gh, health_change
    QTest::newRow("all best") << QString::fromLatin1(kAllBest)
                              << QList<double>{100, 100, 100, 100, 100, 100, 100, 100, 100};
    QTest::newRow("all worst") << QString::fromLatin1(kAllWorst) << QList<double>{0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("mixed") << QString::fromLatin1(kMixed) << QList<double>{45, 25, 200.0 / 3, 30, 72, 50, 45, 45, 50};
    // Item 21 blank: RAND pain is the mean of the answered item: 22=3 -> 50.
    QTest::newRow("21 blank") << withBlank({21}) << QList<double>{45, 25, 200.0 / 3, 30, 72, 50, 50, 45, 50};
    // Items 34 and 36 blank: gh = (50 + 75 + 25) / 3 = 50. Items 3-11 blank: pf = 12=3 -> 100.
    QTest::newRow("34 36 blank, pf from one item") << withBlank({34, 36, 3, 4, 5, 6, 7, 8, 9, 10, 11})
                                                   << QList<double>{100, 25, 200.0 / 3, 30, 72, 50, 45, 50, 50};
}

void TestRand36Scoring::scales()
{
    QFETCH(QString, list);
    QFETCH(QList<double>, expected);
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    const ScoreResult result = ScoringEngine::score(rand36, answers(rand36, list));
    const QStringList ids{QStringLiteral("pf"),   QStringLiteral("rp"),  QStringLiteral("re"),
                          QStringLiteral("ef"),   QStringLiteral("ewb"), QStringLiteral("sf"),
                          QStringLiteral("pain"), QStringLiteral("gh"),  QStringLiteral("health_change")};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<double> value = result.value(ids[i]);
        QVERIFY2(value, qPrintable(ids[i]));
        QCOMPARE(hundredths(*value), hundredths(expected[i]));
    }
}

void TestRand36Scoring::summaries_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<double>("pcs");
    QTest::addColumn<double>("mcs");
    // z = (scale - mean) / SD; PCS = 50 + 10 x sum(z x PCS weight); MCS likewise with the MCS weights.
    // All best, every scale 100:
    //   z: pf 0.67596, rp 0.55629, bp 1.04029, gh 1.37766, ef 1.86615, sf 0.73302, re 0.56636, ewb 1.39674
    //   sum z x PCS weight = 0.78724 -> PCS 57.87; sum z x MCS weight = 1.21366 -> MCS 62.14
    QTest::newRow("all best") << QString::fromLatin1(kAllBest) << 57.87 << 62.14;
    // All worst, every scale 0:
    //   z: pf -3.69183, rp -2.40253, bp -3.20441, gh -3.58029, ef -2.92555, sf -3.73597, re -2.46145,
    //      ewb -4.15515
    //   sum PCS = -2.98640 -> 20.14; sum MCS = -3.26627 -> 17.34
    QTest::newRow("all worst") << QString::fromLatin1(kAllWorst) << 20.14 << 17.34;
    // Mixed (pf 45, rp 25, bp 41, gh 47, ef 30, sf 50, re 66.67, ewb 72):
    //   z: pf -1.72633, rp -1.66283, bp -1.46408, gh -1.25006, ef -1.48804, sf -1.50147, re -0.44291,
    //      ewb -0.15779
    //   sum PCS = -2.00443 -> 29.96; sum MCS = -0.25849 -> 47.42
    QTest::newRow("mixed") << QString::fromLatin1(kMixed) << 29.96 << 47.42;
    // Item 21 blank: SF-36 pain from 22=3 alone -> 3.5, counted twice: (7 - 2) / 10 x 100 = 50, z = -1.08206
    //   sum PCS = -1.88312 -> 31.17; sum MCS = -0.29566 -> 47.04
    QTest::newRow("item 21 blank") << withBlank({21}) << 31.17 << 47.04;
    // Item 22 blank: 21=4 -> 3.1, counted twice: (6.2 - 2) / 10 x 100 = 42, z = -1.42163
    //   sum PCS = -1.99095 -> 30.09; sum MCS = -0.26262 -> 47.37
    QTest::newRow("item 22 blank") << withBlank({22}) << 30.09 << 47.37;
    // Items 34 and 36 blank: answered 3.4 + 4 + 2 = 9.4, mean 3.1333 for each blank:
    //   raw 9.4 + 2 x 3.1333 = 15.6667 -> (15.6667 - 5) / 20 x 100 = 53.33, z = -0.93605
    //   sum PCS = -1.92607 -> 30.74; sum MCS = -0.26342 -> 47.37
    QTest::newRow("items 34 36 blank") << withBlank({34, 36}) << 30.74 << 47.37;
}

void TestRand36Scoring::summaries()
{
    QFETCH(QString, list);
    QFETCH(double, pcs);
    QFETCH(double, mcs);
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    const ScoreResult result = ScoringEngine::score(rand36, answers(rand36, list));
    const MeasureScore* pcsScore = result.find(QStringLiteral("pcs"));
    const MeasureScore* mcsScore = result.find(QStringLiteral("mcs"));
    QVERIFY2(pcsScore->isValid(), qPrintable(pcsScore->reason));
    QVERIFY2(mcsScore->isValid(), qPrintable(mcsScore->reason));
    QCOMPARE(hundredths(*pcsScore->value), hundredths(pcs));
    QCOMPARE(hundredths(*mcsScore->value), hundredths(mcs));
    QCOMPARE(pcsScore->answered, 8);
}

void TestRand36Scoring::bodilyPainItem22_data()
{
    QTest::addColumn<int>("item21"); // 0: blank
    QTest::addColumn<int>("item22");
    QTest::addColumn<double>("expected");
    // Bodily pain = (precoded 21 + precoded 22 - 2) / 10 x 100; a blank item takes the other's value.
    QTest::newRow("21=1 22=1") << 1 << 1 << 100.0;     // 6 + 6 (22 = 1 after no pain -> 6) = 12 -> 100
    QTest::newRow("21=1 22=2") << 1 << 2 << 80.0;      // 6 + 4 = 10 -> 80
    QTest::newRow("21=2 22=1") << 2 << 1 << 84.0;      // 5.4 + 5 (22 = 1 after some pain -> 5) = 10.4 -> 84
    QTest::newRow("21=6 22=1") << 6 << 1 << 40.0;      // 1 + 5 = 6 -> 40
    QTest::newRow("21=3 22=5") << 3 << 5 << 32.0;      // 4.2 + 1 = 5.2 -> 32
    QTest::newRow("21=5 22=4") << 5 << 4 << 22.0;      // 2.2 + 2 = 4.2 -> 22
    QTest::newRow("21 blank 22=1") << 0 << 1 << 100.0; // 6 x 2 = 12 -> 100
    QTest::newRow("21 blank 22=2") << 0 << 2 << 75.0;  // 4.75 x 2 = 9.5 -> 75
    QTest::newRow("21 blank 22=3") << 0 << 3 << 50.0;  // 3.5 x 2 = 7 -> 50
    QTest::newRow("21 blank 22=4") << 0 << 4 << 25.0;  // 2.25 x 2 = 4.5 -> 25
    QTest::newRow("21 blank 22=5") << 0 << 5 << 0.0;   // 1 x 2 = 2 -> 0
    QTest::newRow("21=4 22 blank") << 4 << 0 << 42.0;  // 3.1 x 2 = 6.2 -> 42
    QTest::newRow("21=2 22 blank") << 2 << 0 << 88.0;  // 5.4 x 2 = 10.8 -> 88
}

void TestRand36Scoring::bodilyPainItem22()
{
    QFETCH(int, item21);
    QFETCH(int, item22);
    QFETCH(double, expected);
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    AnswerSet form;
    if (item21)
        form.setValue(QStringLiteral("21"), item21);
    if (item22)
        form.setValue(QStringLiteral("22"), item22);
    const ScoreResult painResult = ScoringEngine::score(rand36, form);
    const MeasureScore* pain = painResult.find(QStringLiteral("pain_sf36"));
    QVERIFY2(pain->isValid(), qPrintable(pain->reason));
    QCOMPARE(hundredths(*pain->value), hundredths(expected));
}

void TestRand36Scoring::generalHealthHalfScale_data()
{
    QTest::addColumn<QList<int>>("codes"); // items 1, 33, 34, 35, 36; 0: blank
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    // General health = (sum of precoded 1, 33, 34, 35, 36 - 5) / 20 x 100; item 1 -> 5, 4.4, 3.4, 2, 1;
    // 33 and 35 as coded; 34 and 36 reversed.
    QTest::newRow("best") << QList<int>{1, 5, 1, 5, 1} << true << 100.0;    // 25 -> 100
    QTest::newRow("worst") << QList<int>{5, 1, 5, 1, 5} << true << 0.0;     // 5 -> 0
    QTest::newRow("middling") << QList<int>{2, 3, 2, 3, 2} << true << 67.0; // 4.4+3+4+3+4 = 18.4 -> 67
    // Two blank: 2 + 2 + 5 = 9, mean 3, raw 9 + 2 x 3 = 15 -> 50
    QTest::newRow("34 35 blank") << QList<int>{4, 2, 0, 0, 1} << true << 50.0;
    // One blank: 5 + 5 + 5 + 5 = 20, mean 5, raw 25 -> 100
    QTest::newRow("item 1 blank") << QList<int>{0, 5, 1, 5, 1} << true << 100.0;
    QTest::newRow("three blank") << QList<int>{1, 0, 0, 0, 1} << false << 0.0;
}

void TestRand36Scoring::generalHealthHalfScale()
{
    QFETCH(QList<int>, codes);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    const QStringList items{QStringLiteral("1"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("35"),
                            QStringLiteral("36")};
    AnswerSet form;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (codes[i])
            form.setValue(items[i], codes[i]);
    }
    const ScoreResult result = ScoringEngine::score(rand36, form);
    const MeasureScore* gh = result.find(QStringLiteral("gh_sf36"));
    QCOMPARE(gh->isValid(), valid);
    if (valid) {
        QCOMPARE(hundredths(*gh->value), hundredths(expected));
    } else {
        QCOMPARE(gh->reason, QStringLiteral("3 of 5 items unanswered; the GH (SF-36) allows at most 2"));
        QVERIFY(result.find(QStringLiteral("gh"))->isValid()); // RAND's own scale needs only one item
    }
}

void TestRand36Scoring::summaryNeedsAllScales_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("missingScale");
    QTest::addColumn<QString>("scaleReason");
    QTest::addColumn<QString>("missingShortName");
    QTest::newRow("role physical blank") << withBlank({13, 14, 15, 16}) << QStringLiteral("rp")
                                         << QStringLiteral(
                                                "no item of Role limitations due to physical health answered")
                                         << QStringLiteral("RP");
    QTest::newRow("both pain items blank")
        << withBlank({21, 22}) << QStringLiteral("pain") << QStringLiteral("no item of Pain answered")
        << QStringLiteral("BP (SF-36)");
    QTest::newRow("three general health items blank")
        << withBlank({33, 34, 36}) << QStringLiteral("gh_sf36")
        << QStringLiteral("3 of 5 items unanswered; the GH (SF-36) allows at most 2") << QStringLiteral("GH (SF-36)");
}

void TestRand36Scoring::summaryNeedsAllScales()
{
    QFETCH(QString, list);
    QFETCH(QString, missingScale);
    QFETCH(QString, scaleReason);
    QFETCH(QString, missingShortName);
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    const ScoreResult result = ScoringEngine::score(rand36, answers(rand36, list));
    const MeasureScore* scale = result.find(missingScale);
    QVERIFY(!scale->isValid());
    QCOMPARE(scale->reason, scaleReason);
    for (const QString& summary : {QStringLiteral("pcs"), QStringLiteral("mcs")}) {
        const MeasureScore* score = result.find(summary);
        QVERIFY(!score->isValid());
        QCOMPARE(score->reason,
                 QStringLiteral("the %1 needs all 8 scales; no score for %2").arg(summary.toUpper(), missingShortName));
        QCOMPARE(score->answered, 7);
    }
    // The other scales are still scored.
    QVERIFY(result.find(QStringLiteral("pf"))->isValid());
    QVERIFY(result.find(QStringLiteral("ewb"))->isValid());
}

void TestRand36Scoring::normMeansGiveFifty()
{
    // The SF-36 v1 US 1990 norms and weights, copied from clinical.md (not from the definition file):
    // scale, mean, SD, PCS weight, MCS weight.
    struct Norm
    {
        const char* scale;
        double mean, sd, pcs, mcs;
    };
    const Norm norms[] = {
        {"pf", 84.52404, 22.89490, 0.42402, -0.22999},        {"rp", 81.19907, 33.79729, 0.35119, -0.12329},
        {"pain_sf36", 75.49196, 23.55879, 0.31754, -0.09731}, {"gh_sf36", 72.21316, 20.16964, 0.24954, -0.01571},
        {"ef", 61.05453, 20.86942, 0.02877, 0.23534},         {"sf", 83.59753, 22.37642, -0.00753, 0.26876},
        {"re", 81.29467, 33.02717, -0.19206, 0.43407},        {"ewb", 74.84212, 18.01189, -0.22069, 0.48581},
    };
    const InstrumentDefinition& rand36 = bundled(QStringLiteral("rand36"));
    const auto summariesAt = [&](double zScore) {
        ScoreResult scales;
        for (const Norm& norm : norms) {
            MeasureScore score;
            score.measureId = QString::fromLatin1(norm.scale);
            score.value = norm.mean + zScore * norm.sd;
            scales.measures.append(score);
        }
        return std::pair{
            *ScoringEngine::scoreMeasure(rand36, *rand36.measure(QStringLiteral("pcs")), {}, scales).value,
            *ScoringEngine::scoreMeasure(rand36, *rand36.measure(QStringLiteral("mcs")), {}, scales).value};
    };
    // Every scale at its norm mean: every z is 0, so both summaries are exactly 50.
    const auto [pcsAtMean, mcsAtMean] = summariesAt(0);
    QVERIFY(std::abs(pcsAtMean - 50) < 1e-9);
    QVERIFY(std::abs(mcsAtMean - 50) < 1e-9);
    // Every scale one SD above: z = 1, so each summary is 50 + 10 x the sum of its weights:
    // PCS weights sum to 0.95078 -> 59.5078; MCS weights sum to 0.95768 -> 59.5768.
    const auto [pcsAtOne, mcsAtOne] = summariesAt(1);
    QVERIFY(std::abs(pcsAtOne - 59.5078) < 1e-9);
    QVERIFY(std::abs(mcsAtOne - 59.5768) < 1e-9);
}

QTEST_GUILESS_MAIN(TestRand36Scoring)
#include "tst_rand36scoring.moc"
