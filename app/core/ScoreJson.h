// The JSON printed by `outcome-tracker-cli score`: a contract with scripts, so its shape only grows.
#pragma once

#include "InstrumentDefinition.h"
#include "ScoreResult.h"

#include <QJsonObject>

namespace outcome {

class ScoreJson
{
public:
    // Numbers are unrounded; a value that cannot be computed is null. The shape follows the definition:
    // - one reported measure (odi, nrs, qvas, rmdq):
    //     {"instrument", "version", "valid", "score", "band", "answered"[, "reason"]}
    // - several (rand36, markers): {"instrument", "version", "valid", <id>: value, <group>: {<id>: value}
    //     [, "reasons": {<id>: why}]}, where a lab value is an object: {"value", "unit", "censored",
    //     "out_of_range", "band", "entered": {"value", "unit"}[, "reason"]}.
    // "valid" is true when at least one reported measure has a value.
    static QJsonObject toJson(const InstrumentDefinition& definition, const ScoreResult& result);
};

} // namespace outcome
