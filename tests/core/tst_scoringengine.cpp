// Scores of the NRS, QVAS, ODI, RMDQ and blood markers against worked examples computed by hand from clinical.md.
#include "CoreTestSupport.h"
#include "ScoringEngine.h"

#include <QTest>

using namespace outcome;
using outcome::test::answers;
using outcome::test::bundled;

class TestScoringEngine : public QObject
{
    Q_OBJECT

private slots:
    void singleScore_data();
    void singleScore();
    void bandLimits_data();
    void bandLimits();
    void rmdqMarkedIncomplete();
    void answersOutsideTheFormAreRefused();
    void labValues_data();
    void labValues();
    void labUnitNotAccepted();
    void labValueNotEntered();
    void labValuesOutsideThePlausibleRange_data();
    void labValuesOutsideThePlausibleRange();
    void everyLabItemHasAPlausibleRange();
};

void TestScoringEngine::singleScore_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::addColumn<int>("answered");
    QTest::addColumn<QString>("reason");
    const QString odi = QStringLiteral("odi");
    const QString nrs = QStringLiteral("nrs");
    const QString qvas = QStringLiteral("qvas");
    const QString rmdq = QStringLiteral("rmdq");
    const auto row = [&](const char* name, const QString& id, const char* list, double score, const char* band,
                         int answered) {
        QTest::newRow(name) << id << QString::fromLatin1(list) << true << score << QString::fromLatin1(band) << answered
                            << QString();
    };
    const auto invalid = [&](const char* name, const QString& id, const char* list, int answered, const char* reason) {
        QTest::newRow(name) << id << QString::fromLatin1(list) << false << 0.0 << QString() << answered
                            << QString::fromLatin1(reason);
    };

    // NRS: score = the item; bands 0 none, 1-3 mild, 4-6 moderate, 7-10 severe.
    row("nrs 0", nrs, "0", 0, "none", 1);
    row("nrs 1", nrs, "1", 1, "mild", 1);
    row("nrs 3", nrs, "3", 3, "mild", 1);
    row("nrs 4", nrs, "4", 4, "moderate", 1);
    row("nrs 6", nrs, "6", 6, "moderate", 1);
    row("nrs 7", nrs, "7", 7, "severe", 1);
    row("nrs 10", nrs, "10", 10, "severe", 1);
    invalid("nrs missing", nrs, "", 0, "Pain intensity now not entered");

    // QVAS: (now + typical + worst) / 3 x 10; best is not scored; below 50 low, 50 and above high.
    row("qvas 5 5 5 -> 50 high", qvas, "5,5,5,2", 50, "high", 3);    // 15 / 3 x 10 = 50
    row("qvas best missing", qvas, "4.9,5,5,", 149.0 / 3, "low", 3); // 14.9 / 3 x 10 = 49.67
    row("qvas 2 4 7", qvas, "2,4,7,0", 130.0 / 3, "low", 3);         // 13 / 3 x 10 = 43.33
    row("qvas decimals", qvas, "7.5,6,9.5,3", 230.0 / 3, "high", 3); // 23 / 3 x 10 = 76.67
    row("qvas all 0", qvas, "0,0,0,0", 0, "low", 3);
    row("qvas all 10", qvas, "10,10,10,10", 100, "high", 3);          // 30 / 3 x 10 = 100
    row("qvas best does not count", qvas, "5,5,5,10", 50, "high", 3); // 15 / 3 x 10 = 50
    invalid("qvas worst missing", qvas, "6,7,,2", 2, "1 of 3 items unanswered; the QVAS needs all 3");
    invalid("qvas empty", qvas, ",,,", 0, "no item of Pain intensity (QVAS) answered");

    // ODI: sum / (5 x answered) x 100; up to 2 sections missing; <=20 minimal, <=40 moderate, <=60 severe,
    // <=80 crippling, above bed-bound.
    row("odi all 0", odi, "0,0,0,0,0,0,0,0,0,0", 0, "minimal", 10);
    row("odi 20", odi, "1,1,1,1,1,1,1,1,1,1", 20, "minimal", 10);       // 10 / 50 x 100 = 20
    row("odi 22", odi, "2,1,1,1,1,1,1,1,1,1", 22, "moderate", 10);      // 11 / 50 x 100 = 22
    row("odi 40", odi, "2,2,2,2,2,2,2,2,2,2", 40, "moderate", 10);      // 20 / 50 x 100 = 40
    row("odi 42", odi, "3,2,2,2,2,2,2,2,2,2", 42, "severe", 10);        // 21 / 50 x 100 = 42
    row("odi 60", odi, "3,3,3,3,3,3,3,3,3,3", 60, "severe", 10);        // 30 / 50 x 100 = 60
    row("odi 62", odi, "4,3,3,3,3,3,3,3,3,3", 62, "crippling", 10);     // 31 / 50 x 100 = 62
    row("odi 80", odi, "4,4,4,4,4,4,4,4,4,4", 80, "crippling", 10);     // 40 / 50 x 100 = 80
    row("odi 82", odi, "5,4,4,4,4,4,4,4,4,4", 82, "bed_bound", 10);     // 41 / 50 x 100 = 82
    row("odi all 5", odi, "5,5,5,5,5,5,5,5,5,5", 100, "bed_bound", 10); // 50 / 50 x 100 = 100
    // 3+2+3+2+3+2+3+2+1 = 21 over 9 sections: 21 / 45 x 100 = 46.67
    row("odi 1 missing", odi, "3,2,3,2,3,2,3,,2,1", 2100.0 / 45, "severe", 9);
    // 4+3+3+2+2+3+3+2 = 22 over 8 sections: 22 / 40 x 100 = 55
    row("odi 2 missing", odi, "4,3,3,2,2,3,3,,2,", 55, "severe", 8);
    // 8 / 40 x 100 = 20: the shrunken denominator still lands on the band limit
    row("odi 2 missing at 20", odi, "1,1,1,1,1,1,1,,1,", 20, "minimal", 8);
    invalid("odi 3 missing", odi, "4,3,3,2,2,3,,,2,", 7, "3 of 10 sections unanswered; the ODI allows at most 2");
    invalid("odi empty", odi, ",,,,,,,,,", 0, "no section of Oswestry Disability Index answered");

    // RMDQ: number ticked; no bands; any statement left empty means an incomplete form.
    row("rmdq none", rmdq, "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", 0, "", 24);
    row("rmdq 7", rmdq, "1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", 7, "", 24);
    row("rmdq scattered 5", rmdq, "0,1,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0", 5, "", 24);
    row("rmdq all", rmdq, "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1", 24, "", 24);
    invalid("rmdq one empty", rmdq, "1,1,1,1,,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", 23,
            "1 of 24 statements unanswered; the RMDQ needs all 24");
}

