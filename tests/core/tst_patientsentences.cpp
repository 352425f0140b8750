// The patient's sentences: plain words built from the interpretation, one wording per kind of measure, nothing
// a patient could misread.
#include "CourseOutcomes.h"
#include "PatientSentences.h"
#include "SampleCourse.h"

#include <QRegularExpression>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestPatientSentences : public QObject
{
    Q_OBJECT

private slots:
    void sampleCourseSentences();
    void sentence_data();
    void sentence();
    void labelsInPlainWords();
};

void TestPatientSentences::sampleCourseSentences()
{
    const SampleCourse sample = sampleCourse();
    const CourseOutcomes outcomes =
        CourseOutcomes::build(sample.course, sample.visits, sample.assessments, sample.events, bundledLibrary());
    const QList<PatientSentence> sentences = PatientSentences::build(outcomes);
    QStringList keys;
    for (const PatientSentence& sentence : sentences)
        keys.append(sentence.key);
    // Pain first; no single RAND-36 scale and no lab value.
    QCOMPARE(keys, (QStringList{QStringLiteral("nrs/score"), QStringLiteral("qvas/score"), QStringLiteral("odi/total"),
                                QStringLiteral("rand36/pcs"), QStringLiteral("rand36/mcs")}));
    QCOMPARE(sentences[0].text, u"Your pain went from 7 to 3 — 57 % better."_qs);
    QCOMPARE(sentences[0].heading, QStringLiteral("Pain"));
    QCOMPARE(sentences[2].text,
             u"Your back problems affect daily life much less than at the start (moderate → minimal)."_qs);
    QCOMPARE(sentences[2].verdict, ChangeVerdict::MeaningfullyImproved);
    // Nothing a patient would have to decode: no instrument abbreviations, no ids.
    static const QRegularExpression codes(QStringLiteral("\\b(NRS|QVAS|ODI|RMDQ|PCS|MCS|RAND|SF-36|MCID)\\b|/"));
    for (const PatientSentence& sentence : sentences) {
        QVERIFY2(!codes.match(sentence.text).hasMatch(), qPrintable(sentence.text));
        QVERIFY2(!codes.match(sentence.heading).hasMatch(), qPrintable(sentence.heading));
    }
}

void TestPatientSentences::sentence_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pain better") << QStringLiteral("nrs/score") << QList<double>{7, 5, 3}
                                 << u"Your pain went from 7 to 3 — 57 % better."_qs;
    // Short of a meaningful change the sentence gives the numbers without calling it better or worse.
    QTest::newRow("pain a little lower")
        << QStringLiteral("nrs/score") << QList<double>{6, 5} << u"Your pain went from 6 to 5."_qs;
    QTest::newRow("pain worse") << QStringLiteral("nrs/score") << QList<double>{4, 6}
                                << u"Your pain went from 4 to 6 — 50 % worse."_qs;
    QTest::newRow("pain from none") << QStringLiteral("nrs/score") << QList<double>{0, 2}
                                    << u"Your pain went from 0 to 2."_qs;
    QTest::newRow("pain the same") << QStringLiteral("nrs/score") << QList<double>{5, 3, 5}
                                   << u"Your pain is the same as at the start: 5."_qs;
    QTest::newRow("daily life: a little, same band")
        << QStringLiteral("odi/total") << QList<double>{38, 32}
        << u"Your back problems affect daily life a little less than at the start (still moderate)."_qs;
    QTest::newRow("daily life: much more")
        << QStringLiteral("odi/total") << QList<double>{30, 46}
        << u"Your back problems affect daily life much more than at the start (moderate → severe)."_qs;
    QTest::newRow("everyday activities, no bands")
        << QStringLiteral("rmdq/total") << QList<double>{12, 6}
        << u"Your back gets in the way of everyday activities much less than at the start (12 → 6)."_qs;
    QTest::newRow("physical health better") << QStringLiteral("rand36/pcs") << QList<double>{35.2, 42.1}
                                            << u"Your physical health score went from 35.2 to 42.1 — better than at "
                                               u"the start."_qs;
    QTest::newRow("mental health lower")
        << QStringLiteral("rand36/mcs") << QList<double>{48, 40.5}
        << u"Your mental and emotional health score went from 48.0 to 40.5 — lower than at the start."_qs;
    // Less than 5 points: about the same, without a warning.
    QTest::newRow("mental health about the same")
        << QStringLiteral("rand36/mcs") << QList<double>{60.3, 58.9}
        << u"Your mental and emotional health score is about the same as at the start: 58.9."_qs;
    QTest::newRow("only the start") << QStringLiteral("nrs/score") << QList<double>{6}
                                    << u"We measured your pain at the start: 6. Your next visits will show how it "
                                       u"changes."_qs;
}

void TestPatientSentences::sentence()
{
    QFETCH(QString, key);
    QFETCH(QList<double>, values);
    QFETCH(QString, expected);
    const QStringList parts = key.split(QLatin1Char('/'));
    const InstrumentDefinition& instrument = bundled(parts[0]);
    const MeasureSeries series = seriesOfValues(instrument, *instrument.measure(parts[1]), values);
    QVERIFY(PatientSentences::isShownToPatient(series));
    QCOMPARE(PatientSentences::sentence(series).text, expected);
}

void TestPatientSentences::labelsInPlainWords()
{
    const InstrumentDefinition& odi = bundled(QStringLiteral("odi"));
    const MeasureSeries series = seriesOfValues(odi, *odi.measure(QStringLiteral("total")), {42, 20});
    QCOMPARE(PatientSentences::heading(series), QStringLiteral("Daily life with your back"));
    QCOMPARE(PatientSentences::baselineLabel(series), QStringLiteral("at the start: 42 %"));
    QCOMPARE(PatientSentences::thresholdLabel(series), QStringLiteral("a clear improvement"));
    QVERIFY(PatientSentences::scale(series).contains(QStringLiteral("100 %")));
    const InstrumentDefinition& markers = bundled(QStringLiteral("markers"));
    QVERIFY(
        !PatientSentences::isShownToPatient(seriesOfValues(markers, *markers.measure(QStringLiteral("crp")), {12, 4})));
    const InstrumentDefinition& rand = bundled(QStringLiteral("rand36"));
    QVERIFY(!PatientSentences::isShownToPatient(seriesOfValues(rand, *rand.measure(QStringLiteral("pf")), {40, 60})));
}

QTEST_GUILESS_MAIN(TestPatientSentences)
#include "tst_patientsentences.moc"
