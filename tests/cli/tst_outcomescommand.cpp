// `outcome-tracker-cli outcomes`: the clinic outcomes table of a small clinic of five courses in two treatment
// groups, its JSON contract (keys, order, unrounded figures) checked against hand computations, and exit 2 for a
// measure, group or grouping that does not exist; the clinic on an SQLite file and on a PostgreSQL server.
#include "CliRunner.h"
#include "PdfText.h"
#include "SampleStatistics.h"
#include "SmallClinic.h"
#include "TestEngines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace outcome;
using namespace outcome::test;

namespace {

const QString kExercise = QStringLiteral("Exercise therapy");
const QString kSpinal = QStringLiteral("Spinal manipulation");

bool near(const QJsonValue& value, double expected)
{
    return value.isDouble() && std::abs(value.toDouble() - expected) < 1e-9;
}

// The first group's mean at its first visit (the baseline).
QJsonValue firstBaselineMean(const QJsonObject& table)
{
    return table.value(QStringLiteral("groups"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("visits"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("mean"));
}

} // namespace

class TestOutcomesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void jsonByTreatment();
    void jsonKeysInContractOrder();
    void oneGroupHasNoComparisons();
    void datesFilterCourses();
    void namedFiltersChooseCourses();
    void table();
    void pdfReport();
    void pdfMustBeAPdf();
    void badArguments_data();
    void badArguments();

private:
    QJsonObject runJson(const QStringList& extra);
    // One small clinic per engine, made once: the tests only read it.
    EngineDatabases m_clinics;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestOutcomesCommand::initTestCase_data()
{
    addEngineRows();
}

void TestOutcomesCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeEngineDatabases(m_clinics, [](ScratchDatabase& scratch) {
        auto db = openDatabase(scratch.location());
        if (db)
            storeSmallClinic(*db);
        return db != nullptr;
    }));
}

void TestOutcomesCommand::init()
{
    QFETCH_GLOBAL(QString, engine);
    ScratchDatabase& clinic = *m_clinics.at(engine);
    OT_REQUIRE_ENGINE(clinic);
    m_db = clinic.location();
}

QJsonObject TestOutcomesCommand::runJson(const QStringList& extra)
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("outcomes"), QStringLiteral("--db"), m_db, QStringLiteral("--measure"),
                           QStringLiteral("nrs/score"), QStringLiteral("--json")}
               << extra);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void TestOutcomesCommand::jsonByTreatment()
{
    const QJsonObject json = runJson({QStringLiteral("--by"), QStringLiteral("treatment")});
    QCOMPARE(json.value(QStringLiteral("measure")).toString(), QStringLiteral("nrs/score"));
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("treatment"));
    QCOMPARE(json.value(QStringLiteral("courses")).toInt(), 5);
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject exercise = groups.at(0).toObject();
    QCOMPARE(exercise.value(QStringLiteral("group")).toString(), kExercise);
    QCOMPARE(exercise.value(QStringLiteral("courses")).toInt(), 3);
    const QJsonArray visits = exercise.value(QStringLiteral("visits")).toArray();
    QCOMPARE(visits.at(0).toObject().value(QStringLiteral("visit")).toString(), QStringLiteral("Baseline"));
    QCOMPARE(visits.at(1).toObject().value(QStringLiteral("visit")).toString(), QStringLiteral("Session 1"));

    // Baseline 8, 6, 7: mean 7, SD 1, CI 7 ± t(2)/√3, quartiles 6.5, 7, 7.5; no change, no responders.
    const QJsonObject baseline = visits.at(0).toObject();
    QCOMPARE(baseline.value(QStringLiteral("n")).toInt(), 3);
    QVERIFY(near(baseline.value(QStringLiteral("mean")), 7));
    QVERIFY(near(baseline.value(QStringLiteral("sd")), 1));
    QVERIFY(near(baseline.value(QStringLiteral("ci_low")), 7 - 4.302652729911275 / std::sqrt(3.0)));
    QVERIFY(near(baseline.value(QStringLiteral("q1")), 6.5));
    QVERIFY(near(baseline.value(QStringLiteral("q3")), 7.5));
    QCOMPARE(baseline.value(QStringLiteral("change_n")).toInt(), 0);
    QVERIFY(baseline.value(QStringLiteral("change_mean")).isNull());
    QVERIFY(baseline.value(QStringLiteral("responders")).isNull());
    QVERIFY(baseline.value(QStringLiteral("out_of_range")).isNull());

    // Session 1: 5 and 5 (the third course missed it): SD 0; change −3 and −1, mean −2; one responder (−3 ≥ 2).
    const QJsonObject session = visits.at(1).toObject();
    QCOMPARE(session.value(QStringLiteral("n")).toInt(), 2);
    QVERIFY(near(session.value(QStringLiteral("mean")), 5));
    QVERIFY(near(session.value(QStringLiteral("sd")), 0));
    QCOMPARE(session.value(QStringLiteral("change_n")).toInt(), 2);
    QVERIFY(near(session.value(QStringLiteral("change_mean")), -2));
    QCOMPARE(session.value(QStringLiteral("responders")).toInt(), 1);
    QVERIFY(near(session.value(QStringLiteral("responder_rate")), 0.5));
    const Interval wilson = SampleStatistics::wilsonInterval(1, 2);
    QVERIFY(near(session.value(QStringLiteral("responder_ci_low")), wilson.low));
    QVERIFY(near(session.value(QStringLiteral("responder_ci_high")), wilson.high));

    // The reference is the largest group; Spinal manipulation's changes −5 and −1 against −3 and −1:
    // difference −1, SE √(8/2 + 2/2) = √5, Welch df 25/17.
    const QJsonArray comparisons = json.value(QStringLiteral("comparisons")).toArray();
    QCOMPARE(comparisons.size(), 1);
    const QJsonObject comparison = comparisons.at(0).toObject();
    QCOMPARE(comparison.value(QStringLiteral("group")).toString(), kSpinal);
    QCOMPARE(comparison.value(QStringLiteral("reference")).toString(), kExercise);
    QCOMPARE(comparison.value(QStringLiteral("visit")).toString(), QStringLiteral("Session 1"));
    QVERIFY(near(comparison.value(QStringLiteral("difference")), -1));
    const double half = SampleStatistics::studentQuantile(0.975, 25.0 / 17) * std::sqrt(5.0);
    QVERIFY(near(comparison.value(QStringLiteral("ci_low")), -1 - half));
    QVERIFY(near(comparison.value(QStringLiteral("ci_high")), -1 + half));

    // Named reference.
    const QJsonObject named =
        runJson({QStringLiteral("--by"), QStringLiteral("treatment"), QStringLiteral("--reference"), kSpinal});
    const QJsonObject reversed = named.value(QStringLiteral("comparisons")).toArray().at(0).toObject();
    QCOMPARE(reversed.value(QStringLiteral("group")).toString(), kExercise);
    QVERIFY(near(reversed.value(QStringLiteral("difference")), 1));
}

