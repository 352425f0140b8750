// The JSON `outcome-tracker-cli score` prints: its shape per kind of instrument, numbers unrounded, nulls and reasons.
#include "CoreTestSupport.h"
#include "ScoreJson.h"
#include "ScoringEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace outcome;
using outcome::test::answers;
using outcome::test::bundled;
using outcome::test::hundredths;

namespace {

QJsonObject scored(const QString& instrument, const QString& list)
{
    const InstrumentDefinition& definition = bundled(instrument);
    return ScoreJson::toJson(definition, ScoringEngine::score(definition, answers(definition, list)));
}

QJsonObject parsed(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

const QJsonValue kNull(QJsonValue::Null);

// Items 1-36; see tst_rand36scoring.cpp for the hand-worked scales (pf 45, rp 25, re 66.67, ef 30, ewb 72,
// sf 50, pain 45, gh 45, health change 50, PCS 29.96, MCS 47.42).
const char* const kMixed = "3,3,1,2,2,1,2,1,2,2,3,3,1,1,2,1,2,2,1,3,4,3,4,5,6,3,5,5,3,4,2,3,4,3,2,4";

} // namespace

class TestScoreJson : public QObject
{
    Q_OBJECT

private slots:
    void singleScore_data();
    void singleScore();
    void numbersAreUnrounded();
    void rand36();
    void rand36WithAScaleMissing();
    void rand36Empty();
    void markers();
};

void TestScoreJson::singleScore_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("odi") << QStringLiteral("odi") << QStringLiteral("3,2,3,2,3,2,3,,2,1")
                         << QJsonObject{{QStringLiteral("instrument"), QStringLiteral("odi")},
                                        {QStringLiteral("version"), QStringLiteral("2.1a")},
                                        {QStringLiteral("valid"), true},
                                        {QStringLiteral("score"), 2100.0 / 45}, // 21 / 45 x 100
                                        {QStringLiteral("band"), QStringLiteral("severe")},
                                        {QStringLiteral("answered"), 9}};
    QTest::newRow("odi not computable")
        << QStringLiteral("odi") << QStringLiteral("4,3,3,2,2,3,,,2,")
        << parsed(R"({"instrument": "odi", "version": "2.1a", "valid": false, "score": null, "band": null,
                      "answered": 7, "reason": "3 of 10 sections unanswered; the ODI allows at most 2"})");
    QTest::newRow("nrs") << QStringLiteral("nrs") << QStringLiteral("7")
                         << parsed(R"({"instrument": "nrs", "version": "1", "valid": true, "score": 7,
                                       "band": "severe", "answered": 1})");
    QTest::newRow("qvas") << QStringLiteral("qvas") << QStringLiteral("5,5,5,")
                          << parsed(R"({"instrument": "qvas", "version": "1", "valid": true, "score": 50,
                                        "band": "high", "answered": 3})");
    QTest::newRow("rmdq has no bands") << QStringLiteral("rmdq")
                                       << QStringLiteral("1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0")
                                       << parsed(R"({"instrument": "rmdq", "version": "24-item", "valid": true,
                                                     "score": 5, "band": null, "answered": 24})");
}

void TestScoreJson::singleScore()
{
    QFETCH(QString, instrument);
    QFETCH(QString, list);
    QFETCH(QJsonObject, expected);
    QCOMPARE(scored(instrument, list), expected);
}

void TestScoreJson::numbersAreUnrounded()
{
    const QByteArray text = QJsonDocument(scored(QStringLiteral("odi"), QStringLiteral("3,2,3,2,3,2,3,,2,1")))
                                .toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"score\":46.66666666666"), text.constData());
}

