// Demo answers: each item answered near where the latent state puts it, with some noise.
#include "DemoAnswers.h"

#include "DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

int clampRound(double value, int low, int high)
{
    return std::clamp(int(std::lround(value)), low, high);
}

// A result as a lab reports it: on the grid of its unit (`decimals`), or below the limit of detection.
ItemAnswer labValue(double value, const QString& unit, double detectionLimit, int decimals = 1)
{
    if (value < detectionLimit)
        return ItemAnswer{detectionLimit, unit, Censoring::BelowLimit};
    const double scale = std::pow(10.0, decimals);
    return ItemAnswer{std::round(value * scale) / scale, unit, Censoring::None};
}

AnswerSet markers(const DemoHealth& health, DemoRandom& random)
{
    AnswerSet answers;
    const double crp = health.crp * std::exp(random.normal(0, 0.25));
    if (health.crpInMilligramsPerDecilitre)
        answers.set(QStringLiteral("crp"), labValue(crp / 10.0, QStringLiteral("mg/dL"), 0.05, 2));
    else
        answers.set(QStringLiteral("crp"), labValue(crp, QStringLiteral("mg/L"), 0.5));
    const double inflammation = 0.6 + health.pain / 12.0;
    answers.set(QStringLiteral("il6"),
                labValue(3.0 * inflammation * std::exp(random.normal(0, 0.35)), QStringLiteral("pg/mL"), 1.5));
    answers.set(QStringLiteral("tnfa"),
                labValue(6.5 * inflammation * std::exp(random.normal(0, 0.3)), QStringLiteral("pg/mL"), 0.7));
    answers.set(QStringLiteral("il10"), labValue(3.0 * std::exp(random.normal(0, 0.4)), QStringLiteral("pg/mL"), 0.5));
    answers.set(QStringLiteral("il1b"),
                labValue(0.9 * inflammation * std::exp(random.normal(0, 0.6)), QStringLiteral("pg/mL"), 0.5));
    return answers;
}

} // namespace

DemoAnswers::DemoAnswers(const InstrumentLibrary& library)
    : m_library(library)
{
    if (const InstrumentDefinition* definition = m_library.find(QStringLiteral("rand36"))) {
        for (const MeasureDefinition& measure : definition->measures) {
            // Item 2 (health compared with a year ago) is an answer of its own, not part of a scale.
            if (measure.scoring.kind != ScoringKind::RecodeMean || measure.answerOnly)
                continue;
            for (const QString& item : measure.scoring.items)
                m_scaleOfItem.insert(item, measure.id);
        }
    }
}

AnswerSet DemoAnswers::rand36(const DemoHealth& health, DemoRandom& random) const
{
    const InstrumentDefinition* definition = m_library.find(QStringLiteral("rand36"));
    const double physical = std::clamp(1.0 - health.disability * 1.3 - health.pain / 40.0, 0.0, 1.0);
    const double painFree = std::clamp(1.0 - health.pain / 10.0, 0.0, 1.0);
    // How healthy (0-1) each scale's answers are, from the latent state.
    const QHash<QString, double> healthyByScale{
        {QStringLiteral("pf"), physical},
        {QStringLiteral("rp"), physical - 0.1},
        {QStringLiteral("re"), health.wellbeing},
        {QStringLiteral("ef"), 0.5 * health.wellbeing + 0.3 * physical},
        {QStringLiteral("ewb"), health.wellbeing},
        {QStringLiteral("sf"), 0.5 * physical + 0.5 * health.wellbeing},
        {QStringLiteral("pain"), painFree},
        {QStringLiteral("gh"), 0.5 * physical + 0.3 * health.wellbeing + 0.1},
    };
    AnswerSet answers;
    for (const ItemDefinition& item : definition->items()) {
        const CodeTable table = definition->tables.value(item.recode);
        if (table.empty())
            continue;
        const QString scale = m_scaleOfItem.value(item.id);
        double healthy = 0.0;
        if (scale.isEmpty()) {
            // Health compared with a year ago (no scale): better after a course that helped.
            healthy = health.afterBaseline ? 0.45 + health.improvement * 0.8 : 0.4;
        } else {
            healthy = healthyByScale.value(scale);
            // Harder activities are limited first, easier ones last.
            if (scale == QLatin1String("pf"))
                healthy += item.number <= 4 ? -0.2 : item.number >= 11 ? 0.2 : 0.0;
        }
        healthy = std::clamp(healthy + random.normal(0, 0.12), 0.0, 1.0);
        int best = table.begin()->first;
        for (const auto& [code, value] : table) {
            if (std::abs(value / 100.0 - healthy) < std::abs(table.at(best) / 100.0 - healthy))
                best = code;
        }
        answers.setValue(item.id, best);
    }
    return answers;
}

AnswerSet DemoAnswers::make(const QString& instrumentId, const DemoHealth& health, DemoRandom& random) const
{
    AnswerSet answers;
    if (instrumentId == QLatin1String("nrs")) {
        answers.setValue(QStringLiteral("pain"), clampRound(health.pain + random.normal(0, 0.6), 0, 10));
    } else if (instrumentId == QLatin1String("qvas")) {
        answers.setValue(QStringLiteral("now"), clampRound(health.pain + random.normal(0, 0.8), 0, 10));
        answers.setValue(QStringLiteral("typical"), clampRound(health.pain + random.normal(0, 0.5), 0, 10));
        answers.setValue(QStringLiteral("worst"), clampRound(health.pain + 1.8 + random.normal(0, 0.8), 0, 10));
        answers.setValue(QStringLiteral("best"), clampRound(health.pain - 2.5 + random.normal(0, 0.8), 0, 10));
    } else if (instrumentId == QLatin1String("odi")) {
        for (int section = 1; section <= 10; ++section) {
            // The sex-life section is the one most often left blank.
            if (section == 8 && random.chance(0.15))
                continue;
            answers.setValue(QString::number(section),
                             clampRound(5.0 * health.disability + random.normal(0, 0.7), 0, 5));
        }
    } else if (instrumentId == QLatin1String("rmdq")) {
        const double ticked = 24.0 * std::clamp(health.disability * 1.25, 0.0, 1.0);
        for (int statement = 1; statement <= 24; ++statement)
            answers.setValue(QString::number(statement), random.uniform() * 24.0 < ticked ? 1 : 0);
    } else if (instrumentId == QLatin1String("rand36")) {
        answers = rand36(health, random);
    } else if (instrumentId == QLatin1String("markers")) {
        answers = markers(health, random);
    }
    return answers;
}

QString DemoAnswers::version(const QString& instrumentId) const
{
    const InstrumentDefinition* definition = m_library.find(instrumentId);
    return definition ? definition->version : QString();
}

} // namespace outcome
