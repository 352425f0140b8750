// Register search on a register big enough that a short word matches thousands of patients: the name-order walk
// used for such words must give exactly the page the term lookup gives for selective ones, on an SQLite file and on
// a PostgreSQL server.
#include "DemoClinic.h"
#include "PatientRepository.h"
#include "PatientSearch.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QTest>

#include <map>
#include <optional>

using namespace outcome;
using namespace outcome::test;

// The demo clinic's day, and the day the register is searched on.
const QDate kToday(2026, 6, 15);

class TestPatientSearchPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanupTestCase();
    void broadWordsGiveTheSortedPage_data();
    void broadWordsGiveTheSortedPage();
    void broadAndSelectiveWordsTogether();
    void pagesFollowOneAnother_data();
    void pagesFollowOneAnother();

private:
    QList<qint64> ids(const QString& text, int limit);

    // The big register, made once per engine: the tests only read it.
    std::map<QString, std::unique_ptr<ScratchDatabase>> m_scratches;
    std::map<QString, std::unique_ptr<Database>> m_dbs;
    Database* m_db = nullptr;
};

void TestPatientSearchPaths::initTestCase_data()
{
    addEngineRows();
}

void TestPatientSearchPaths::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (!m_dbs.count(engine)) {
        std::unique_ptr<ScratchDatabase>& scratch = m_scratches[engine];
        scratch = std::make_unique<ScratchDatabase>(engine);
        OT_REQUIRE_ENGINE(*scratch);
        std::unique_ptr<Database> db = openDatabase(scratch->location(QStringLiteral("big.db")));
        QVERIFY(db);
        DemoOptions options;
        options.patients = 2500;
        options.seed = 7;
        options.today = kToday;
        QVERIFY(DemoClinic::generate(*db, options).ok());
        m_dbs[engine] = std::move(db);
    }
    m_db = m_dbs.at(engine).get();
}

void TestPatientSearchPaths::cleanupTestCase()
{
    m_db = nullptr;
    m_dbs.clear();
    m_scratches.clear();
}

QList<qint64> TestPatientSearchPaths::ids(const QString& text, int limit)
{
    Result<QList<PatientListEntry>> found = PatientRepository(*m_db).search(text, true, limit, kToday);
    QList<qint64> result;
    for (const PatientListEntry& entry : *found)
        result.append(entry.patient.id);
    return result;
}

void TestPatientSearchPaths::broadWordsGiveTheSortedPage_data()
{
    QTest::addColumn<QString>("word");
    // Most demo patients were born in the 1900s; every chart number starts C00.
    QTest::newRow("year digit") << "1";
    QTest::newRow("chart prefix") << "c00";
}

void TestPatientSearchPaths::broadWordsGiveTheSortedPage()
{
    QFETCH(QString, word);
    Result<QList<PatientListEntry>> everyone = PatientRepository(*m_db).search(QString(), true, 10000, kToday);
    QCOMPARE(everyone->size(), 2500);
    // The expected page, worked out from each patient's search terms in name order.
    QList<qint64> matching;
    for (const PatientListEntry& entry : *everyone) {
        const QStringList terms = PatientSearch::termsFor(entry.patient);
        if (std::any_of(terms.cbegin(), terms.cend(), [&word](const QString& term) { return term.startsWith(word); }))
            matching.append(entry.patient.id);
    }
    QVERIFY(matching.size() > 2000);
    QCOMPARE(ids(word, 200), matching.mid(0, 200));
}

void TestPatientSearchPaths::broadAndSelectiveWordsTogether()
{
    // A selective word narrows a broad one: the result is the selective word's matches, in name order.
    const QList<qint64> selective = ids(QStringLiteral("c0001"), 10000);
    QVERIFY(!selective.isEmpty() && selective.size() < 2000);
    QCOMPARE(ids(QStringLiteral("c0001 1"), 10000), selective);
    Result<QList<PatientListEntry>> found =
        PatientRepository(*m_db).search(QStringLiteral("c0001"), true, 10000, kToday);
    for (const PatientListEntry& entry : *found)
        QVERIFY(entry.patient.chartNumber.startsWith(QLatin1String("C0001")));
}

void TestPatientSearchPaths::pagesFollowOneAnother_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("everyone") << QString();
    QTest::newRow("broad word, walked in name order") << QStringLiteral("1");
    QTest::newRow("selective word, from the terms' index") << QStringLiteral("m");
    QTest::newRow("two words") << QStringLiteral("m 19");
}

void TestPatientSearchPaths::pagesFollowOneAnother()
{
    // Page after page, as the register reads them while it scrolls: together exactly the whole list, and the count
    // the register shows.
    QFETCH(QString, text);
    PatientRepository patients(*m_db);
    const QList<qint64> whole = ids(text, 10000);
    QVERIFY(whole.size() > 150);
    QList<qint64> paged;
    std::optional<Patient> last;
    for (int page = 0; page < 100; ++page) {
        Result<QList<PatientListEntry>> found = patients.search(text, true, 60, kToday, last ? &*last : nullptr);
        QVERIFY(found.ok());
        if (found->isEmpty())
            break;
        QVERIFY(found->size() <= 60);
        for (const PatientListEntry& entry : *found)
            paged.append(entry.patient.id);
        last = found->constLast().patient;
    }
    QCOMPARE(paged, whole);
    QCOMPARE(*patients.countMatches(text, true, 1000000), int(whole.size()));
    QCOMPARE(*patients.countMatches(text, true, 100), 100);
}

QTEST_GUILESS_MAIN(TestPatientSearchPaths)
#include "tst_patientsearchpaths.moc"
