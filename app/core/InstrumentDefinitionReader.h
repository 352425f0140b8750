// Reads and validates one instrument definition file; a broken file gets one message naming file, field and problem.
#pragma once

#include "InstrumentDefinition.h"
#include "JsonFields.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>

namespace outcome {

class InstrumentDefinitionReader
{
public:
    // The format version this program reads (the file's "format" field).
    static constexpr int kFormat = 1;

    // `fileName` is only used in messages.
    static Result<InstrumentDefinition> read(const QByteArray& json, const QString& fileName, DefinitionOrigin origin);
    static Result<InstrumentDefinition> readFile(const QString& path, DefinitionOrigin origin);

private:
    explicit InstrumentDefinitionReader(const QString& fileName)
        : m_fields(fileName)
    {}

    void readInstrument(const QJsonObject& root);
    void readOptionSets(const QJsonObject& root);
    void readTables(const QJsonObject& root);
    void readItems(const QJsonObject& root);
    void readChecks(const QJsonObject& root);
    void readTranslations(const QJsonObject& root);
    ItemTranslation readItemTranslation(const ItemDefinition& item, const QJsonObject& object, const QString& path);
    ItemDefinition readItem(const QJsonObject& object, const QString& path);
    void readItemInput(ItemDefinition& item, const QJsonObject& object, const QString& path);
    QList<AnswerOption> readOptions(const QJsonValue& value, const QString& path);
    void readMeasures(const QJsonObject& root);
    MeasureDefinition readMeasure(const QJsonObject& object, const QString& path);
    QList<Band> readBands(const QJsonObject& object, const QString& path);
    ReferenceRange readReferenceRange(const QJsonObject& object, const QString& path);
    std::optional<MeaningfulChange> readMeaningfulChange(const QJsonObject& object, const QString& path,
                                                         Direction direction);
    std::optional<Reliability> readReliability(const QJsonObject& object, const QString& path);
    QList<Coding> readCodes(const QJsonObject& object, const QString& path, JsonFields::Need need);
    std::optional<Limit> readLimit(const QJsonObject& object, const QString& path, const char* inclusiveKey,
                                   const char* exclusiveKey);
    bool checkId(const QString& id, const QString& field);

    JsonFields m_fields;
    InstrumentDefinition m_definition;
    std::map<QString, QList<AnswerOption>> m_optionSets;
};

} // namespace outcome
