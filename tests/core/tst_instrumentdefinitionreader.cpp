// Definition files that are broken in each way a clinic's file can be: every message names file, field and problem.
#include "InstrumentDefinitionReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace outcome;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(OT_TEST_DATA_DIR "/instruments/") + name;
}

QJsonValue patched(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = patched(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[key] = patched(object.value(key), path, value);
    return object;
}

// scale.json, a small valid definition, patched: "measures/0/scoring/max_missing=3" puts the JSON value 3 there.
QByteArray withPatches(const QStringList& patches)
{
    QFile file(fixture(QStringLiteral("scale.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("scale.json is missing");
    QJsonValue document = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString& patch : patches) {
        const qsizetype equals = patch.indexOf(QLatin1Char('='));
        const QJsonValue value =
            QJsonDocument::fromJson(QByteArray("[") + patch.mid(equals + 1).toUtf8() + QByteArray("]")).array().at(0);
        document = patched(document, patch.left(equals).split(QLatin1Char('/')), value);
    }
    return QJsonDocument(document.toObject()).toJson();
}

} // namespace

class TestInstrumentDefinitionReader : public QObject
{
    Q_OBJECT

private slots:
    void validDefinition();
    void brokenFiles_data();
    void brokenFiles();
    void syntaxError();
    void notAnObject();
    void unreadableFile();
    void problems_data();
    void problems();
    void checksFlagPairsOfAnswers();
    void translationsReplaceWhatThePatientReads();
};

void TestInstrumentDefinitionReader::validDefinition()
{
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::read(withPatches({}), QStringLiteral("inline.json"), DefinitionOrigin::Clinic);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->id, QStringLiteral("scale"));
    QCOMPARE(read->origin, DefinitionOrigin::Clinic);
    QCOMPARE(read->items().size(), 3);
    QCOMPARE(read->itemNoun(1), QStringLiteral("item"));
    QCOMPARE(read->itemNoun(3), QStringLiteral("items"));
    QCOMPARE(read->measures.first().scoring.kind, ScoringKind::Sum);
    QCOMPARE(read->measures.first().scoring.maxMissing, 1);
    QCOMPARE(read->items()[2].allowedAnswers(), QStringLiteral("0-4"));
}

void TestInstrumentDefinitionReader::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing field") << QStringLiteral("broken-missing-field.json")
                                   << QStringLiteral("broken-missing-field.json: version: required field is missing");
    QTest::newRow("wrong type") << QStringLiteral("broken-wrong-type.json")
                                << QStringLiteral("broken-wrong-type.json: items[0].number: expected a number, found "
                                                  "a string");
    QTest::newRow("unknown scoring kind")
        << QStringLiteral("broken-unknown-kind.json")
        << QStringLiteral("broken-unknown-kind.json: measures[0].scoring.kind: unknown value \"median\"; expected one "
                          "of: single, sum, mean, percent_of_max, recode_mean, sf36_rescore, norm_based_summary, "
                          "lab_value");
    QTest::newRow("scale names a missing item")
        << QStringLiteral("broken-missing-item.json")
        << QStringLiteral("broken-missing-item.json: measures[0].scoring.items[3]: item \"4\" does not exist in this "
                          "definition");
    QTest::newRow("misspelt field") << QStringLiteral("broken-unknown-field.json")
                                    << QStringLiteral("broken-unknown-field.json: measures[0].scoring.max_mising: "
                                                      "unknown field (the definition format has no such field)");
}

void TestInstrumentDefinitionReader::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::readFile(fixture(file), DefinitionOrigin::Clinic);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Invalid);
    QCOMPARE(read.error().message, message);
}

void TestInstrumentDefinitionReader::syntaxError()
{
    // Line 4 of the file lacks its comma; the parser notices inside the key that opens line 5.
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::readFile(fixture(QStringLiteral("broken-syntax.json")), DefinitionOrigin::Clinic);
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("broken-syntax.json: line 5, column 4: not valid JSON: ")),
             qPrintable(message));
}

void TestInstrumentDefinitionReader::notAnObject()
{
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::read("[1, 2]", QStringLiteral("list.json"), DefinitionOrigin::Clinic);
    QCOMPARE(read.error().message,
             QStringLiteral("list.json: (whole file): expected an object with the instrument's fields"));
}

void TestInstrumentDefinitionReader::unreadableFile()
{
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::readFile(fixture(QStringLiteral("no-such-file.json")), DefinitionOrigin::Clinic);
    QCOMPARE(read.error().kind, ErrorKind::Io);
    QVERIFY(read.error().message.startsWith(QStringLiteral("no-such-file.json: cannot be read: ")));
}

