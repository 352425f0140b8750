// Reads a measure's "scoring" object and checks it against the items, tables and earlier measures it refers to.
#pragma once

#include "InstrumentDefinition.h"
#include "JsonFields.h"
#include "ScoringRule.h"

#include <QJsonObject>
#include <QString>

namespace outcome {

class ScoringRuleReader
{
public:
    // `definition` holds the items, tables and the measures read so far.
    ScoringRuleReader(JsonFields& fields, const InstrumentDefinition& definition)
        : m_fields(fields)
        , m_definition(definition)
    {}

    ScoringRule read(const QJsonObject& object, const QString& path, const MeasureDefinition& measure);

private:
    void readItems(ScoringRule& rule, const QJsonObject& object, const QString& path);
    void checkItems(const ScoringRule& rule, const QString& path, const MeasureDefinition& measure);
    void readPrecode(ScoringRule& rule, const QJsonObject& object, const QString& path);
    PrecodeChoice readPrecodeChoice(const QJsonObject& object, const QString& path, const ItemDefinition& item);
    void readComponents(ScoringRule& rule, const QJsonObject& object, const QString& path);
    void checkTableCovers(const QString& table, const ItemDefinition& item, const QString& field);

    JsonFields& m_fields;
    const InstrumentDefinition& m_definition;
};

} // namespace outcome
