// Scores an AnswerSet by interpreting an instrument definition; knows scoring kinds, never instruments.
#pragma once

#include "AnswerSet.h"
#include "InstrumentDefinition.h"
#include "ScoreResult.h"

namespace outcome {

class ScoringEngine
{
public:
    // Raised with every change to how answers become scores, so that scores kept by an earlier program are computed
    // again rather than read.
    static constexpr int kRevision = 1;

    // Every measure of the definition, in order; a measure that cannot be computed says why in plain words.
    static ScoreResult score(const InstrumentDefinition& definition, const AnswerSet& answers);

    // One measure, given the measures scored before it (a norm-based summary reads its scales from `earlier`).
    static MeasureScore scoreMeasure(const InstrumentDefinition& definition, const MeasureDefinition& measure,
                                     const AnswerSet& answers, const ScoreResult& earlier);
};

} // namespace outcome