void TestScoringEngine::singleScore()
{
    QFETCH(QString, instrument);
    QFETCH(QString, list);
    QFETCH(bool, valid);
    QFETCH(double, score);
    QFETCH(QString, band);
    QFETCH(int, answered);
    QFETCH(QString, reason);
    const InstrumentDefinition& definition = bundled(instrument);
    const ScoreResult result = ScoringEngine::score(definition, answers(definition, list));
    QCOMPARE(result.instrumentId, instrument);
    QCOMPARE(result.instrumentVersion, definition.version);
    QCOMPARE(result.measures.size(), 1);
    const MeasureScore& measure = result.measures.first();
    QCOMPARE(measure.isValid(), valid);
    QCOMPARE(measure.answered, answered);
    QCOMPARE(measure.reason, reason);
    if (!valid) {
        QVERIFY(!measure.band);
        return;
    }
    QCOMPARE(*measure.value, score);
    QCOMPARE(measure.band ? measure.band->id : QString(), band);
}

void TestScoringEngine::bandLimits_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("patientText");
    const auto row = [](const char* instrument, const char* measure, double value, const char* band,
                        const char* patient) {
        QTest::addRow("%s %s %g", instrument, measure, value)
            << QString::fromLatin1(instrument) << QString::fromLatin1(measure) << value << QString::fromLatin1(band)
            << QString::fromLatin1(patient);
    };
    // ODI: upper limits inclusive on the unrounded score.
    row("odi", "total", 0, "minimal", "minimal");
    row("odi", "total", 20, "minimal", "minimal");
    row("odi", "total", 20.01, "moderate", "moderate");
    row("odi", "total", 40, "moderate", "moderate");
    row("odi", "total", 40.01, "severe", "severe");
    row("odi", "total", 60, "severe", "severe");
    row("odi", "total", 60.01, "crippling", "very severe");
    row("odi", "total", 80, "crippling", "very severe");
    row("odi", "total", 80.01, "bed_bound", "extreme");
    row("odi", "total", 100, "bed_bound", "extreme");
    row("nrs", "score", 0, "none", "no pain");
    row("nrs", "score", 1, "mild", "mild");
    row("nrs", "score", 3, "mild", "mild");
    row("nrs", "score", 4, "moderate", "moderate");
    row("nrs", "score", 6, "moderate", "moderate");
    row("nrs", "score", 7, "severe", "severe");
    row("nrs", "score", 10, "severe", "severe");
    // QVAS: below 50 low, 50 and above high.
    row("qvas", "score", 49.9, "low", "low");
    row("qvas", "score", 50, "high", "high");
    // hs-CRP: < 1 low, 1-3 average, > 3 high, >= 10 acute.
    row("markers", "hscrp", 0.99, "low", "Low risk");
    row("markers", "hscrp", 1, "average", "Average risk");
    row("markers", "hscrp", 3, "average", "Average risk");
    row("markers", "hscrp", 3.01, "high", "High risk");
    row("markers", "hscrp", 9.99, "high", "High risk");
    row("markers", "hscrp", 10, "acute", "10 or more: repeat, likely acute inflammation");
}

