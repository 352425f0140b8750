// The demo clinic looks like the trial's population: baselines in the right ranges, most improve, some do not,
// a few worsen, RAND-36 agrees with disability, markers for about half, missed and late visits.
#include "AssessmentRepository.h"
#include "ChangeFromBaseline.h"
#include "CourseRepository.h"
#include "DemoClinic.h"
#include "InstrumentLibrary.h"
#include "PatientRepository.h"
#include "ScoringEngine.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace outcome;
using namespace outcome::test;

class TestDemoClinic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduleShapes();
    void baselineRanges();
    void trajectories();
    void rand36FollowsDisability();
    void healthComparedWithAYearAgoFollowsTheCourse();
    void markersForAboutHalf();
    void labValuesOnTheEntryGrid();

private:
    // Per patient: the score of a measure at the baseline visit and at the 1-month visit.
    struct Pair
    {
        std::optional<double> baseline;
        std::optional<double> oneMonth;
    };
    QList<Pair> pairs(const QString& instrument, const QString& measure);
    std::optional<double> valueAt(const QList<DatedAssessment>& assessments, const Visit& visit,
                                  const QString& instrument, const QString& measure);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load();
    static constexpr int kPatients = 300;
};

void TestDemoClinic::initTestCase()
{
    m_db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(m_db);
    DemoOptions options;
    options.patients = kPatients;
    options.seed = 11;
    options.today = QDate(2026, 6, 15);
    const Status status = DemoClinic::generate(*m_db, options);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
}

std::optional<double> TestDemoClinic::valueAt(const QList<DatedAssessment>& assessments, const Visit& visit,
                                              const QString& instrument, const QString& measure)
{
    for (const DatedAssessment& dated : assessments) {
        if (dated.assessment.visitId == visit.id && dated.assessment.instrumentId == instrument) {
            const InstrumentDefinition* definition = m_library.find(instrument);
            return ScoringEngine::score(*definition, dated.assessment.answers).value(measure);
        }
    }
    return std::nullopt;
}

QList<TestDemoClinic::Pair> TestDemoClinic::pairs(const QString& instrument, const QString& measure)
{
    QList<Pair> result;
    CourseRepository courses(*m_db);
    AssessmentRepository assessments(*m_db);
    for (qint64 patientId = 1; patientId <= kPatients; ++patientId) {
        const QList<Course> list = *courses.forPatient(patientId);
        const QList<Visit> visits = *courses.visits(list.first().id);
        const QList<DatedAssessment> scored = *assessments.forCourse(list.first().id);
        Pair pair;
        for (const Visit& visit : visits) {
            if (visit.kind == VisitKind::Baseline)
                pair.baseline = valueAt(scored, visit, instrument, measure);
            if (visit.closesCourse)
                pair.oneMonth = valueAt(scored, visit, instrument, measure);
        }
        result.append(pair);
    }
    return result;
}

void TestDemoClinic::scheduleShapes()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(status = 'missed'), "
                                      "SUM(status = 'done' AND actual_date > scheduled_date), "
                                      "SUM(status = 'scheduled' AND scheduled_date < '2026-06-15') FROM visits")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), kPatients * 12);
    QVERIFY2(query.value(1).toInt() > 20, "some visits are missed");
    QVERIFY2(query.value(2).toInt() > 20, "some visits happen late");
    QVERIFY2(query.value(3).toInt() > 0, "some visits are overdue on the demo's day");
    QVERIFY(
        query.exec(QStringLiteral("SELECT MIN(start_date), MAX(start_date), SUM(status = 'completed') FROM courses")) &&
        query.next());
    QVERIFY(query.value(0).toString() >= QStringLiteral("2025-09-17")); // nine months before the demo's day
    QVERIFY(query.value(1).toString() <= QStringLiteral("2026-06-15"));
    QVERIFY(query.value(2).toInt() > 0);

    // Every course names one of the clinic's three clinicians, each treating a fair share, for the clinic
    // outcomes' clinician filter.
    QVERIFY(query.exec(QStringLiteral("SELECT clinician, COUNT(*) FROM courses GROUP BY clinician")));
    QStringList clinicians;
    while (query.next()) {
        clinicians.append(query.value(0).toString());
        QVERIFY2(query.value(1).toInt() > kPatients / 6, qPrintable(clinicians.last()));
    }
    QCOMPARE(clinicians, (QStringList{QStringLiteral("Anna Keller"), QStringLiteral("Priya Raman"),
                                      QStringLiteral("Tomás Ortega")}));
}

