// The bundled definitions as the rest of the program relies on them, and a clinic folder with good and broken files.
#include "InstrumentLibrary.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace outcome;

namespace {

const QString kOwnSystem = QStringLiteral("https://outcometracker.org/fhir/CodeSystem/instrument");
const QString kLoinc = QStringLiteral("http://loinc.org");

QStringList numbered(int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids.append(QString::number(i));
    return ids;
}

QStringList split(const char* ids)
{
    return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestInstrumentLibrary : public QObject
{
    Q_OBJECT

private slots:
    void bundledDefinitions_data();
    void bundledDefinitions();
    void bundledAsResources();
    void codesForExchange();
    void meaningfulChange_data();
    void meaningfulChange();
    void qvasFlagsImplausibleAnswers_data();
    void qvasFlagsImplausibleAnswers();
    void clinicFolder();
    void missingFolder();

private:
    InstrumentLibrary m_bundled = InstrumentLibrary::load();
};

void TestInstrumentLibrary::bundledDefinitions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("measures"); // reported, in order
    QTest::addColumn<Direction>("direction");  // of the first measure
    QTest::newRow("nrs") << QStringLiteral("nrs") << QStringLiteral("1") << split("pain") << split("score")
                         << Direction::HigherIsWorse;
    QTest::newRow("qvas") << QStringLiteral("qvas") << QStringLiteral("1") << split("now typical worst best")
                          << split("score") << Direction::HigherIsWorse;
    QTest::newRow("odi") << QStringLiteral("odi") << QStringLiteral("2.1a") << numbered(10) << split("total")
                         << Direction::HigherIsWorse;
    QTest::newRow("rmdq") << QStringLiteral("rmdq") << QStringLiteral("24-item") << numbered(24) << split("total")
                          << Direction::HigherIsWorse;
    QTest::newRow("rand36") << QStringLiteral("rand36") << QStringLiteral("1.0") << numbered(36)
                            << split("pf rp re ef ewb sf pain gh health_change pcs mcs") << Direction::HigherIsBetter;
    QTest::newRow("markers") << QStringLiteral("markers") << QStringLiteral("1")
                             << split("crp hscrp tnfa il1b il6 il10") << split("crp hscrp tnfa il1b il6 il10")
                             << Direction::HigherIsWorse;
}

void TestInstrumentLibrary::bundledDefinitions()
{
    QFETCH(QString, id);
    QFETCH(QString, version);
    QFETCH(QStringList, items);
    QFETCH(QStringList, measures);
    QFETCH(Direction, direction);
    QVERIFY2(m_bundled.problems().isEmpty(), qPrintable(m_bundled.problems().value(0).message));
    const InstrumentDefinition* definition = m_bundled.find(id);
    QVERIFY(definition);
    QCOMPARE(definition->version, version);
    QCOMPARE(definition->origin, DefinitionOrigin::Bundled);
    QVERIFY(!definition->missingRule.isEmpty());
    QVERIFY(!definition->instructions.isEmpty()); // printed forms and self-entry open with them
    QStringList itemIds;
    for (const ItemDefinition& item : definition->items()) {
        itemIds.append(item.id);
        QCOMPARE(item.number, itemIds.size()); // listed in form order, numbered from 1
        QVERIFY(!item.label.isEmpty());
    }
    QCOMPARE(itemIds, items);
    QStringList measureIds;
    for (const MeasureDefinition* measure : definition->reportedMeasures())
        measureIds.append(measure->id);
    QCOMPARE(measureIds, measures);
    QCOMPARE(definition->reportedMeasures().first()->direction, direction);
}

void TestInstrumentLibrary::qvasFlagsImplausibleAnswers_data()
{
    QTest::addColumn<QList<double>>("answers"); // now, typical, worst, best; -1 leaves an item blank
    QTest::addColumn<QStringList>("flagged");   // the messages' first words
    QTest::newRow("plausible") << QList<double>{5, 4, 8, 2} << QStringList{};
    QTest::newRow("equal is plausible") << QList<double>{5, 5, 5, 5} << QStringList{};
    QTest::newRow("worst below now") << QList<double>{7, 4, 5, 2} << QStringList{QStringLiteral("Pain now")};
    QTest::newRow("worst below typical and now")
        << QList<double>{6, 6, 5.5, 1} << QStringList{QStringLiteral("Pain now"), QStringLiteral("Typical pain")};
    QTest::newRow("best above worst") << QList<double>{8, 8, 9, 9.5}
                                      << QStringList{QStringLiteral("Pain at its best is above pain at its worst"),
                                                     QStringLiteral("Pain at its best is above typical"),
                                                     QStringLiteral("Pain at its best is above pain now")};
    QTest::newRow("best above now only") << QList<double>{3, 5, 8, 4}
                                         << QStringList{QStringLiteral("Pain at its best is above pain now")};
    QTest::newRow("worst blank") << QList<double>{7, 4, -1, 2} << QStringList{};
}

void TestInstrumentLibrary::qvasFlagsImplausibleAnswers()
{
    QFETCH(QList<double>, answers);
    QFETCH(QStringList, flagged);
    const InstrumentDefinition* qvas = m_bundled.find(QStringLiteral("qvas"));
    QVERIFY(qvas);
    AnswerSet set;
    for (int i = 0; i < answers.size(); ++i) {
        if (answers[i] >= 0)
            set.setValue(qvas->items()[i].id, answers[i]);
    }
    const QList<AnswerCheck> broken = qvas->brokenChecks(set);
    QCOMPARE(broken.size(), flagged.size());
    for (int i = 0; i < flagged.size(); ++i)
        QVERIFY2(broken[i].message.startsWith(flagged[i]), qPrintable(broken[i].message));
}

void TestInstrumentLibrary::bundledAsResources()
{
    for (const char* id : {"nrs", "qvas", "odi", "rmdq", "rand36", "markers"})
        QVERIFY2(QFile::exists(QStringLiteral(":/instruments/%1.json").arg(QLatin1String(id))), id);
    QStringList ids;
    for (const InstrumentDefinition* definition : m_bundled.definitions())
        ids.append(definition->id);
    QCOMPARE(ids, split("markers nrs odi qvas rand36 rmdq"));

    const InstrumentDefinition* rand36 = m_bundled.find(QStringLiteral("rand36"));
    for (const char* scale : {"pf", "rp", "re", "ef", "ewb", "sf", "pain", "gh"})
        QCOMPARE(rand36->measure(QLatin1String(scale))->group, QStringLiteral("scales"));
    QCOMPARE(rand36->measure(QStringLiteral("pcs"))->note, QStringLiteral("norm-based (US 1990)"));
    QVERIFY(rand36->measure(QStringLiteral("pain_sf36"))->internal);
    QVERIFY(rand36->measure(QStringLiteral("gh_sf36"))->internal);
}

void TestInstrumentLibrary::codesForExchange()
{
    // LOINC only where clinical.md lists a verified code; everything reported has a code of our own system.
    QSet<QString> loinc;
    for (const InstrumentDefinition* definition : m_bundled.definitions()) {
        for (const MeasureDefinition* measure : definition->reportedMeasures()) {
            const QString path = definition->id + QLatin1Char('/') + measure->id;
            bool own = false;
            for (const Coding& coding : measure->codes) {
                if (coding.system == kLoinc) {
                    loinc.insert(path + QLatin1Char('=') + coding.code);
                    QVERIFY2(!coding.display.isEmpty(), qPrintable(path)); // every LOINC coding carries its display
                } else if (coding.system == kOwnSystem && coding.code == path)
                    own = true;
                else
                    QFAIL(qPrintable(
                        QStringLiteral("unexpected code %1 %2 on %3").arg(coding.system, coding.code, path)));
            }
            QVERIFY2(own, qPrintable(path));
        }
    }
    const QSet<QString> verified{QStringLiteral("nrs/score=72514-3"),     QStringLiteral("markers/crp=1988-5"),
                                 QStringLiteral("markers/hscrp=30522-7"), QStringLiteral("markers/il6=26881-3"),
                                 QStringLiteral("odi/total=97909-6"),     QStringLiteral("markers/tnfa=3074-2"),
                                 QStringLiteral("markers/il10=26848-2")};
    QCOMPARE(loinc, verified);
}

void TestInstrumentLibrary::meaningfulChange_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("points"); // 0: none
    QTest::addColumn<double>("percent");
    QTest::addColumn<ChangeUnit>("headline");
    const auto row = [](const char* instrument, const char* measure, bool defined, double points, double percent,
                        ChangeUnit headline) {
        QTest::addRow("%s %s", instrument, measure) << QString::fromLatin1(instrument) << QString::fromLatin1(measure)
                                                    << defined << points << percent << headline;
    };
    row("odi", "total", true, 10, 30, ChangeUnit::Points);
    row("nrs", "score", true, 2, 30, ChangeUnit::Points);
    row("qvas", "score", true, 0, 30, ChangeUnit::Percent);
    row("rmdq", "total", true, 5, 30, ChangeUnit::Points);
    for (const char* scale : {"pf", "rp", "re", "ef", "ewb", "sf", "pain", "gh", "pcs", "mcs"})
        row("rand36", scale, false, 0, 0, ChangeUnit::Points);
    row("markers", "crp", false, 0, 0, ChangeUnit::Points);
}