void TestScoringEngine::bandLimits()
{
    QFETCH(QString, instrument);
    QFETCH(QString, measure);
    QFETCH(double, value);
    QFETCH(QString, band);
    QFETCH(QString, patientText);
    const MeasureDefinition* definition = bundled(instrument).measure(measure);
    QVERIFY(definition);
    const Band* found = definition->bandFor(value);
    QVERIFY(found);
    QCOMPARE(found->id, band);
    QCOMPARE(found->patientText(), patientText);
}

void TestScoringEngine::rmdqMarkedIncomplete()
{
    const InstrumentDefinition& rmdq = bundled(QStringLiteral("rmdq"));
    AnswerSet form = answers(rmdq, QStringLiteral("1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"));
    QCOMPARE(*ScoringEngine::score(rmdq, form).value(QStringLiteral("total")), 3.0);
    form.setMarkedIncomplete(true);
    const ScoreResult result = ScoringEngine::score(rmdq, form);
    QVERIFY(!result.measures.first().isValid());
    QCOMPARE(result.measures.first().reason,
             QStringLiteral("the form is marked incomplete; the RMDQ is scored only from a complete form"));

    // The mark only matters where the definition says so: an ODI form marked incomplete is scored as usual.
    const InstrumentDefinition& odi = bundled(QStringLiteral("odi"));
    AnswerSet odiForm = answers(odi, QStringLiteral("1,1,1,1,1,1,1,,1,1"));
    odiForm.setMarkedIncomplete(true);
    QCOMPARE(*ScoringEngine::score(odi, odiForm).value(QStringLiteral("total")), 20.0); // 9 / 45 x 100
}

void TestScoringEngine::answersOutsideTheFormAreRefused()
{
    // Stored answers bypass the entry form's checks, so the engine checks them again rather than score nonsense.
    const InstrumentDefinition& odi = bundled(QStringLiteral("odi"));
    AnswerSet form = answers(odi, QStringLiteral("1,1,1,1,1,1,1,1,1,1"));
    form.setValue(QStringLiteral("6"), 7);
    MeasureScore score = ScoringEngine::score(odi, form).measures.first();
    QVERIFY(!score.isValid());
    QCOMPARE(score.reason, QStringLiteral("item 6: 7 is not an allowed answer (0-5)"));

    const InstrumentDefinition& qvas = bundled(QStringLiteral("qvas"));
    AnswerSet pain = answers(qvas, QStringLiteral("5,5,5,5"));
    pain.setValue(QStringLiteral("typical"), 5.25);
    score = ScoringEngine::score(qvas, pain).measures.first();
    QCOMPARE(score.reason, QStringLiteral("item 2: 5.25 is not an allowed answer (0-10, one decimal)"));
}

