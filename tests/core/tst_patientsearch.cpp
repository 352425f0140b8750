// Folding and search terms for the patient register.
#include "PatientSearch.h"

#include <QTest>

using namespace outcome;

class TestPatientSearch : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void termsForPatient();
    void queryTerms_data();
    void queryTerms();
};

void TestPatientSearch::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << QStringLiteral("SMITH") << QStringLiteral("smith");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("acute") << QStringLiteral("José") << QStringLiteral("jose");
    QTest::newRow("sharp s") << QStringLiteral("Strauß") << QStringLiteral("strauss");
    QTest::newRow("stroke") << QStringLiteral("Łukasz Søren") << QStringLiteral("lukasz soren");
    QTest::newRow("cedilla") << QStringLiteral("François") << QStringLiteral("francois");
}

void TestPatientSearch::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(PatientSearch::fold(text), folded);
}

void TestPatientSearch::termsForPatient()
{
    Patient patient;
    patient.familyName = QStringLiteral("O'Brien-Müller");
    patient.givenName = QStringLiteral("Zoë Anne");
    patient.chartNumber = QStringLiteral("C000123");
    patient.birthDate = QDate(1970, 5, 31);
    const QStringList terms = PatientSearch::termsFor(patient);
    for (const char* expected :
         {"o'brien-muller", "o", "brien", "muller", "obrienmuller", "zoe", "anne", "c000123", "123", "1970-05-31"})
        QVERIFY2(terms.contains(QString::fromUtf8(expected)), expected);
}

void TestPatientSearch::queryTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("two words any order") << QStringLiteral("  Zoë   MUL ")
                                         << QStringList{QStringLiteral("zoe"), QStringLiteral("mul")};
    QTest::newRow("day-first date") << QStringLiteral("31.05.1970") << QStringList{QStringLiteral("1970-05-31")};
    QTest::newRow("slash date") << QStringLiteral("1/2/1980") << QStringList{QStringLiteral("1980-02-01")};
    QTest::newRow("impossible date stays text")
        << QStringLiteral("31.02.1980") << QStringList{QStringLiteral("31.02.1980")};
    QTest::newRow("year") << QStringLiteral("1970") << QStringList{QStringLiteral("1970")};
}

void TestPatientSearch::queryTerms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, terms);
    QCOMPARE(PatientSearch::queryTerms(query), terms);
}

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