void TestOutcomesCommand::jsonKeysInContractOrder()
{
    const CliRun run = runCli({QStringLiteral("outcomes"), QStringLiteral("--db"), m_db, QStringLiteral("--measure"),
                               QStringLiteral("nrs/score"), QStringLiteral("--by"), QStringLiteral("treatment"),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QStringList keys;
    const QRegularExpression key(QStringLiteral("\"([a-z_0-9]+)\":"));
    for (auto it = key.globalMatch(text); it.hasNext();)
        keys.append(it.next().captured(1));
    const QStringList visitKeys{QStringLiteral("visit"),
                                QStringLiteral("n"),
                                QStringLiteral("mean"),
                                QStringLiteral("sd"),
                                QStringLiteral("ci_low"),
                                QStringLiteral("ci_high"),
                                QStringLiteral("median"),
                                QStringLiteral("q1"),
                                QStringLiteral("q3"),
                                QStringLiteral("change_n"),
                                QStringLiteral("change_mean"),
                                QStringLiteral("responders"),
                                QStringLiteral("responder_rate"),
                                QStringLiteral("responder_ci_low"),
                                QStringLiteral("responder_ci_high"),
                                QStringLiteral("out_of_range"),
                                QStringLiteral("out_of_range_rate"),
                                QStringLiteral("out_of_range_ci_low"),
                                QStringLiteral("out_of_range_ci_high")};
    QStringList expected{QStringLiteral("measure"), QStringLiteral("by"), QStringLiteral("courses"),
                         QStringLiteral("groups")};
    for (int group = 0; group < 2; ++group) {
        expected << QStringLiteral("group") << QStringLiteral("courses") << QStringLiteral("visits");
        for (int visit = 0; visit < 2; ++visit)
            expected << visitKeys;
    }
    expected << QStringLiteral("comparisons") << QStringLiteral("group") << QStringLiteral("reference")
             << QStringLiteral("visit") << QStringLiteral("difference") << QStringLiteral("ci_low")
             << QStringLiteral("ci_high");
    QCOMPARE(keys, expected);
}

void TestOutcomesCommand::oneGroupHasNoComparisons()
{
    const QJsonObject json = runJson({});
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("none"));
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("All"));
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("courses")).toInt(), 5);
    QVERIFY(!json.contains(QStringLiteral("comparisons")));
}

void TestOutcomesCommand::datesFilterCourses()
{
    // Started from 12 January to 2 March: the second and third exercise courses and the first spinal one.
    const QJsonObject json = runJson(
        {QStringLiteral("--from"), QStringLiteral("2026-01-12"), QStringLiteral("--to"), QStringLiteral("2026-03-02")});
    QCOMPARE(json.value(QStringLiteral("courses")).toInt(), 3);
    QVERIFY(near(firstBaselineMean(json), 22.0 / 3));
}

