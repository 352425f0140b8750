// The definition file format (resources/instruments/README.md): instrument, items, tables and measures.
#include "InstrumentDefinitionReader.h"

#include "PatientLanguage.h"
#include "ScoringRuleReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace outcome {

namespace {

using Need = JsonFields::Need;

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::InstrumentDefinitionReader)
};

// Where a JSON syntax error is, in words a person editing the file can use.
QString lineAndColumn(const QByteArray& json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<InstrumentDefinition> InstrumentDefinitionReader::readFile(const QString& path, DefinitionOrigin origin)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("%1: cannot be read: %2").arg(fileName, file.errorString()));
    Result<InstrumentDefinition> result = read(file.readAll(), fileName, origin);
    if (result)
        result->filePath = path;
    return result;
}

Result<InstrumentDefinition> InstrumentDefinitionReader::read(const QByteArray& json, const QString& fileName,
                                                              DefinitionOrigin origin)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    InstrumentDefinitionReader reader(fileName);
    if (parseError.error != QJsonParseError::NoError) {
        reader.m_fields.fail(lineAndColumn(json, parseError.offset),
                             Tr::tr("not valid JSON: %1").arg(parseError.errorString()));
    } else if (!document.isObject()) {
        reader.m_fields.fail(Tr::tr("(whole file)"), Tr::tr("expected an object with the instrument's fields"));
    } else {
        reader.readInstrument(document.object());
    }
    if (reader.m_fields.failed())
        return reader.m_fields.error();
    reader.m_definition.origin = origin;
    reader.m_definition.digest =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(32));
    return reader.m_definition;
}

bool InstrumentDefinitionReader::checkId(const QString& id, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_]*$"));
    if (!id.isEmpty() && !pattern.match(id).hasMatch()) {
        m_fields.fail(field, Tr::tr("\"%1\" must be lowercase letters, digits and _").arg(id));
        return false;
    }
    return true;
}

void InstrumentDefinitionReader::readInstrument(const QJsonObject& root)
{
    m_fields.allowOnly(root, {},
                       {"format", "id", "name", "short_name", "version", "recall", "instructions", "source", "licence",
                        "missing_rule", "item_noun", "codes", "option_sets", "tables", "items", "checks", "measures",
                        "translations"});
    const std::optional<int> format = m_fields.integer(root, {}, "format", Need::Required);
    if (format && *format != kFormat)
        m_fields.fail(QStringLiteral("format"),
                      Tr::tr("format %1 is not supported; this program reads format %2").arg(*format).arg(kFormat));
    InstrumentDefinition& d = m_definition;
    d.id = m_fields.string(root, {}, "id", Need::Required);
    checkId(d.id, QStringLiteral("id"));
    d.name = m_fields.string(root, {}, "name", Need::Required);
    d.shortName = m_fields.string(root, {}, "short_name", Need::Required);
    d.version = m_fields.string(root, {}, "version", Need::Required);
    d.recall = m_fields.string(root, {}, "recall", Need::Optional);
    d.instructions = m_fields.string(root, {}, "instructions", Need::Optional);
    d.source = m_fields.string(root, {}, "source", Need::Optional);
    d.licence = m_fields.string(root, {}, "licence", Need::Optional);
    d.missingRule = m_fields.string(root, {}, "missing_rule", Need::Required);
    const QJsonObject noun = m_fields.object(root, {}, "item_noun", Need::Optional);
    m_fields.allowOnly(noun, QStringLiteral("item_noun"), {"one", "other"});
    d.itemNounOne =
        noun.isEmpty() ? Tr::tr("item") : m_fields.string(noun, QStringLiteral("item_noun"), "one", Need::Required);
    d.itemNounOther =
        noun.isEmpty() ? Tr::tr("items") : m_fields.string(noun, QStringLiteral("item_noun"), "other", Need::Required);
    d.codes = readCodes(root, {}, Need::Optional);
    readOptionSets(root);
    readTables(root);
    readItems(root);
    readChecks(root);
    readMeasures(root);
    readTranslations(root);
}

