// Scores, bands and change from baseline in words and numbers, the same way on every screen.
#pragma once

#include "ChangeFromBaseline.h"
#include "CourseScores.h"
#include "InstrumentDefinition.h"
#include "ScoreResult.h"

#include <QString>

namespace outcome {

class ScoreText
{
public:
    // "46 %", "7", "< 0.5 mg/L", "29.9": rounded for display only, in the measure's decimals and the locale; the
    // words come from OutcomeText, the one vocabulary of every screen, the report and the patient view.
    static QString value(const MeasureDefinition& measure, double value, Censoring censoring = Censoring::None);
    // "46 % · Severe disability", "12.0 mg/L · above range", or "No score: the reason".
    static QString score(const MeasureDefinition& measure, const MeasureScore& score);
    // "−10 points (−18 %) from baseline 56 % · meaningful improvement (better by 10 points: yes; better by 30 %:
    // no)".
    static QString change(const MeasureDefinition& measure, const MeasureChange& change);
    // One line for a visit in the timeline: "ODI 46 % (Severe disability)", "RAND-36 PCS 30.0 · MCS 47.4"; without
    // the band, "ODI 46 %", where the line has little room.
    static QString brief(const InstrumentDefinition& definition, const ScoreResult& result, bool withBand = true);
    // The measures worth a line of their own: those outside a group, else every reported measure.
    static QList<const MeasureDefinition*> headlineMeasures(const InstrumentDefinition& definition);
};

} // namespace outcome