void TestOutcomesCommand::namedFiltersChooseCourses()
{
    // Anna Keller treats the first exercise course (baseline 8) and the first spinal one (9).
    QJsonObject json = runJson({QStringLiteral("--clinician"), QStringLiteral("Anna Keller")});
    QCOMPARE(json.value(QStringLiteral("courses")).toInt(), 2);
    QVERIFY(near(firstBaselineMean(json), 8.5));

    // Priya Raman's spinal course alone: baseline 5.
    json =
        runJson({QStringLiteral("--clinician"), QStringLiteral("Priya Raman"), QStringLiteral("--treatment"), kSpinal});
    QCOMPARE(json.value(QStringLiteral("courses")).toInt(), 1);
    QVERIFY(near(firstBaselineMean(json), 5));

    // Courses with a value at session 1: all but the third exercise course (8, 6, 9, 5).
    json = runJson({QStringLiteral("--complete-at"), QStringLiteral("Session 1")});
    QCOMPARE(json.value(QStringLiteral("courses")).toInt(), 4);
    QVERIFY(near(firstBaselineMean(json), 7));
}

void TestOutcomesCommand::table()
{
    const CliRun run = runCli({QStringLiteral("outcomes"), QStringLiteral("--db"), m_db, QStringLiteral("--measure"),
                               QStringLiteral("nrs/score"), QStringLiteral("--by"), QStringLiteral("treatment")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("nrs/score: 5 courses")));
    QVERIFY(text.contains(QStringLiteral("Exercise therapy (3 courses)")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Session 1\\s+2\\s+5\\.0"))));
    QVERIFY(text.contains(QStringLiteral("against Exercise therapy")));
}

void TestOutcomesCommand::pdfReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("outcomes.pdf"));
    const CliRun run =
        runCliWithoutDisplay({QStringLiteral("outcomes"), QStringLiteral("--db"), m_db, QStringLiteral("--measure"),
                              QStringLiteral("nrs/score"), QStringLiteral("--by"), QStringLiteral("treatment"),
                              QStringLiteral("--json"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The JSON on standard output is the same contract with or without the report.
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("courses")).toInt(), 5);
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    const QString text = pdfReadingText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Clinic outcomes report")), qPrintable(text));
    // The filters that chose the courses.
    for (const QString& filter :
         {QStringLiteral("Measure: Pain intensity (NRS) (nrs/score)"), QStringLiteral("Groups: by treatment label"),
          QStringLiteral("Courses started: any date"), QStringLiteral("Template: every template"),
          QStringLiteral("Clinician: every clinician"), QStringLiteral("Archived patients: included"),
          QStringLiteral("Courses selected: 5")})
        QVERIFY2(text.contains(filter), qPrintable(filter + QStringLiteral(" in: ") + text));
    // Visit rows with their n: Exercise therapy 8, 6, 7 at baseline (mean 7.0, SD 1.0), 5 and 5 at session 1;
    // Spinal manipulation 9 and 5, then 4 and 4.
    QVERIFY2(text.contains(QStringLiteral("Exercise therapy Baseline 3 7.0 (1.0)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Exercise therapy Session 1 2 5.0 (0.0)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Spinal manipulation Baseline 2 7.0 (2.8)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Spinal manipulation Session 1 2 4.0 (0.0)")), qPrintable(text));
    // The definitions used.
    QVERIFY2(text.contains(QStringLiteral("a fall of at least 2 points from the course's baseline")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Wilson score interval")));
    QVERIFY(text.contains(QStringLiteral("Welch's t")));
    QVERIFY(text.contains(QStringLiteral("mean ± t(0.975, n − 1) · SD / √n")));
}

void TestOutcomesCommand::pdfMustBeAPdf()
{
    const CliRun run = runCliWithoutDisplay({QStringLiteral("outcomes"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                             QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("table.txt"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("--pdf")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("table.txt"))));
}

void TestOutcomesCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown measure") << QStringList{QStringLiteral("--measure"), QStringLiteral("odi/totl")}
                                     << QStringLiteral("odi/total");
    QTest::newRow("unknown group") << QStringList{QStringLiteral("--measure"),   QStringLiteral("nrs/score"),
                                                  QStringLiteral("--by"),        QStringLiteral("treatment"),
                                                  QStringLiteral("--reference"), QStringLiteral("Yoga")}
                                   << kSpinal;
    QTest::newRow("unknown grouping") << QStringList{QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                                     QStringLiteral("--by"), QStringLiteral("clinician")}
                                      << QStringLiteral("template");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                             QStringLiteral("--from"), QStringLiteral("January")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("no measure") << QStringList{} << QStringLiteral("--measure");
    QTest::newRow("unknown clinician") << QStringList{QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                                      QStringLiteral("--clinician"), QStringLiteral("Anna Kelller")}
                                       << QStringLiteral("the recorded ones are: Anna Keller, Priya Raman");
    QTest::newRow("unknown treatment") << QStringList{QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                                      QStringLiteral("--treatment"), QStringLiteral("Yoga")}
                                       << QStringLiteral("Exercise therapy, Spinal manipulation");
    QTest::newRow("unknown visit") << QStringList{QStringLiteral("--measure"), QStringLiteral("nrs/score"),
                                                  QStringLiteral("--complete-at"), QStringLiteral("Session 9")}
                                   << QStringLiteral("Baseline, Session 1");
}

void TestOutcomesCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun run = runCli(QStringList{QStringLiteral("outcomes"), QStringLiteral("--db"), m_db} << arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutcomesCommand)
#include "tst_outcomescommand.moc"