QList<Coding> InstrumentDefinitionReader::readCodes(const QJsonObject& object, const QString& path, Need need)
{
    QList<Coding> codes;
    const QString listPath = JsonFields::field(path, "codes");
    const QJsonArray array = m_fields.array(object, path, "codes", need);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString codePath = JsonFields::element(listPath, i);
        const QJsonObject entry = m_fields.asObject(array[i], codePath);
        m_fields.allowOnly(entry, codePath, {"system", "code", "display"});
        codes.append({m_fields.string(entry, codePath, "system", Need::Required),
                      m_fields.string(entry, codePath, "code", Need::Required),
                      m_fields.string(entry, codePath, "display", Need::Optional)});
    }
    return codes;
}

void InstrumentDefinitionReader::readOptionSets(const QJsonObject& root)
{
    const QJsonObject sets = m_fields.object(root, {}, "option_sets", Need::Optional);
    for (auto it = sets.begin(); it != sets.end(); ++it)
        m_optionSets[it.key()] = readOptions(it.value(), JsonFields::field(QStringLiteral("option_sets"), it.key()));
}

QList<AnswerOption> InstrumentDefinitionReader::readOptions(const QJsonValue& value, const QString& path)
{
    if (value.isString()) {
        const auto set = m_optionSets.find(value.toString());
        if (set != m_optionSets.end())
            return set->second;
        m_fields.fail(path, Tr::tr("no option set named \"%1\" in option_sets").arg(value.toString()));
        return {};
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        m_fields.fail(path, Tr::tr("expected a non-empty list of options or the name of an option set"));
        return {};
    }
    QList<AnswerOption> options;
    QSet<int> codes;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString optionPath = JsonFields::element(path, i);
        const QJsonObject entry = m_fields.asObject(array[i], optionPath);
        m_fields.allowOnly(entry, optionPath, {"code", "label", "text"});
        AnswerOption option;
        option.code = m_fields.integer(entry, optionPath, "code", Need::Required).value_or(0);
        option.label = m_fields.string(entry, optionPath, "label", Need::Required);
        option.text = m_fields.string(entry, optionPath, "text", Need::Optional);
        if (codes.contains(option.code))
            m_fields.fail(JsonFields::field(optionPath, "code"), Tr::tr("code %1 appears twice").arg(option.code));
        codes.insert(option.code);
        options.append(option);
    }
    return options;
}

void InstrumentDefinitionReader::readTables(const QJsonObject& root)
{
    const QJsonObject tables = m_fields.object(root, {}, "tables", Need::Optional);
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString tablePath = JsonFields::field(QStringLiteral("tables"), it.key());
        const QJsonObject entries = m_fields.asObject(it.value(), tablePath);
        CodeTable& table = m_definition.tables[it.key()];
        for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
            const QString entryPath = JsonFields::field(tablePath, entry.key());
            bool isCode = false;
            const int code = entry.key().toInt(&isCode);
            if (!isCode)
                m_fields.fail(entryPath, Tr::tr("a table's keys are whole-number answer codes"));
            if (const std::optional<double> value = m_fields.asNumber(entry.value(), entryPath))
                table[code] = *value;
        }
        if (entries.isEmpty())
            m_fields.fail(tablePath, Tr::tr("must not be empty"));
    }
}

void InstrumentDefinitionReader::readItems(const QJsonObject& root)
{
    const QJsonArray array = m_fields.array(root, {}, "items", Need::Required);
    QList<ItemDefinition> items;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFields::element(QStringLiteral("items"), i);
        const ItemDefinition item = readItem(m_fields.asObject(array[i], path), path);
        if (ids.contains(item.id))
            m_fields.fail(JsonFields::field(path, "id"), Tr::tr("item id \"%1\" appears twice").arg(item.id));
        ids.insert(item.id);
        // Answer lists give one entry per item in this order, so the list order must be the form's.
        if (!items.isEmpty() && item.number <= items.last().number) {
            m_fields.fail(
                JsonFields::field(path, "number"),
                Tr::tr("items are listed in number order; %1 follows %2").arg(item.number).arg(items.last().number));
        }
        items.append(item);
    }
    m_definition.setItems(items);
}

