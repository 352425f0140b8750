// Answer sets a patient in a given state of health would plausibly give, for the demo clinic.
#pragma once

#include "AnswerSet.h"

#include <QString>

namespace outcome {

class DemoRandom;

// The latent state behind one visit's answers.
struct DemoHealth
{
    double pain = 5;         // 0-10
    double disability = 0.3; // 0-1 (ODI fraction)
    double wellbeing = 0.7;  // 0-1, mental health
    double crp = 3;          // mg/L
    bool crpInMilligramsPerDecilitre = false;
    bool afterBaseline = false;
    double improvement = 0; // fraction better than at the start (negative: worse)
};

class DemoAnswers
{
public:
    AnswerSet make(const QString& instrumentId, const DemoHealth& health, DemoRandom& random) const;
    QString version(const QString& instrumentId) const;
};

} // namespace outcome