void TestInstrumentDefinitionReader::problems_data()
{
    QTest::addColumn<QStringList>("patches");
    QTest::addColumn<QString>("problem"); // after "inline.json: "
    const auto row = [](const char* name, std::initializer_list<const char*> patches, const char* problem) {
        QStringList list;
        for (const char* patch : patches)
            list.append(QString::fromUtf8(patch));
        QTest::newRow(name) << list << QString::fromUtf8(problem);
    };
    row("newer format", {"format=2"}, "format: format 2 is not supported; this program reads format 1");
    row("id not lowercase", {"id=\"Scale\""}, "id: \"Scale\" must be lowercase letters, digits and _");
    row("empty name", {"name=\" \""}, "name: must not be empty");
    row("items out of order", {"items/1/number=1"}, "items[1].number: items are listed in number order; 1 follows 1");
    row("duplicate item id", {"items/1/id=\"1\""}, "items[1].id: item id \"1\" appears twice");
    row("unknown input kind", {"items/0/input=\"slider\""},
        "items[0].input: unknown value \"slider\"; expected one of: options, yes_no, integer, decimal, lab_value");
    row("max below min", {"items/0/max=-1"}, "items[0].max: must be more than min (0)");
    row("decimals on an integer", {"items/0/decimals=1"}, "items[0].decimals: only a decimal item has decimals");
    row("unit on an integer", {"items/0/unit=\"mg/L\""},
        "items[0].unit: unknown field (the definition format has no such field)");
    row("yes_no codes",
        {R"(items/0={"id":"1","number":1,"label":"First","input":"yes_no","options":[{"code":1,"label":"Yes"},{"code":2,"label":"No"}]})"},
        "items[0].options: a yes_no item has exactly the codes 0 and 1");
    row("duplicate option code",
        {R"(items/0={"id":"1","number":1,"label":"First","input":"options","options":[{"code":0,"label":"A"},{"code":0,"label":"B"}]})"},
        "items[0].options[1].code: code 0 appears twice");
    row("unknown option set", {R"(items/0={"id":"1","number":1,"label":"First","input":"options","options":"agree"})"},
        "items[0].options: no option set named \"agree\" in option_sets");
    row("recode table missing", {"items/0/recode=\"t\""}, "items[0].recode: no table named \"t\" in tables");
    row("too many missing allowed", {"measures/0/scoring/max_missing=3"},
        "measures[0].scoring.max_missing: must be from 0 to 2 (at least one item must be answered)");
    row("bands not rising",
        {R"(measures/0/bands=[{"id":"low","label":"Low","up_to":6},{"id":"mid","label":"Mid","up_to":4},{"id":"top","label":"Top"}])"},
        "measures[0].bands[1]: upper limit must be above the previous band's");
    row("last band bounded",
        {R"(measures/0/bands=[{"id":"low","label":"Low","up_to":6},{"id":"high","label":"High","up_to":12}])"},
        "measures[0].bands[1]: the last band is open upwards: it has neither up_to nor below");
    row("band with both limits",
        {R"(measures/0/bands=[{"id":"low","label":"Low","up_to":6,"below":6},{"id":"high","label":"High"}])"},
        "measures[0].bands[0].below: give either up_to or below, not both");
    row("headline threshold missing", {R"(measures/0/meaningful_change={"points":2,"headline":"percent"})"},
        "measures[0].meaningful_change.headline: the headline threshold (percent) is not given");
    row("neutral measure with threshold",
        {"measures/0/direction=\"neutral\"", R"(measures/0/meaningful_change={"points":2,"headline":"points"})"},
        "measures[0].meaningful_change: a measure whose direction is neutral cannot improve or worsen");
    row("reliability of 1", {R"(measures/0/reliability={"sd":2,"test_retest":1})"},
        "measures[0].reliability.test_retest: must be from 0 up to (not including) 1");
    row("reference range upside down", {R"(measures/0/reference_range={"from":5,"below":5})"},
        "measures[0].reference_range: the upper limit must be above the lower limit");
    row("reported measure without code", {"measures/0/codes=null"}, "measures[0].codes: required field is missing");
    row("recode_mean without recode", {R"(measures/0/scoring={"kind":"recode_mean","items":["1","2","3"]})"},
        "measures[0].scoring.items[0]: item \"1\" has no recode table");
    row("table misses an answer",
        {R"(tables={"t":{"0":0,"1":25,"2":50,"3":75}})", "items/0/recode=\"t\"",
         R"(measures/0/scoring={"kind":"recode_mean","items":["1"]})"},
        "measures[0].scoring.items[0]: table \"t\" has no value for answer 4 of item \"1\"");
    row("table key not a code", {R"(tables={"t":{"one":0}})"},
        "tables.t.one: a table's keys are whole-number answer codes");
    row("lab_value of an integer item", {R"(measures/0/scoring={"kind":"lab_value","items":["1"]})"},
        "measures[0].scoring.items[0]: lab_value items are scored by lab_value, and only they are");
    row("single with two items", {R"(measures/0/scoring={"kind":"single","items":["1","2"]})"},
        "measures[0].scoring.items: single scores exactly one item");
    row("percent_of_max from 1", {"items/0/min=1", R"(measures/0/scoring={"kind":"percent_of_max","items":["1","2"]})"},
        "measures[0].scoring.items[0]: percent_of_max needs items whose lowest answer is 0");
    row("multiplier on a sum", {"measures/0/scoring/multiplier=10"},
        "measures[0].scoring.multiplier: unknown field (the definition format has no such field)");
    row("summary reads a later measure",
        {R"(measures/0/scoring={"kind":"norm_based_summary","components":[{"measure":"later","mean":50,"sd":10,"weight":1}]})"},
        "measures[0].scoring.components[0].measure: measure \"later\" is not defined before this one");
    row("check of an unknown item", {R"(checks=[{"item":"9","at_most":"1","message":"m"}])"},
        "checks[0].item: item \"9\" does not exist in this definition");
    row("check against itself", {R"(checks=[{"item":"1","at_most":"1","message":"m"}])"},
        "checks[0].at_most: compares item \"1\" with itself");
    row("check without a message", {R"(checks=[{"item":"1","at_most":"2"}])"},
        "checks[0].message: required field is missing");
    row("check of lab values",
        {R"(items/1={"id":"2","number":2,"label":"Second","input":"lab_value","unit":"mg/L"})",
         R"(checks=[{"item":"1","at_most":"2","message":"m"}])"},
        "checks[0].at_most: a lab_value item cannot be compared");
    row("plausible range without its upper end",
        {R"(items/1={"id":"2","number":2,"label":"Second","input":"lab_value","unit":"mg/L","plausible":{"min":0}})"},
        "items[1].plausible.max: required field is missing");
    row("plausible range upside down",
        {R"(items/1={"id":"2","number":2,"label":"Second","input":"lab_value","unit":"mg/L","plausible":{"min":5,"max":1}})"},
        "items[1].plausible.max: must be more than min (5)");
    row("plausible range misspelt",
        {R"(items/1={"id":"2","number":2,"label":"Second","input":"lab_value","unit":"mg/L","plausible":{"max":9,"mx":1}})"},
        "items[1].plausible.mx: unknown field (the definition format has no such field)");
    row("plausible range of an integer item", {R"(items/0/plausible={"max":9})"},
        "items[0].plausible: unknown field (the definition format has no such field)");
    row("check with a misspelt field", {R"(checks=[{"item":"1","at_mots":"2","message":"m"}])"},
        "checks[0].at_mots: unknown field (the definition format has no such field)");
    row("precode ends with a condition",
        {R"(tables={"t":{"0":1,"1":2,"2":3,"3":4,"4":5}})",
         R"(measures/0/scoring={"kind":"sf36_rescore","items":["1","2"],"max_missing":1,"raw_min":2,"raw_max":10,"precode":{"1":[{"table":"t"}],"2":[{"table":"t","when":{"item":"1","equals":0}}]}})"},
        "measures[0].scoring.precode.2[0]: the last choice must have no condition, so that every answer gets a table");
    row("precode condition on a missing item",
        {R"(tables={"t":{"0":1,"1":2,"2":3,"3":4,"4":5}})",
         R"(measures/0/scoring={"kind":"sf36_rescore","items":["1"],"raw_min":1,"raw_max":5,"precode":{"1":[{"table":"t","when":{"item":"9","answered":false}},{"table":"t"}]}})"},
        "measures[0].scoring.precode.1[0].when.item: item \"9\" does not exist in this definition");
    row("translation into English", {R"(translations={"en":{"name":"Scale"}})"},
        "translations.en: English is the definition's own text and needs no translation");
    row("translation with a language name", {R"(translations={"German":{"name":"Skala"}})"},
        "translations.German: \"German\" is not a language code; use two or three lowercase letters such as de, fr "
        "or es");
    row("translation of a missing item", {R"(translations={"de":{"items":{"9":{"label":"Neun"}}}})"},
        "translations.de.items.9: item \"9\" does not exist in this definition");
    row("translated item without a label", {R"(translations={"de":{"items":{"1":{"text":"Erstens"}}}})"},
        "translations.de.items.1.label: required field is missing");
    row("translated option of an integer item",
        {R"(translations={"de":{"items":{"1":{"label":"Erstes","options":{}}}}})"},
        "translations.de.items.1.options: unknown field (the definition format has no such field)");
    row("translated option that does not exist",
        {R"(items/0={"id":"1","number":1,"label":"First","input":"options","options":[{"code":0,"label":"No"},{"code":1,"label":"Yes"}]})",
         R"(translations={"de":{"items":{"1":{"label":"Erstes","options":{"2":{"label":"Vielleicht"}}}}}})"},
        "translations.de.items.1.options.2: item \"1\" has no answer with code 2");
    row("misspelt translated field", {R"(translations={"de":{"instructoins":"Bitte"}})"},
        "translations.de.instructoins: unknown field (the definition format has no such field)");
}