void TestInstrumentLibrary::meaningfulChange()
{
    QFETCH(QString, instrument);
    QFETCH(QString, measure);
    QFETCH(bool, defined);
    QFETCH(double, points);
    QFETCH(double, percent);
    QFETCH(ChangeUnit, headline);
    const std::optional<MeaningfulChange>& change = m_bundled.find(instrument)->measure(measure)->meaningfulChange;
    QCOMPARE(change.has_value(), defined);
    if (!defined)
        return;
    QCOMPARE(change->points.value_or(0), points);
    QCOMPARE(change->percent.value_or(0), percent);
    QCOMPARE(change->headline, headline);
}

void TestInstrumentLibrary::clinicFolder()
{
    const InstrumentLibrary library = InstrumentLibrary::load(QStringLiteral(OT_TEST_DATA_DIR "/instruments"));

    // Every broken file is reported once, by name; the good ones load beside them.
    QStringList reported;
    for (const Error& problem : library.problems())
        reported.append(problem.message.section(QLatin1Char(':'), 0, 0));
    QCOMPARE(reported, split("broken-missing-field.json broken-missing-item.json broken-syntax.json "
                             "broken-unknown-field.json broken-unknown-kind.json broken-wrong-type.json "
                             "nrs-same-version.json nrs-second.json"));
    QCOMPARE(library.problems()[6].message,
             QStringLiteral("nrs-same-version.json: version: \"1\" is the version of the bundled nrs; a clinic "
                            "definition that replaces it needs a version of its own"));
    QCOMPARE(library.problems()[7].message,
             QStringLiteral("nrs-second.json: id: \"nrs\" is already defined by nrs-24h.json; keep one clinic file "
                            "per instrument"));

    const InstrumentDefinition* legPain = library.find(QStringLiteral("legpain"));
    QVERIFY(legPain);
    QCOMPARE(legPain->origin, DefinitionOrigin::Clinic);
    QVERIFY(legPain->filePath.endsWith(QStringLiteral("/legpain.json")));
    QVERIFY(library.find(QStringLiteral("scale")));

    // The clinic's NRS replaces the bundled one for new entries; the bundled version stays for stored scores.
    QCOMPARE(library.find(QStringLiteral("nrs"))->version, QStringLiteral("1-24h"));
    QCOMPARE(library.find(QStringLiteral("nrs"))->origin, DefinitionOrigin::Clinic);
    QCOMPARE(library.find(QStringLiteral("nrs"), QStringLiteral("1"))->origin, DefinitionOrigin::Bundled);
    QVERIFY(!library.find(QStringLiteral("nrs"), QStringLiteral("2-24h")));

    QStringList active;
    for (const InstrumentDefinition* definition : library.definitions())
        active.append(definition->id + QLatin1Char(' ') + definition->version);
    QCOMPARE(active,
             QStringList({QStringLiteral("legpain clinic-1"), QStringLiteral("markers 1"), QStringLiteral("nrs 1-24h"),
                          QStringLiteral("odi 2.1a"), QStringLiteral("qvas 1"), QStringLiteral("rand36 1.0"),
                          QStringLiteral("rmdq 24-item"), QStringLiteral("scale 1")}));

    // The listing for `outcome-tracker-cli instruments` shows both NRS definitions and which one is in use.
    QStringList listing;
    for (const InstrumentSummary& summary : library.summaries()) {
        listing.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(summary.id, summary.version)
                           .arg(summary.itemCount)
                           .arg(codeOf(kDefinitionOriginCodes, summary.origin),
                                summary.active ? QStringLiteral("active") : QStringLiteral("replaced")));
    }
    QCOMPARE(
        listing,
        QStringList({QStringLiteral("legpain clinic-1 1 clinic active"), QStringLiteral("markers 1 6 bundled active"),
                     QStringLiteral("nrs 1 1 bundled replaced"), QStringLiteral("nrs 1-24h 1 clinic active"),
                     QStringLiteral("odi 2.1a 10 bundled active"), QStringLiteral("qvas 1 4 bundled active"),
                     QStringLiteral("rand36 1.0 36 bundled active"), QStringLiteral("rmdq 24-item 24 bundled active"),
                     QStringLiteral("scale 1 3 clinic active")}));
    QCOMPARE(library.summaries().first().name, QStringLiteral("Leg pain numeric rating scale"));
}

void TestInstrumentLibrary::missingFolder()
{
    const InstrumentLibrary library = InstrumentLibrary::load(QStringLiteral(OT_TEST_DATA_DIR "/no-such-folder"));
    QVERIFY(library.problems().isEmpty());
    QCOMPARE(library.definitions().size(), 6);
}

QTEST_GUILESS_MAIN(TestInstrumentLibrary)
#include "tst_instrumentlibrary.moc"