void InstrumentDefinitionReader::readChecks(const QJsonObject& root)
{
    const QJsonArray array = m_fields.array(root, {}, "checks", Need::Optional);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFields::element(QStringLiteral("checks"), i);
        const QJsonObject entry = m_fields.asObject(array[i], path);
        m_fields.allowOnly(entry, path, {"item", "at_most", "message"});
        AnswerCheck check;
        check.item = m_fields.string(entry, path, "item", Need::Required);
        check.atMost = m_fields.string(entry, path, "at_most", Need::Required);
        check.message = m_fields.string(entry, path, "message", Need::Required);
        for (const auto& [key, id] : {std::pair{"item", check.item}, std::pair{"at_most", check.atMost}}) {
            const ItemDefinition* item = m_definition.item(id);
            if (!item)
                m_fields.fail(JsonFields::field(path, key),
                              Tr::tr("item \"%1\" does not exist in this definition").arg(id));
            // A lab value's number depends on its unit, so comparing two of them says nothing.
            if (item && item->input == InputKind::LabValue)
                m_fields.fail(JsonFields::field(path, key), Tr::tr("a lab_value item cannot be compared"));
        }
        if (check.item == check.atMost)
            m_fields.fail(JsonFields::field(path, "at_most"),
                          Tr::tr("compares item \"%1\" with itself").arg(check.item));
        m_definition.checks.append(check);
    }
}

void InstrumentDefinitionReader::readTranslations(const QJsonObject& root)
{
    const QJsonObject languages = m_fields.object(root, {}, "translations", Need::Optional);
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString path = JsonFields::field(QStringLiteral("translations"), it.key());
        if (it.key() == QLatin1String("en")) {
            m_fields.fail(path, Tr::tr("English is the definition's own text and needs no translation"));
            continue;
        }
        if (PatientLanguage::normalized(it.key()) != it.key() || !PatientLanguage::isValid(it.key())) {
            m_fields.fail(path, Tr::tr("\"%1\" is not a language code; use two or three lowercase letters such as "
                                       "de, fr or es")
                                    .arg(it.key()));
            continue;
        }
        const QJsonObject object = m_fields.asObject(it.value(), path);
        m_fields.allowOnly(object, path, {"name", "recall", "instructions", "items"});
        DefinitionTranslation translation;
        translation.name = m_fields.string(object, path, "name", Need::Optional);
        translation.recall = m_fields.string(object, path, "recall", Need::Optional);
        translation.instructions = m_fields.string(object, path, "instructions", Need::Optional);
        const QString itemsPath = JsonFields::field(path, "items");
        const QJsonObject items = m_fields.object(object, path, "items", Need::Optional);
        for (auto entry = items.begin(); entry != items.end(); ++entry) {
            const QString itemPath = JsonFields::field(itemsPath, entry.key());
            const ItemDefinition* item = m_definition.item(entry.key());
            if (!item) {
                m_fields.fail(itemPath, Tr::tr("item \"%1\" does not exist in this definition").arg(entry.key()));
                continue;
            }
            translation.items.insert(item->id,
                                     readItemTranslation(*item, m_fields.asObject(entry.value(), itemPath), itemPath));
        }
        m_definition.translations[it.key()] = translation;
    }
}

