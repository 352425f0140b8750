// Scores kept beside their answers, on a real SQLite file and a real PostgreSQL server: a reader that may write
// keeps what it scored and reads it back next time; a changed answer set, definition or scoring is scored again; a
// removed assessment takes its scores along; a read-only reader keeps nothing; and a clinic read from kept scores
// gives exactly the figures scoring its answers gives.
#include "AssessmentRepository.h"
#include "Database.h"
#include "DemoClinic.h"
#include "OutcomeCourseReader.h"
#include "ScoringEngine.h"
#include "SimilarClinic.h"
#include "StoredScores.h"
#include "TestEngines.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace outcome;
using namespace outcome::test;

class TestStoredScores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void encodedValuesReadBackExactly();
    void readerKeepsWhatItScored();
    void changedAnswersAreScoredAgain();
    void otherDefinitionOrScoringIsScoredAgain();
    void keptUnderAnotherInstrumentIsScoredAgain();
    void tooLongToIndexIsNotKept();
    void upgradeFilesKeptScoresByInstrument();
    void removedAssessmentTakesItsScores();
    void readOnlyReaderKeepsNothing();
    void keptScoresGiveTheSameClinic();

private:
    int keptRows(Database& db, const QString& where = QStringLiteral("1 = 1"));
    QList<OutcomeCourse> readNrs(Database& db);
    static QString describe(const QHash<QString, QList<OutcomeCourse>>& byMeasure);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestStoredScores::initTestCase_data()
{
    addEngineRows();
}

void TestStoredScores::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location());
    QVERIFY(m_db);
}

void TestStoredScores::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

int TestStoredScores::keptRows(Database& db, const QString& where)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM assessment_scores WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<OutcomeCourse> TestStoredScores::readNrs(Database& db)
{
    const Result<QList<OutcomeCourse>> read =
        OutcomeCourseReader(db).read(bundledLibrary(), QStringLiteral("nrs"), QStringLiteral("score"));
    return read ? *read : QList<OutcomeCourse>();
}

