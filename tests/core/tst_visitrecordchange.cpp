// The writes between two visit records: inserts, updates, removals and the visit row, by instrument.
#include "VisitRecordChange.h"

#include <QTest>

using namespace outcome;

class TestVisitRecordChange : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void carriesStoredIdsAndVersions();
};

namespace {

Assessment assessment(qint64 id, const QString& instrument, double firstAnswer)
{
    Assessment result;
    result.id = id;
    result.visitId = 7;
    result.instrumentId = instrument;
    result.instrumentVersion = QStringLiteral("1");
    result.rowVersion = id > 0 ? 3 : 0;
    result.answers.setValue(QStringLiteral("1"), firstAnswer);
    return result;
}

VisitRecord record(const QList<Assessment>& assessments, VisitStatus status = VisitStatus::Scheduled)
{
    VisitRecord result;
    result.visit.id = 7;
    result.visit.courseId = 2;
    result.visit.rowVersion = 5;
    result.visit.scheduledDate = QDate(2026, 3, 2);
    result.visit.status = status;
    if (status == VisitStatus::Done)
        result.visit.actualDate = QDate(2026, 3, 3);
    result.assessments = assessments;
    return result;
}

} // namespace

void TestVisitRecordChange::between_data()
{
    QTest::addColumn<VisitRecord>("stored");
    QTest::addColumn<VisitRecord>("wanted");
    QTest::addColumn<bool>("visitChanged");
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("updates");
    QTest::addColumn<int>("removals");
    QTest::addColumn<bool>("altersSaved");

    const Assessment odi = assessment(11, QStringLiteral("odi"), 2);
    const Assessment nrs = assessment(12, QStringLiteral("nrs"), 6);
    QTest::newRow("nothing changed") << record({odi}) << record({odi}) << false << 0 << 0 << 0 << false;
    QTest::newRow("first entry marks the visit done")
        << record({}) << record({assessment(0, QStringLiteral("odi"), 2)}, VisitStatus::Done) << true << 1 << 0 << 0
        << false;
    QTest::newRow("edited answers") << record({odi}) << record({assessment(0, QStringLiteral("odi"), 4)}) << false << 0
                                    << 1 << 0 << true;
    QTest::newRow("same answers under another id are not an edit")
        << record({odi}) << record({assessment(0, QStringLiteral("odi"), 2)}) << false << 0 << 0 << 0 << false;
    QTest::newRow("an instrument dropped") << record({odi, nrs}) << record({odi}) << false << 0 << 0 << 1 << true;
    QTest::newRow("undo of a first entry")
        << record({odi}, VisitStatus::Done) << record({}) << true << 0 << 0 << 1 << true;
    QTest::newRow("note only") << record({odi}) << [&] {
        VisitRecord noted = record({odi});
        noted.visit.note = QStringLiteral("felt better");
        return noted;
    }() << true << 0 << 0 << 0 << false;
}

void TestVisitRecordChange::between()
{
    QFETCH(VisitRecord, stored);
    QFETCH(VisitRecord, wanted);
    QFETCH(bool, visitChanged);
    QFETCH(int, inserts);
    QFETCH(int, updates);
    QFETCH(int, removals);
    QFETCH(bool, altersSaved);
    const VisitRecordChange change = VisitRecordChange::between(stored, wanted);
    QCOMPARE(change.visit.has_value(), visitChanged);
    QCOMPARE(std::count_if(change.assessmentsToSave.cbegin(), change.assessmentsToSave.cend(),
                           [](const Assessment& a) { return a.id == 0; }),
             inserts);
    QCOMPARE(std::count_if(change.assessmentsToSave.cbegin(), change.assessmentsToSave.cend(),
                           [](const Assessment& a) { return a.id != 0; }),
             updates);
    QCOMPARE(change.assessmentsToRemove.size(), removals);
    QCOMPARE(change.altersSavedAssessments(), altersSaved);
    QCOMPARE(change.isEmpty(), !visitChanged && inserts + updates + removals == 0);
}

void TestVisitRecordChange::carriesStoredIdsAndVersions()
{
    const VisitRecord stored = record({assessment(11, QStringLiteral("odi"), 2)});
    VisitRecord wanted = record({assessment(0, QStringLiteral("odi"), 5)}, VisitStatus::Done);
    wanted.visit.rowVersion = 1;
    const VisitRecordChange change = VisitRecordChange::between(stored, wanted);
    QVERIFY(change.visit);
    QCOMPARE(change.visit->rowVersion, 5);
    QCOMPARE(change.visit->status, VisitStatus::Done);
    QCOMPARE(change.assessmentsToSave.size(), 1);
    QCOMPARE(change.assessmentsToSave.first().id, 11);
    QCOMPARE(change.assessmentsToSave.first().rowVersion, 3);
    QCOMPARE(change.assessmentsToSave.first().visitId, 7);
    QCOMPARE(change.assessmentsToSave.first().answers.value(QStringLiteral("1")), 5.0);
}

QTEST_APPLESS_MAIN(TestVisitRecordChange)
#include "tst_visitrecordchange.moc"