ItemTranslation InstrumentDefinitionReader::readItemTranslation(const ItemDefinition& item, const QJsonObject& object,
                                                                const QString& path)
{
    const bool hasScaleEnds = item.input == InputKind::Integer || item.input == InputKind::Decimal;
    const bool hasOptions = item.input == InputKind::Options || item.input == InputKind::YesNo;
    if (hasScaleEnds)
        m_fields.allowOnly(object, path, {"label", "text", "min_label", "max_label"});
    else if (hasOptions)
        m_fields.allowOnly(object, path, {"label", "text", "options"});
    else
        m_fields.allowOnly(object, path, {"label", "text"});
    ItemTranslation translation;
    translation.label = m_fields.string(object, path, "label", Need::Required);
    translation.text = m_fields.string(object, path, "text", Need::Optional);
    if (hasScaleEnds) {
        translation.minLabel = m_fields.string(object, path, "min_label", Need::Optional);
        translation.maxLabel = m_fields.string(object, path, "max_label", Need::Optional);
    }
    if (!hasOptions)
        return translation;
    const QString optionsPath = JsonFields::field(path, "options");
    const QJsonObject options = m_fields.object(object, path, "options", Need::Optional);
    for (auto entry = options.begin(); entry != options.end(); ++entry) {
        const QString optionPath = JsonFields::field(optionsPath, entry.key());
        bool isCode = false;
        const int code = entry.key().toInt(&isCode);
        if (!isCode || !item.option(code)) {
            m_fields.fail(optionPath, Tr::tr("item \"%1\" has no answer with code %2").arg(item.id, entry.key()));
            continue;
        }
        const QJsonObject words = m_fields.asObject(entry.value(), optionPath);
        m_fields.allowOnly(words, optionPath, {"label", "text"});
        AnswerOption option;
        option.code = code;
        option.label = m_fields.string(words, optionPath, "label", Need::Required);
        option.text = m_fields.string(words, optionPath, "text", Need::Optional);
        translation.options.insert(code, option);
    }
    return translation;
}

ItemDefinition InstrumentDefinitionReader::readItem(const QJsonObject& object, const QString& path)
{
    ItemDefinition item;
    item.id = m_fields.string(object, path, "id", Need::Required);
    item.number = m_fields.integer(object, path, "number", Need::Required).value_or(0);
    if (item.number < 1 && !m_fields.failed())
        m_fields.fail(JsonFields::field(path, "number"), Tr::tr("must be 1 or more"));
    item.label = m_fields.string(object, path, "label", Need::Required);
    item.text = m_fields.string(object, path, "text", Need::Optional);
    item.input = m_fields.choice(object, path, "input", kInputKindCodes, Need::Required).value_or(InputKind::Options);
    readItemInput(item, object, path);
    item.recode = m_fields.string(object, path, "recode", Need::Optional);
    if (!item.recode.isEmpty() && !m_definition.tables.contains(item.recode))
        m_fields.fail(JsonFields::field(path, "recode"), Tr::tr("no table named \"%1\" in tables").arg(item.recode));
    return item;
}