void TestDemoClinic::baselineRanges()
{
    int odiInRange = 0;
    int odiCount = 0;
    for (const Pair& pair : pairs(QStringLiteral("odi"), QStringLiteral("total"))) {
        if (!pair.baseline)
            continue;
        ++odiCount;
        odiInRange += *pair.baseline >= 20 && *pair.baseline <= 50 ? 1 : 0;
    }
    int qvasInRange = 0;
    int qvasCount = 0;
    for (const Pair& pair : pairs(QStringLiteral("qvas"), QStringLiteral("score"))) {
        if (!pair.baseline)
            continue;
        ++qvasCount;
        qvasInRange += *pair.baseline >= 40 && *pair.baseline <= 70 ? 1 : 0;
    }
    QVERIFY(odiCount > kPatients * 0.9);
    QVERIFY2(odiInRange > odiCount * 0.7, qPrintable(QStringLiteral("%1 of %2").arg(odiInRange).arg(odiCount)));
    QVERIFY2(qvasInRange > qvasCount * 0.6, qPrintable(QStringLiteral("%1 of %2").arg(qvasInRange).arg(qvasCount)));
}

void TestDemoClinic::trajectories()
{
    const MeasureDefinition* odi = m_library.find(QStringLiteral("odi"))->measure(QStringLiteral("total"));
    int improved = 0;
    int worsened = 0;
    int unchanged = 0;
    int both = 0;
    for (const Pair& pair : pairs(QStringLiteral("odi"), QStringLiteral("total"))) {
        if (!pair.baseline || !pair.oneMonth)
            continue;
        ++both;
        const ChangeFromBaseline change = ChangeFromBaseline::compute(*odi, *pair.baseline, *pair.oneMonth);
        improved += change.verdict == ChangeVerdict::MeaningfullyImproved ? 1 : 0;
        worsened += change.verdict == ChangeVerdict::MeaningfullyWorsened ? 1 : 0;
        unchanged += change.verdict == ChangeVerdict::MeaningfullyImproved ||
                             change.verdict == ChangeVerdict::MeaningfullyWorsened
                         ? 0
                         : 1;
    }
    const QString summary =
        QStringLiteral("%1 meaningfully better, %2 no meaningful change, %3 meaningfully worse, of %4")
            .arg(improved)
            .arg(unchanged)
            .arg(worsened)
            .arg(both);
    QVERIFY2(both > 100, qPrintable(summary));
    QVERIFY2(improved > both * 0.4, qPrintable(summary));
    QVERIFY2(unchanged > both * 0.1, qPrintable(summary));
    QVERIFY2(worsened > 0 && worsened < both * 0.1, qPrintable(summary));
}

void TestDemoClinic::rand36FollowsDisability()
{
    const QList<Pair> odi = pairs(QStringLiteral("odi"), QStringLiteral("total"));
    const QList<Pair> pf = pairs(QStringLiteral("rand36"), QStringLiteral("pf"));
    QList<double> xs;
    QList<double> ys;
    for (qsizetype i = 0; i < odi.size(); ++i) {
        if (odi[i].baseline && pf[i].baseline) {
            xs << *odi[i].baseline;
            ys << *pf[i].baseline;
        }
    }
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        mx += xs[i] / xs.size();
        my += ys[i] / ys.size();
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) * (xs[i] - mx);
        syy += (ys[i] - my) * (ys[i] - my);
    }
    const double correlation = sxy / std::sqrt(sxx * syy);
    QVERIFY2(correlation < -0.4, qPrintable(QString::number(correlation)));
}

