// The stored form of answers: what goes in comes back, missing stays missing, censored stays censored.
#include "AnswerSet.h"

#include <QTest>

using namespace outcome;

class TestAnswerSet : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void missingIsNotZero();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TestAnswerSet::roundTrip()
{
    AnswerSet answers;
    answers.setValue(QStringLiteral("1"), 3);
    answers.set(QStringLiteral("2"), ItemAnswer{});
    answers.set(QStringLiteral("crp"), ItemAnswer{0.5, QStringLiteral("mg/L"), Censoring::BelowLimit});
    answers.set(QStringLiteral("il6"), ItemAnswer{4.25, QStringLiteral("pg/mL"), Censoring::None});
    answers.setMarkedIncomplete(true);
    const std::optional<AnswerSet> back = AnswerSet::fromJsonText(answers.toJsonText());
    QVERIFY(back.has_value());
    QCOMPARE(*back, answers);
    QCOMPARE(back->find(QStringLiteral("crp"))->censoring, Censoring::BelowLimit);
    QCOMPARE(back->answeredCount(), 3);
    QVERIFY(back->markedIncomplete());
}

void TestAnswerSet::missingIsNotZero()
{
    const std::optional<AnswerSet> answers =
        AnswerSet::fromJsonText(QStringLiteral(R"({"items": {"1": 0, "2": null}})"));
    QVERIFY(answers.has_value());
    QVERIFY(answers->isAnswered(QStringLiteral("1")));
    QCOMPARE(answers->value(QStringLiteral("1")), std::optional<double>(0.0));
    QVERIFY(!answers->isAnswered(QStringLiteral("2")));
    QVERIFY(!answers->isAnswered(QStringLiteral("3")));
}

void TestAnswerSet::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("not json") << QStringLiteral("{items");
    QTest::newRow("no items") << QStringLiteral(R"({"answers": {}})");
    QTest::newRow("text value") << QStringLiteral(R"({"items": {"1": "three"}})");
}

void TestAnswerSet::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!AnswerSet::fromJsonText(text).has_value());
}

QTEST_GUILESS_MAIN(TestAnswerSet)
#include "tst_answerset.moc"