void InstrumentDefinitionReader::readItemInput(ItemDefinition& item, const QJsonObject& object, const QString& path)
{
    static constexpr std::initializer_list<const char*> kCommon{"id", "number", "label", "text", "input", "recode"};
    switch (item.input) {
    case InputKind::Options:
    case InputKind::YesNo:
        m_fields.allowOnly(object, path, kCommon, {"options"});
        item.options = readOptions(object.value(QLatin1String("options")), JsonFields::field(path, "options"));
        if (item.input == InputKind::YesNo && !m_fields.failed() &&
            (item.options.size() != 2 || !item.option(0) || !item.option(1))) {
            m_fields.fail(JsonFields::field(path, "options"), Tr::tr("a yes_no item has exactly the codes 0 and 1"));
        }
        return;
    case InputKind::Integer:
    case InputKind::Decimal:
        m_fields.allowOnly(object, path, kCommon, {"min", "max", "decimals", "min_label", "max_label"});
        item.min = m_fields.number(object, path, "min", Need::Required).value_or(0);
        item.max = m_fields.number(object, path, "max", Need::Required);
        if (item.input == InputKind::Decimal) {
            item.decimals = m_fields.integer(object, path, "decimals", Need::Required).value_or(1);
            if (item.decimals < 1 || item.decimals > 6)
                m_fields.fail(JsonFields::field(path, "decimals"), Tr::tr("must be between 1 and 6"));
        } else if (object.contains(QLatin1String("decimals"))) {
            m_fields.fail(JsonFields::field(path, "decimals"), Tr::tr("only a decimal item has decimals"));
        }
        item.minLabel = m_fields.string(object, path, "min_label", Need::Optional);
        item.maxLabel = m_fields.string(object, path, "max_label", Need::Optional);
        break;
    case InputKind::LabValue:
        m_fields.allowOnly(object, path, kCommon, {"min", "max", "unit", "conversions", "plausible"});
        item.min = m_fields.number(object, path, "min", Need::Optional).value_or(0);
        item.max = m_fields.number(object, path, "max", Need::Optional);
        item.unit = m_fields.string(object, path, "unit", Need::Required);
        {
            const QString listPath = JsonFields::field(path, "conversions");
            const QJsonArray conversions = m_fields.array(object, path, "conversions", Need::Optional);
            for (qsizetype i = 0; i < conversions.size(); ++i) {
                const QString entryPath = JsonFields::element(listPath, i);
                const QJsonObject entry = m_fields.asObject(conversions[i], entryPath);
                m_fields.allowOnly(entry, entryPath, {"unit", "factor"});
                UnitConversion conversion{m_fields.string(entry, entryPath, "unit", Need::Required),
                                          m_fields.number(entry, entryPath, "factor", Need::Required).value_or(1)};
                if (conversion.factor <= 0)
                    m_fields.fail(JsonFields::field(entryPath, "factor"), Tr::tr("must be more than 0"));
                if (!item.acceptedUnit(conversion.unit).isEmpty())
                    m_fields.fail(JsonFields::field(entryPath, "unit"),
                                  Tr::tr("unit \"%1\" is already accepted").arg(conversion.unit));
                item.conversions.append(conversion);
            }
        }
        if (const QJsonObject range = m_fields.object(object, path, "plausible", Need::Optional);
            object.value(QLatin1String("plausible")).isObject()) {
            const QString rangePath = JsonFields::field(path, "plausible");
            m_fields.allowOnly(range, rangePath, {"min", "max"});
            PlausibleRange plausible;
            plausible.min = m_fields.number(range, rangePath, "min", Need::Optional).value_or(item.min);
            plausible.max = m_fields.number(range, rangePath, "max", Need::Required).value_or(0);
            if (plausible.max <= plausible.min && !m_fields.failed())
                m_fields.fail(JsonFields::field(rangePath, "max"),
                              Tr::tr("must be more than min (%1)").arg(plausible.min));
            item.plausible = plausible;
        }
        break;
    }
    if (item.max && *item.max <= item.min)
        m_fields.fail(JsonFields::field(path, "max"), Tr::tr("must be more than min (%1)").arg(item.min));
}

void InstrumentDefinitionReader::readMeasures(const QJsonObject& root)
{
    const QJsonArray measures = m_fields.array(root, {}, "measures", Need::Required);
    for (qsizetype i = 0; i < measures.size() && !m_fields.failed(); ++i) {
        const QString path = JsonFields::element(QStringLiteral("measures"), i);
        const MeasureDefinition measure = readMeasure(m_fields.asObject(measures[i], path), path);
        if (m_definition.measure(measure.id))
            m_fields.fail(JsonFields::field(path, "id"), Tr::tr("measure id \"%1\" appears twice").arg(measure.id));
        m_definition.measures.append(measure);
    }
}