void TestDemoClinic::healthComparedWithAYearAgoFollowsTheCourse()
{
    // RAND-36 item 2 at one month: a patient who got much better mostly says "better now", not "much worse".
    const MeasureDefinition* odi = m_library.find(QStringLiteral("odi"))->measure(QStringLiteral("total"));
    const QList<Pair> disability = pairs(QStringLiteral("odi"), QStringLiteral("total"));
    const QList<Pair> item2 = pairs(QStringLiteral("rand36"), QStringLiteral("health_change"));
    int improved = 0;
    int sayBetter = 0;
    int sayMuchWorse = 0;
    for (qsizetype i = 0; i < disability.size(); ++i) {
        if (!disability[i].baseline || !disability[i].oneMonth || !item2[i].oneMonth)
            continue;
        if (ChangeFromBaseline::compute(*odi, *disability[i].baseline, *disability[i].oneMonth).verdict !=
            ChangeVerdict::MeaningfullyImproved)
            continue;
        ++improved;
        sayBetter += *item2[i].oneMonth >= 75 ? 1 : 0;
        sayMuchWorse += *item2[i].oneMonth <= 0 ? 1 : 0;
    }
    const QString summary = QStringLiteral("%1 of %2 improved patients say better now, %3 much worse")
                                .arg(sayBetter)
                                .arg(improved)
                                .arg(sayMuchWorse);
    QVERIFY2(improved > 50, qPrintable(summary));
    QVERIFY2(sayBetter > improved * 0.6, qPrintable(summary));
    QVERIFY2(sayMuchWorse < improved * 0.05, qPrintable(summary));
}

void TestDemoClinic::markersForAboutHalf()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(DISTINCT c.patient_id) FROM assessments a JOIN visits v ON "
                                      "v.id = a.visit_id JOIN courses c ON c.id = v.course_id "
                                      "WHERE a.instrument_id = 'markers'")) &&
            query.next());
    const int withMarkers = query.value(0).toInt();
    QVERIFY2(withMarkers > kPatients * 0.35 && withMarkers < kPatients * 0.65,
             qPrintable(QString::number(withMarkers)));
}

void TestDemoClinic::labValuesOnTheEntryGrid()
{
    // As a lab reports them (one decimal in mg/L and pg/mL, two in mg/dL), and so are their scores: an export
    // shows 0.9, never 0.8999999999999999.
    const InstrumentDefinition* markers = m_library.find(QStringLiteral("markers"));
    QVERIFY(markers);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM assessments WHERE instrument_id = 'markers'")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QVERIFY(ids.size() > 100);
    int inMilligramsPerDecilitre = 0;
    for (qint64 id : std::as_const(ids)) {
        const Assessment assessment = *AssessmentRepository(*m_db).find(id);
        for (const ItemDefinition& item : markers->items()) {
            const ItemAnswer* answer = assessment.answers.find(item.id);
            if (!answer || !answer->value)
                continue;
            const bool deci = answer->unit == QLatin1String("mg/dL");
            inMilligramsPerDecilitre += deci ? 1 : 0;
            const double steps = *answer->value * (deci ? 100 : 10);
            QVERIFY2(std::abs(steps - std::round(steps)) < 1e-9, qPrintable(QString::number(*answer->value)));
        }
        const ScoreResult result = ScoringEngine::score(*markers, assessment.answers);
        for (const MeasureScore& score : result.measures) {
            if (!score.value)
                continue;
            const QString text = QString::number(*score.value, 'g', QLocale::FloatingPointShortest);
            QVERIFY2(text.size() <= 6, qPrintable(text));
        }
    }
    QVERIFY(inMilligramsPerDecilitre > 5);
}

QTEST_GUILESS_MAIN(TestDemoClinic)
#include "tst_democlinic.moc"
