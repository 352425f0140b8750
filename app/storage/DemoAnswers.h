// Answer sets a patient in a given state of health would plausibly give, for the demo clinic.
#pragma once

#include "AnswerSet.h"
#include "InstrumentLibrary.h"

#include <QHash>
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
    explicit DemoAnswers(const InstrumentLibrary& library);

    AnswerSet make(const QString& instrumentId, const DemoHealth& health, DemoRandom& random) const;
    QString version(const QString& instrumentId) const;

private:
    AnswerSet rand36(const DemoHealth& health, DemoRandom& random) const;

    const InstrumentLibrary& m_library;
    // RAND-36 item -> the scale it belongs to, and the value (0-100) each answer code recodes to.
    QHash<QString, QString> m_scaleOfItem;
};

} // namespace outcome