MeasureDefinition InstrumentDefinitionReader::readMeasure(const QJsonObject& object, const QString& path)
{
    m_fields.allowOnly(object, path,
                       {"id", "name", "short_name", "unit", "group", "note", "direction", "range", "decimals",
                        "internal", "bands", "reference_range", "meaningful_change", "small_change", "answer_only",
                        "reliability", "codes", "scoring"});
    MeasureDefinition measure;
    measure.id = m_fields.string(object, path, "id", Need::Required);
    checkId(measure.id, JsonFields::field(path, "id"));
    measure.name = m_fields.string(object, path, "name", Need::Required);
    measure.shortName = m_fields.string(object, path, "short_name", Need::Required);
    measure.unit = m_fields.string(object, path, "unit", Need::Optional);
    measure.group = m_fields.string(object, path, "group", Need::Optional);
    checkId(measure.group, JsonFields::field(path, "group"));
    measure.note = m_fields.string(object, path, "note", Need::Optional);
    measure.direction =
        m_fields.choice(object, path, "direction", kDirectionCodes, Need::Required).value_or(Direction::Neutral);
    const QString rangePath = JsonFields::field(path, "range");
    const QJsonObject range = m_fields.object(object, path, "range", Need::Required);
    m_fields.allowOnly(range, rangePath, {"min", "max"});
    measure.min = m_fields.number(range, rangePath, "min", Need::Required).value_or(0);
    measure.max = m_fields.number(range, rangePath, "max", Need::Optional);
    if (measure.max && *measure.max <= measure.min)
        m_fields.fail(JsonFields::field(rangePath, "max"), Tr::tr("must be more than min (%1)").arg(measure.min));
    measure.decimals = m_fields.integer(object, path, "decimals", Need::Optional).value_or(0);
    if (measure.decimals < 0 || measure.decimals > 6)
        m_fields.fail(JsonFields::field(path, "decimals"), Tr::tr("must be between 0 and 6"));
    measure.internal = m_fields.boolean(object, path, "internal", false);
    measure.bands = readBands(object, path);
    measure.referenceRange = readReferenceRange(object, path);
    measure.meaningfulChange = readMeaningfulChange(object, path, measure.direction);
    measure.smallChange = m_fields.number(object, path, "small_change", Need::Optional);
    if (measure.smallChange && *measure.smallChange <= 0)
        m_fields.fail(JsonFields::field(path, "small_change"), Tr::tr("must be more than 0"));
    measure.answerOnly = m_fields.boolean(object, path, "answer_only", false);
    measure.reliability = readReliability(object, path);
    // An internal measure is never exported, so it needs no code.
    measure.codes = readCodes(object, path, measure.internal ? Need::Optional : Need::Required);
    const QString scoringPath = JsonFields::field(path, "scoring");
    const QJsonObject scoring = m_fields.object(object, path, "scoring", Need::Required);
    if (!m_fields.failed())
        measure.scoring = ScoringRuleReader(m_fields, m_definition).read(scoring, scoringPath, measure);
    return measure;
}

std::optional<Limit> InstrumentDefinitionReader::readLimit(const QJsonObject& object, const QString& path,
                                                           const char* inclusiveKey, const char* exclusiveKey)
{
    const std::optional<double> inclusive = m_fields.number(object, path, inclusiveKey, Need::Optional);
    const std::optional<double> exclusive = m_fields.number(object, path, exclusiveKey, Need::Optional);
    if (inclusive && exclusive) {
        m_fields.fail(
            JsonFields::field(path, exclusiveKey),
            Tr::tr("give either %1 or %2, not both").arg(QLatin1String(inclusiveKey), QLatin1String(exclusiveKey)));
    }
    if (inclusive)
        return Limit{*inclusive, true};
    if (exclusive)
        return Limit{*exclusive, false};
    return std::nullopt;
}

QList<Band> InstrumentDefinitionReader::readBands(const QJsonObject& object, const QString& path)
{
    QList<Band> bands;
    const QString listPath = JsonFields::field(path, "bands");
    const QJsonArray array = m_fields.array(object, path, "bands", Need::Optional);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString bandPath = JsonFields::element(listPath, i);
        const QJsonObject entry = m_fields.asObject(array[i], bandPath);
        m_fields.allowOnly(entry, bandPath, {"id", "label", "patient_label", "up_to", "below"});
        Band band;
        band.id = m_fields.string(entry, bandPath, "id", Need::Required);
        checkId(band.id, JsonFields::field(bandPath, "id"));
        band.label = m_fields.string(entry, bandPath, "label", Need::Required);
        band.patientLabel = m_fields.string(entry, bandPath, "patient_label", Need::Optional);
        band.upper = readLimit(entry, bandPath, "up_to", "below");
        const bool last = i == array.size() - 1;
        if (last && band.upper)
            m_fields.fail(bandPath, Tr::tr("the last band is open upwards: it has neither up_to nor below"));
        if (!last && !band.upper)
            m_fields.fail(bandPath, Tr::tr("every band but the last needs up_to or below"));
        // Upper limits must rise; "below 50" followed by "up_to 50" is a one-value band and allowed.
        if (!bands.isEmpty() && band.upper && bands.last().upper) {
            const Limit& previous = *bands.last().upper;
            const bool rises = band.upper->value > previous.value ||
                               (band.upper->value == previous.value && !previous.inclusive && band.upper->inclusive);
            if (!rises)
                m_fields.fail(bandPath, Tr::tr("upper limit must be above the previous band's"));
        }
        for (const Band& other : std::as_const(bands)) {
            if (other.id == band.id)
                m_fields.fail(JsonFields::field(bandPath, "id"), Tr::tr("band id \"%1\" appears twice").arg(band.id));
        }
        bands.append(band);
    }
    return bands;
}