void TestScoringEngine::labValues_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Censoring>("censoring");
    QTest::addColumn<RangeFlag>("flag");
    QTest::addColumn<QString>("band");
    QTest::addColumn<double>("enteredValue");
    QTest::addColumn<QString>("enteredUnit");
    const QString mgL = QStringLiteral("mg/L");
    const QString pgmL = QStringLiteral("pg/mL");
    const auto row = [](const char* name, const char* list, const char* measure, double value, const QString& unit,
                        Censoring censoring, RangeFlag flag, const char* band, double entered,
                        const char* enteredUnit) {
        QTest::newRow(name) << QString::fromLatin1(list) << QString::fromLatin1(measure) << value << unit << censoring
                            << flag << QString::fromLatin1(band) << entered << QString::fromLatin1(enteredUnit);
    };
    const Censoring none = Censoring::None;
    const Censoring below = Censoring::BelowLimit;
    const Censoring above = Censoring::AboveLimit;
    // Order of the list: crp, hscrp, tnfa, il1b, il6, il10. CRP range < 10 mg/L.
    row("crp 9.9 in range", "9.9,,,,,", "crp", 9.9, mgL, none, RangeFlag::None, "", 9.9, "mg/L");
    row("crp 10 high", "10,,,,,", "crp", 10, mgL, none, RangeFlag::High, "", 10, "mg/L");
    row("crp 12 high", "12,,,,,", "crp", 12, mgL, none, RangeFlag::High, "", 12, "mg/L");
    // 1.2 mg/dL x 10 = 12 mg/L; what was entered is kept beside it.
    row("crp mg/dL converted", "1.2 mg/dL,,,,,", "crp", 12, mgL, none, RangeFlag::High, "", 1.2, "mg/dL");
    row("crp mg/dL any case", "0.05mg/dl,,,,,", "crp", 0.5, mgL, none, RangeFlag::None, "", 0.05, "mg/dL");
    // "< 0.5" stays censored at its limit; under an upper-only range it is not flagged.
    row("crp below detection", "<0.5,,,,,", "crp", 0.5, mgL, below, RangeFlag::None, "", 0.5, "mg/L");
    row("crp censored mg/dL", "<0.03 mg/dL,,,,,", "crp", 0.3, mgL, below, RangeFlag::None, "", 0.03, "mg/dL");
    // hs-CRP: range up to 3; bands < 1 low, 1-3 average, > 3 high, >= 10 acute.
    row("hscrp 2 average", ",2,,,,", "hscrp", 2, mgL, none, RangeFlag::None, "average", 2, "mg/L");
    row("hscrp 3.5 high", ",3.5,,,,", "hscrp", 3.5, mgL, none, RangeFlag::High, "high", 3.5, "mg/L");
    row("hscrp 12 acute", ",12,,,,", "hscrp", 12, mgL, none, RangeFlag::High, "acute", 12, "mg/L");
    // < 0.3: every possible value is under 1, so the band is certain.
    row("hscrp below 0.3", ",<0.3,,,,", "hscrp", 0.3, mgL, below, RangeFlag::None, "low", 0.3, "mg/L");
    // < 5: the value could be in any of three bands, so none is claimed.
    row("hscrp below 5", ",<5,,,,", "hscrp", 5, mgL, below, RangeFlag::None, "", 5, "mg/L");
    // > 10: certainly acute and certainly above 3.
    row("hscrp above 10", ",>10,,,,", "hscrp", 10, mgL, above, RangeFlag::High, "acute", 10, "mg/L");
    // > 2: could be average or high, in range or not: neither is claimed.
    row("hscrp above 2", ",>2,,,,", "hscrp", 2, mgL, above, RangeFlag::None, "", 2, "mg/L");
    row("tnfa 7.9", ",,7.9,,,", "tnfa", 7.9, pgmL, none, RangeFlag::None, "", 7.9, "pg/mL");
    row("tnfa 8 high", ",,8,,,", "tnfa", 8, pgmL, none, RangeFlag::High, "", 8, "pg/mL");
    row("il1b has no range", ",,,50,,", "il1b", 50, pgmL, none, RangeFlag::None, "", 50, "pg/mL");
    row("il6 4.9", ",,,,4.9,", "il6", 4.9, pgmL, none, RangeFlag::None, "", 4.9, "pg/mL");
    row("il6 ng/L", ",,,,5 ng/L,", "il6", 5, pgmL, none, RangeFlag::High, "", 5, "ng/L"); // 1 ng/L = 1 pg/mL
    row("il10 6 high", ",,,,,6", "il10", 6, pgmL, none, RangeFlag::High, "", 6, "pg/mL");
}

void TestScoringEngine::labValues()
{
    QFETCH(QString, list);
    QFETCH(QString, measure);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(Censoring, censoring);
    QFETCH(RangeFlag, flag);
    QFETCH(QString, band);
    QFETCH(double, enteredValue);
    QFETCH(QString, enteredUnit);
    const InstrumentDefinition& markers = bundled(QStringLiteral("markers"));
    const ScoreResult result = ScoringEngine::score(markers, answers(markers, list));
    QCOMPARE(result.measures.size(), 6);
    const MeasureScore* score = result.find(measure);
    QVERIFY(score);
    QVERIFY2(score->isValid(), qPrintable(score->reason));
    QCOMPARE(*score->value, value);
    QCOMPARE(score->unit, unit);
    QCOMPARE(score->censoring, censoring);
    QCOMPARE(score->rangeFlag, flag);
    QCOMPARE(score->isOutOfRange(), flag != RangeFlag::None);
    QCOMPARE(score->band ? score->band->id : QString(), band);
    QCOMPARE(*score->enteredValue, enteredValue);
    QCOMPARE(score->enteredUnit, enteredUnit);
    // The markers not entered have no value.
    int valid = 0;
    for (const MeasureScore& other : result.measures)
        valid += other.isValid() ? 1 : 0;
    QCOMPARE(valid, 1);
}