void TestInstrumentDefinitionReader::problems()
{
    QFETCH(QStringList, patches);
    QFETCH(QString, problem);
    const Result<InstrumentDefinition> read =
        InstrumentDefinitionReader::read(withPatches(patches), QStringLiteral("inline.json"), DefinitionOrigin::Clinic);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, QStringLiteral("inline.json: ") + problem);
}

void TestInstrumentDefinitionReader::checksFlagPairsOfAnswers()
{
    const Result<InstrumentDefinition> read = InstrumentDefinitionReader::read(
        withPatches({R"(checks=[{"item":"1","at_most":"3","message":"First above third."}])"}),
        QStringLiteral("inline.json"), DefinitionOrigin::Clinic);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->checks.size(), 1);
    QCOMPARE(read->checks.first().message, QStringLiteral("First above third."));
    AnswerSet answers;
    answers.setValue(QStringLiteral("1"), 3);
    // With the other item unanswered there is nothing to compare.
    QVERIFY(read->brokenChecks(answers).isEmpty());
    answers.setValue(QStringLiteral("3"), 3);
    QVERIFY(read->brokenChecks(answers).isEmpty());
    answers.setValue(QStringLiteral("3"), 2);
    QCOMPARE(read->brokenChecks(answers), read->checks);
    // A definition without checks has none.
    QVERIFY(InstrumentDefinitionReader::read(withPatches({}), QStringLiteral("inline.json"), DefinitionOrigin::Clinic)
                ->checks.isEmpty());
}