QString TestStoredScores::describe(const QHash<QString, QList<OutcomeCourse>>& byMeasure)
{
    QStringList lines;
    QStringList measures = byMeasure.keys();
    measures.sort();
    for (const QString& measure : measures) {
        for (const OutcomeCourse& course : byMeasure.value(measure)) {
            for (const OutcomeValue& value : course.values)
                lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(measure)
                             .arg(course.courseId)
                             .arg(value.visit)
                             .arg(value.day)
                             .arg(QString::number(value.value, 'g', 17))
                             .arg(int(value.censoring));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void TestStoredScores::encodedValuesReadBackExactly()
{
    ScoreResult result;
    const QList<double> values{0.1, 1.0 / 3.0, 42, -7.25, 1e-9, 123456.789012345};
    for (qsizetype i = 0; i < values.size(); ++i) {
        MeasureScore score;
        score.measureId = QStringLiteral("m%1").arg(i);
        score.value = values[i];
        result.measures.append(score);
    }
    MeasureScore below;
    below.measureId = QStringLiteral("crp");
    below.value = 0.5;
    below.censoring = Censoring::BelowLimit;
    MeasureScore none;
    none.measureId = QStringLiteral("unscored");
    result.measures << below << none;

    const QString text = StoredScores::encode(result);
    QVERIFY(!text.contains(QLatin1String("unscored")));
    const QStringList asked{QStringLiteral("crp"), QStringLiteral("m1"), QStringLiteral("unscored"),
                            QStringLiteral("m0"),  QStringLiteral("m5"), QStringLiteral("m3")};
    const std::vector<std::optional<StoredValue>> read = StoredScores::decode(text, asked);
    QCOMPARE(read.size(), size_t(6));
    QVERIFY(read[0] && read[0]->value == 0.5 && read[0]->censoring == Censoring::BelowLimit);
    QVERIFY(read[1] && read[1]->value == 1.0 / 3.0 && read[1]->censoring == Censoring::None);
    QVERIFY(!read[2]);
    QVERIFY(read[3] && read[3]->value == 0.1);
    QVERIFY(read[4] && read[4]->value == 123456.789012345);
    QVERIFY(read[5] && read[5]->value == -7.25);
    // A measure id that is the start of another's is not taken for it.
    QVERIFY(!StoredScores::decode(QStringLiteral("crp2=4"), {QStringLiteral("crp")})[0]);

    // Whole numbers (most scores) come back as the same doubles too, the sign of a negative zero included.
    ScoreResult whole;
    const QList<double> wholeValues{42, 0, -0.0, -12, 999999999999999, 1e15, 12345678901234567.0};
    QStringList wholeIds;
    for (qsizetype i = 0; i < wholeValues.size(); ++i) {
        MeasureScore score;
        score.measureId = QStringLiteral("w%1").arg(i);
        score.value = wholeValues[i];
        whole.measures.append(score);
        wholeIds.append(score.measureId);
    }
    const std::vector<std::optional<StoredValue>> wholeRead =
        StoredScores::decode(StoredScores::encode(whole), wholeIds);
    for (qsizetype i = 0; i < wholeValues.size(); ++i) {
        QVERIFY2(wholeRead[size_t(i)], qPrintable(wholeIds[i]));
        QCOMPARE(wholeRead[size_t(i)]->value, wholeValues[i]);
        QCOMPARE(std::signbit(wholeRead[size_t(i)]->value), std::signbit(wholeValues[i]));
    }
    // Text that only looks like a number is not one.
    const std::vector<std::optional<StoredValue>> notNumbers =
        StoredScores::decode(QStringLiteral("a=-;b=1-2;c=;d=--1"),
                             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    QVERIFY(std::none_of(notNumbers.begin(), notNumbers.end(), [](const auto& value) { return value.has_value(); }));
}

void TestStoredScores::readerKeepsWhatItScored()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000002"), {8, 2}, QDate(2025, 3, 10));
    QCOMPARE(keptRows(*m_db), 0);

    const QList<OutcomeCourse> first = readNrs(*m_db);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].values.size(), 2);
    QCOMPARE(first[0].values[0].value, 7.0);
    QCOMPARE(first[0].values[1].value, 4.0);
    QCOMPARE(first[1].values[1].value, 2.0);
    QCOMPARE(keptRows(*m_db), 4);
    const QString scoredWith = StoredScores::scoredWith(bundled(QStringLiteral("nrs")));
    QVERIFY(scoredWith.endsWith(QStringLiteral("/%1").arg(ScoringEngine::kRevision)));
    QCOMPARE(keptRows(*m_db, QStringLiteral("scored_with = '%1' AND scores = 'score=4'").arg(scoredWith)), 1);

    // The next read takes the kept scores rather than the answers: one made different on purpose shows it.
    QSqlQuery alter(m_db->connection());
    QVERIFY(alter.exec(QStringLiteral("UPDATE assessment_scores SET scores = 'score=5' WHERE scores = 'score=4'")));
    const QList<OutcomeCourse> second = readNrs(*m_db);
    QCOMPARE(second[0].values[1].value, 5.0);
    QCOMPARE(second[0].values[0].value, 7.0);
    QCOMPARE(keptRows(*m_db), 4);
}

void TestStoredScores::changedAnswersAreScoredAgain()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    QCOMPARE(readNrs(*m_db)[0].values[1].value, 4.0);

    AssessmentRepository assessments(*m_db);
    const Result<QList<DatedAssessment>> saved = assessments.forPatient(readNrs(*m_db)[0].patientId);
    QVERIFY(saved);
    QCOMPARE(saved->size(), 2);
    Assessment changed = saved->at(1).assessment;
    changed.answers = answers(bundled(QStringLiteral("nrs")), QStringLiteral("3"));
    QVERIFY(assessments.save(changed, QStringLiteral("typing error")));

    const QList<OutcomeCourse> after = readNrs(*m_db);
    QCOMPARE(after[0].values[1].value, 3.0);
    QCOMPARE(keptRows(*m_db), 2);
    QCOMPARE(keptRows(*m_db, QStringLiteral("assessment_version = 2 AND scores = 'score=3'")), 1);
}

void TestStoredScores::otherDefinitionOrScoringIsScoredAgain()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    QCOMPARE(readNrs(*m_db)[0].values[1].value, 4.0);

    // Scores kept by another definition file or an earlier scoring are not taken.
    QSqlQuery alter(m_db->connection());
    QVERIFY(alter.exec(QStringLiteral("UPDATE assessment_scores SET scored_with = 'another/0', scores = 'score=9'")));
    const QList<OutcomeCourse> after = readNrs(*m_db);
    QCOMPARE(after[0].values[0].value, 7.0);
    QCOMPARE(after[0].values[1].value, 4.0);
    QCOMPARE(keptRows(*m_db, QStringLiteral("scored_with = 'another/0'")), 0);
    QCOMPARE(keptRows(*m_db), 2);
}