void TestScoringEngine::labUnitNotAccepted()
{
    const InstrumentDefinition& markers = bundled(QStringLiteral("markers"));
    AnswerSet panel;
    panel.set(QStringLiteral("crp"), ItemAnswer{12, QStringLiteral("g/L"), Censoring::None});
    const ScoreResult crpResult = ScoringEngine::score(markers, panel);
    const MeasureScore* crp = crpResult.find(QStringLiteral("crp"));
    QVERIFY(!crp->isValid());
    QCOMPARE(crp->reason, QStringLiteral("item 1: \"g/L\" is not an accepted unit (mg/L, mg/dL)"));
}

void TestScoringEngine::labValueNotEntered()
{
    const InstrumentDefinition& markers = bundled(QStringLiteral("markers"));
    const ScoreResult il6Result = ScoringEngine::score(markers, AnswerSet());
    const MeasureScore* il6 = il6Result.find(QStringLiteral("il6"));
    QVERIFY(!il6->isValid());
    QCOMPARE(il6->reason, QStringLiteral("IL-6 not entered"));
    QCOMPARE(il6->rangeFlag, RangeFlag::None);
}

void TestScoringEngine::labValuesOutsideThePlausibleRange_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Censoring>("censoring");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("message"); // empty: allowed
    const auto row = [](const char* name, double value, const char* unit, const char* item, const QString& message,
                        Censoring censoring = Censoring::None) {
        QTest::newRow(name) << value << QString::fromLatin1(unit) << censoring << QString::fromLatin1(item) << message;
    };
    row("crp at the limit", 1000, "mg/L", "crp", {});
    row("crp 100 mg/dL is 1000 mg/L", 100, "mg/dL", "crp", {});
    row("crp above the limit", 1000.5, "mg/L", "crp",
        QStringLiteral("item 1 (C-reactive protein (CRP)): 1000.5 mg/L is outside the plausible range 0-1000 mg/L; "
                       "check the value and its unit"));
    // The limit is in the item's unit: a value in mg/dL is converted first.
    row("crp mg/dL converted", 150, "mg/dL", "crp",
        QStringLiteral("item 1 (C-reactive protein (CRP)): 150 mg/dL (1500 mg/L) is outside the plausible range "
                       "0-1000 mg/L; check the value and its unit"));
    // 1.7e308 mg/dL overflows once converted: never a score, never an infinite number in an export.
    row("crp overflows", 1.7e308, "mg/dL", "crp",
        QStringLiteral("item 1 (C-reactive protein (CRP)): 1.7e+308 mg/dL (inf mg/L) is outside the plausible "
                       "range 0-1000 mg/L; check the value and its unit"));
    row("il6 high but real", 40000, "pg/mL", "il6", {});
    row("il6 beyond", 200000, "ng/L", "il6",
        QStringLiteral("item 5 (IL-6): 200000 ng/L (200000 pg/mL) is outside the plausible range 0-100000 pg/mL; "
                       "check the value and its unit"));
    row("tnfa censored beyond", 20000, "pg/mL", "tnfa",
        QStringLiteral("item 3 (TNF-alpha): 20000 pg/mL is outside the plausible range 0-10000 pg/mL; check the "
                       "value and its unit"),
        Censoring::AboveLimit);
}

void TestScoringEngine::labValuesOutsideThePlausibleRange()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(Censoring, censoring);
    QFETCH(QString, item);
    QFETCH(QString, message);
    const ItemAnswer answer{value, unit, censoring};
    const InstrumentDefinition& markers = bundled(QStringLiteral("markers"));
    const Status checked = markers.item(item)->check(answer);
    QCOMPARE(checked.ok() ? QString() : checked.error().message, message);
    // Scoring stored answers refuses them alike: no value, the same reason.
    AnswerSet panel;
    panel.set(item, answer);
    const ScoreResult result = ScoringEngine::score(markers, panel);
    const MeasureScore* score = result.find(item);
    QCOMPARE(score->isValid(), message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(score->reason, message);
}

void TestScoringEngine::everyLabItemHasAPlausibleRange()
{
    for (const QString& id : {QStringLiteral("markers")}) {
        for (const ItemDefinition& item : bundled(id).items()) {
            QVERIFY2(item.input != InputKind::LabValue || item.plausible, qPrintable(item.id));
            QVERIFY(!item.plausible || item.plausible->max > item.plausible->min);
        }
    }
}

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