void TestScoreJson::rand36()
{
    const QJsonObject json = scored(QStringLiteral("rand36"), QString::fromLatin1(kMixed));
    QCOMPARE(json.keys(), QStringList({QStringLiteral("health_change"), QStringLiteral("instrument"),
                                       QStringLiteral("mcs"), QStringLiteral("pcs"), QStringLiteral("scales"),
                                       QStringLiteral("valid"), QStringLiteral("version")}));
    QCOMPARE(json.value(QStringLiteral("instrument")).toString(), QStringLiteral("rand36"));
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("health_change")).toDouble(), 50.0);
    QCOMPARE(hundredths(json.value(QStringLiteral("pcs")).toDouble()), 2996);
    QCOMPARE(hundredths(json.value(QStringLiteral("mcs")).toDouble()), 4742);
    const QJsonObject scales = json.value(QStringLiteral("scales")).toObject();
    QCOMPARE(scales, (QJsonObject{{QStringLiteral("pf"), 45},
                                  {QStringLiteral("rp"), 25},
                                  {QStringLiteral("re"), 200.0 / 3},
                                  {QStringLiteral("ef"), 30},
                                  {QStringLiteral("ewb"), 72},
                                  {QStringLiteral("sf"), 50},
                                  {QStringLiteral("pain"), 45},
                                  {QStringLiteral("gh"), 45}}));
}

void TestScoreJson::rand36WithAScaleMissing()
{
    QStringList entries = QString::fromLatin1(kMixed).split(QLatin1Char(','));
    for (int item : {13, 14, 15, 16})
        entries[item - 1].clear();
    const QJsonObject json = scored(QStringLiteral("rand36"), entries.join(QLatin1Char(',')));
    // At least one scale has a score, so the answers are valid; what is missing is null, with its reason.
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("scales")).toObject().value(QStringLiteral("rp")), kNull);
    QCOMPARE(json.value(QStringLiteral("scales")).toObject().value(QStringLiteral("pf")).toDouble(), 45.0);
    QCOMPARE(json.value(QStringLiteral("pcs")), kNull);
    QCOMPARE(json.value(QStringLiteral("mcs")), kNull);
    QCOMPARE(json.value(QStringLiteral("reasons")).toObject(),
             parsed(R"({"rp": "no item of Role limitations due to physical health answered",
                        "pcs": "the PCS needs all 8 scales; no score for RP",
                        "mcs": "the MCS needs all 8 scales; no score for RP"})"));
}

void TestScoreJson::rand36Empty()
{
    const QJsonObject json = scored(QStringLiteral("rand36"), QString(35, QLatin1Char(',')));
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
    const QJsonObject scales = json.value(QStringLiteral("scales")).toObject();
    QCOMPARE(scales.size(), 8);
    for (const QJsonValue& value : scales)
        QCOMPARE(value, kNull);
    QCOMPARE(json.value(QStringLiteral("health_change")), kNull);
    QCOMPARE(json.value(QStringLiteral("reasons")).toObject().size(), 11);
}

void TestScoreJson::markers()
{
    // 1.2 mg/dL x 10 = 12 mg/L, above the CRP range (< 10); hs-CRP "< 0.3" is censored, certainly low risk.
    const QJsonObject json = scored(QStringLiteral("markers"), QStringLiteral("1.2 mg/dL,<0.3,,,,"));
    const QJsonObject expected = parsed(R"({
        "instrument": "markers", "version": "1", "valid": true,
        "markers": {
            "crp": {"value": 12, "unit": "mg/L", "censored": null, "out_of_range": "high", "band": null,
                    "entered": {"value": 1.2, "unit": "mg/dL"}},
            "hscrp": {"value": 0.3, "unit": "mg/L", "censored": "below", "out_of_range": null, "band": "low",
                      "entered": {"value": 0.3, "unit": "mg/L"}},
            "tnfa": {"value": null, "unit": "pg/mL", "censored": null, "out_of_range": null, "band": null,
                     "reason": "TNF-alpha not entered"},
            "il1b": {"value": null, "unit": "pg/mL", "censored": null, "out_of_range": null, "band": null,
                     "reason": "IL-1 beta not entered"},
            "il6": {"value": null, "unit": "pg/mL", "censored": null, "out_of_range": null, "band": null,
                    "reason": "IL-6 not entered"},
            "il10": {"value": null, "unit": "pg/mL", "censored": null, "out_of_range": null, "band": null,
                     "reason": "IL-10 not entered"}
        }})");
    QCOMPARE(json, expected);
}

QTEST_GUILESS_MAIN(TestScoreJson)
#include "tst_scorejson.moc"