void TestStoredScores::keptUnderAnotherInstrumentIsScoredAgain()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    QCOMPARE(readNrs(*m_db)[0].values[1].value, 4.0);
    QCOMPARE(keptRows(*m_db, QStringLiteral("instrument_id = 'nrs'")), 2);

    // The readers find kept scores by instrument: a row filed under another one is not taken, and is replaced.
    QSqlQuery alter(m_db->connection());
    QVERIFY(alter.exec(QStringLiteral("UPDATE assessment_scores SET instrument_id = 'odi', scores = 'score=9'")));
    const QList<OutcomeCourse> after = readNrs(*m_db);
    QCOMPARE(after[0].values[0].value, 7.0);
    QCOMPARE(after[0].values[1].value, 4.0);
    QCOMPARE(keptRows(*m_db, QStringLiteral("instrument_id = 'nrs' AND scores <> 'score=9'")), 2);
    QCOMPARE(keptRows(*m_db), 2);
}

void TestStoredScores::tooLongToIndexIsNotKept()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    const qint64 patient = storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    const Result<QList<DatedAssessment>> saved = AssessmentRepository(*m_db).forPatient(patient);
    QVERIFY(saved);
    QCOMPARE(saved->size(), 2);
    // A result of an instrument with very many measures: longer than an index entry may be on a server.
    QStringList many;
    for (int i = 0; i < 150; ++i)
        many << QStringLiteral("measure%1=%2").arg(i).arg(1.0 / (i + 3), 0, 'g', 17);
    std::vector<StoredScore> scores(2);
    for (size_t i = 0; i < scores.size(); ++i) {
        const Assessment& assessment = saved->at(qsizetype(i)).assessment;
        scores[i].instrumentId = QStringLiteral("nrs");
        scores[i].assessmentId = assessment.id;
        scores[i].assessmentVersion = assessment.rowVersion;
        scores[i].assessmentUpdatedAt = QStringLiteral("2025-03-03T09:00:00.000Z");
        scores[i].scoredWith = QStringLiteral("digest/1");
        scores[i].scores = i == 0 ? many.join(QLatin1Char(';')) : QStringLiteral("score=4");
    }
    QVERIFY(scores[0].scores.size() > 2500);
    // Kept in one transaction: the short one is, the long one is left to be scored from its answers each time.
    const Status kept = StoredScores::store(*m_db, scores);
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QCOMPARE(keptRows(*m_db), 1);
    QCOMPARE(keptRows(*m_db, QStringLiteral("assessment_id = %1").arg(scores[1].assessmentId)), 1);
}

void TestStoredScores::upgradeFilesKeptScoresByInstrument()
{
    // Scores kept by version 9, before they were filed by instrument, are still taken once it is upgraded.
    const QString location = m_scratch->location(QStringLiteral("version9.db"));
    {
        OpenOptions options;
        options.migrateTo = 9;
        std::unique_ptr<Database> old = openDatabase(location, options);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 9);
        storeSimilarCourse(*old, standardTemplate(*old), QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
        QSqlQuery keep(old->connection());
        QVERIFY2(keep.exec(QStringLiteral("INSERT INTO assessment_scores (assessment_id, assessment_version,"
                                          " assessment_updated_at, scored_with, scores) SELECT id, row_version,"
                                          " updated_at, '%1', 'score=9' FROM assessments")
                               .arg(StoredScores::scoredWith(bundled(QStringLiteral("nrs"))))),
                 qPrintable(keep.lastError().text()));
    }
    std::unique_ptr<Database> upgraded = openDatabase(location);
    QVERIFY(upgraded);
    QCOMPARE(upgraded->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(keptRows(*upgraded, QStringLiteral("instrument_id = 'nrs'")), 2);
    // The value kept on purpose, not the answers' 7 and 4, shows the kept rows were taken.
    const QList<OutcomeCourse> read = readNrs(*upgraded);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].values.size(), 2);
    QCOMPARE(read[0].values[0].value, 9.0);
    QCOMPARE(read[0].values[1].value, 9.0);
}