void TestInstrumentDefinitionReader::translationsReplaceWhatThePatientReads()
{
    const Result<InstrumentDefinition> read = InstrumentDefinitionReader::read(
        withPatches(
            {R"(instructions="Answer every item.")", R"(recall="today")",
             R"(items/0={"id":"1","number":1,"label":"First","text":"The licensed first question","input":"options","options":[{"code":0,"label":"No","text":"Not at all"},{"code":1,"label":"Yes"}]})",
             R"(translations={"fr":{"name":"Echelle","items":{"2":{"label":"Deuxième"}}},"de":{"instructions":"Bitte alles beantworten.","items":{"1":{"label":"Erstes","options":{"0":{"label":"Nein"}}},"3":{"label":"Drittes","min_label":"nie"}}}})"}),
        QStringLiteral("inline.json"), DefinitionOrigin::Clinic);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->languages(), (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));

    const InstrumentDefinition german = read->inLanguage(QStringLiteral("de"));
    QCOMPARE(german.instructions, QStringLiteral("Bitte alles beantworten."));
    // What the translation leaves out stays in the definition's own words.
    QCOMPARE(german.name, read->name);
    QCOMPARE(german.recall, QStringLiteral("today"));
    // A translated item and option are read in the translation only, never beside the licensed English wording.
    QCOMPARE(german.item(QStringLiteral("1"))->label, QStringLiteral("Erstes"));
    QVERIFY(german.item(QStringLiteral("1"))->text.isEmpty());
    QCOMPARE(german.item(QStringLiteral("1"))->option(0)->label, QStringLiteral("Nein"));
    QVERIFY(german.item(QStringLiteral("1"))->option(0)->text.isEmpty());
    QCOMPARE(german.item(QStringLiteral("1"))->option(1)->label, QStringLiteral("Yes"));
    QCOMPARE(german.item(QStringLiteral("2"))->label, QStringLiteral("Second"));
    QCOMPARE(german.item(QStringLiteral("3"))->label, QStringLiteral("Drittes"));
    QCOMPARE(german.item(QStringLiteral("3"))->minLabel, QStringLiteral("nie"));
    // Answers and scores do not depend on the language.
    QCOMPARE(german.version, read->version);
    QCOMPARE(german.measures.size(), read->measures.size());
    QCOMPARE(german.items().size(), read->items().size());

    QCOMPARE(read->inLanguage(QStringLiteral("fr")).name, QStringLiteral("Echelle"));
    // English, and a language the definition lacks, read as the definition itself.
    for (const QString& other : {QString(), QStringLiteral("es")}) {
        const InstrumentDefinition same = read->inLanguage(other);
        QCOMPARE(same.name, read->name);
        QCOMPARE(same.item(QStringLiteral("1"))->text, QStringLiteral("The licensed first question"));
        QCOMPARE(same.item(QStringLiteral("1"))->option(0)->text, QStringLiteral("Not at all"));
    }
}

QTEST_GUILESS_MAIN(TestInstrumentDefinitionReader)
#include "tst_instrumentdefinitionreader.moc"