ReferenceRange InstrumentDefinitionReader::readReferenceRange(const QJsonObject& object, const QString& path)
{
    const QString rangePath = JsonFields::field(path, "reference_range");
    const QJsonObject entry = m_fields.object(object, path, "reference_range", Need::Optional);
    if (entry.isEmpty())
        return {};
    m_fields.allowOnly(entry, rangePath, {"from", "above", "up_to", "below"});
    ReferenceRange range{readLimit(entry, rangePath, "from", "above"), readLimit(entry, rangePath, "up_to", "below")};
    if (!range.isSet())
        m_fields.fail(rangePath,
                      Tr::tr("give a lower limit (from or above), an upper limit (up_to or below), or both"));
    if (range.lower && range.upper && range.upper->value <= range.lower->value)
        m_fields.fail(rangePath, Tr::tr("the upper limit must be above the lower limit"));
    return range;
}

std::optional<MeaningfulChange>
InstrumentDefinitionReader::readMeaningfulChange(const QJsonObject& object, const QString& path, Direction direction)
{
    const QString mcidPath = JsonFields::field(path, "meaningful_change");
    const QJsonObject entry = m_fields.object(object, path, "meaningful_change", Need::Optional);
    if (entry.isEmpty())
        return std::nullopt;
    m_fields.allowOnly(entry, mcidPath, {"points", "percent", "headline", "source"});
    MeaningfulChange change;
    change.points = m_fields.number(entry, mcidPath, "points", Need::Optional);
    change.percent = m_fields.number(entry, mcidPath, "percent", Need::Optional);
    change.headline =
        m_fields.choice(entry, mcidPath, "headline", kChangeUnitCodes, Need::Required).value_or(ChangeUnit::Points);
    change.source = m_fields.string(entry, mcidPath, "source", Need::Optional);
    if (direction == Direction::Neutral)
        m_fields.fail(mcidPath, Tr::tr("a measure whose direction is neutral cannot improve or worsen"));
    if ((change.points && *change.points <= 0) || (change.percent && *change.percent <= 0))
        m_fields.fail(mcidPath, Tr::tr("thresholds must be more than 0"));
    const std::optional<double>& headline = change.headline == ChangeUnit::Points ? change.points : change.percent;
    if (!headline) {
        m_fields.fail(
            JsonFields::field(mcidPath, "headline"),
            Tr::tr("the headline threshold (%1) is not given").arg(codeOf(kChangeUnitCodes, change.headline)));
    }
    return change;
}

std::optional<Reliability> InstrumentDefinitionReader::readReliability(const QJsonObject& object, const QString& path)
{
    const QString reliabilityPath = JsonFields::field(path, "reliability");
    const QJsonObject entry = m_fields.object(object, path, "reliability", Need::Optional);
    if (entry.isEmpty())
        return std::nullopt;
    m_fields.allowOnly(entry, reliabilityPath, {"sd", "test_retest", "source"});
    Reliability reliability;
    reliability.sd = m_fields.number(entry, reliabilityPath, "sd", Need::Required).value_or(1);
    reliability.testRetest = m_fields.number(entry, reliabilityPath, "test_retest", Need::Required).value_or(0);
    reliability.source = m_fields.string(entry, reliabilityPath, "source", Need::Optional);
    if (reliability.sd <= 0)
        m_fields.fail(JsonFields::field(reliabilityPath, "sd"), Tr::tr("must be more than 0"));
    if (reliability.testRetest < 0 || reliability.testRetest >= 1)
        m_fields.fail(JsonFields::field(reliabilityPath, "test_retest"),
                      Tr::tr("must be from 0 up to (not including) 1"));
    return reliability;
}

} // namespace outcome