void TestStoredScores::removedAssessmentTakesItsScores()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    const qint64 patient = storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    QCOMPARE(readNrs(*m_db)[0].values.size(), 2);
    QCOMPARE(keptRows(*m_db), 2);

    AssessmentRepository assessments(*m_db);
    const Result<QList<DatedAssessment>> saved = assessments.forPatient(patient);
    QVERIFY(saved);
    const Assessment last = saved->at(1).assessment;
    QVERIFY(assessments.remove(last.id, last.rowVersion, QStringLiteral("undo")));
    QCOMPARE(keptRows(*m_db), 1);
    QCOMPARE(keptRows(*m_db, QStringLiteral("assessment_id = %1").arg(last.id)), 0);

    // An assessment saved afterwards (on the file it may get the same id) is scored from its own answers.
    Assessment again = last;
    again.id = 0;
    again.rowVersion = 0;
    again.answers = answers(bundled(QStringLiteral("nrs")), QStringLiteral("1"));
    QVERIFY(assessments.save(again));
    const QList<OutcomeCourse> after = readNrs(*m_db);
    QCOMPARE(after[0].values.size(), 2);
    QCOMPARE(after[0].values[1].value, 1.0);
}

void TestStoredScores::readOnlyReaderKeepsNothing()
{
    const CourseTemplate standard = standardTemplate(*m_db);
    storeSimilarCourse(*m_db, standard, QStringLiteral("P000001"), {7, 4}, QDate(2025, 3, 3));
    m_db.reset();

    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    std::unique_ptr<Database> reader = openDatabase(m_scratch->location(), readOnly);
    QVERIFY(reader);
    const QList<OutcomeCourse> read = readNrs(*reader);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].values[1].value, 4.0);
    QCOMPARE(keptRows(*reader), 0);
    const Status refused = OutcomeCourseReader(*reader).keepScores(bundledLibrary());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("read-only")), qPrintable(refused.error().message));
    QCOMPARE(keptRows(*reader), 0);
}

void TestStoredScores::keptScoresGiveTheSameClinic()
{
    DemoOptions demo;
    demo.patients = 40;
    demo.seed = 7;
    demo.today = QDate(2026, 12, 4);
    QVERIFY(DemoClinic::generate(*m_db, demo));
    // Every instrument with measures that are fractions, censored values and summaries of other measures.
    const QList<std::pair<QString, QStringList>> asked{
        {QStringLiteral("odi"), {QStringLiteral("total")}},
        {QStringLiteral("rand36"),
         {QStringLiteral("pf"), QStringLiteral("gh"), QStringLiteral("pcs"), QStringLiteral("mcs")}},
        {QStringLiteral("markers"), {QStringLiteral("crp"), QStringLiteral("hscrp"), QStringLiteral("il6")}},
        {QStringLiteral("qvas"), {QStringLiteral("score")}},
    };
    const auto unkept = [this]() {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM assessments a WHERE NOT EXISTS"
                                       " (SELECT 1 FROM assessment_scores s WHERE s.assessment_id = a.id)")) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    };
    const auto readAll = [this, &asked]() {
        QStringList all;
        for (const auto& [instrument, measures] : asked) {
            const auto read = OutcomeCourseReader(*m_db).read(bundledLibrary(), instrument, measures);
            all << (read ? describe(*read) : read.error().message);
        }
        return all;
    };
    const auto forget = [this]() {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("DELETE FROM assessment_scores"));
    };
    // The demo clinic comes with every assessment's scores kept.
    QCOMPARE(unkept(), 0);
    const QStringList kept = readAll();
    QVERIFY(kept.join(QString()).contains(QLatin1String("pcs")));

    // Without them the same figures come from the answers, to the last bit.
    QVERIFY(forget());
    const QStringList scored = readAll();
    QVERIFY(keptRows(*m_db) > 100);
    QCOMPARE(scored.size(), kept.size());
    for (qsizetype i = 0; i < scored.size(); ++i)
        QCOMPARE(scored[i], kept[i]);

    // keepScores fills every instrument's, the NRS too, which no reader here asked for.
    QVERIFY(forget());
    QVERIFY(OutcomeCourseReader(*m_db).keepScores(bundledLibrary()));
    QCOMPARE(unkept(), 0);
}

QTEST_GUILESS_MAIN(TestStoredScores)
#include "tst_storedscores.moc"
