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

// RAND-36 item layout: how many answer codes, and whether the first code is the healthy end.
struct Rand36Item
{
    int codes;
    bool firstIsHealthy;
    enum Domain
    {
        General,
        Physical,
        Role,
        Emotional,
        Energy,
        Mood,
        Social,
        Pain
    } domain;
};

Rand36Item rand36Item(int number)
{
    using D = Rand36Item::Domain;
    if (number == 1 || number == 34 || number == 36)
        return {5, true, D::General};
    if (number == 33 || number == 35)
        return {5, false, D::General};
    if (number >= 3 && number <= 12)
        return {3, false, D::Physical};
    if (number >= 13 && number <= 16)
        return {2, false, D::Role};
    if (number >= 17 && number <= 19)
        return {2, false, D::Emotional};
    if (number == 20)
        return {5, true, D::Social};
    if (number == 32)
        return {5, false, D::Social};
    if (number == 21)
        return {6, true, D::Pain};
    if (number == 22)
        return {5, true, D::Pain};
    if (number == 23 || number == 27)
        return {6, true, D::Energy};
    if (number == 29 || number == 31)
        return {6, false, D::Energy};
    if (number == 26 || number == 30)
        return {6, true, D::Mood};
    return {6, false, D::Mood}; // 24, 25, 28
}

AnswerSet rand36(const DemoHealth& health, DemoRandom& random)
{
    const double physical = std::clamp(1.0 - health.disability * 1.3 - health.pain / 40.0, 0.0, 1.0);
    const double painFree = std::clamp(1.0 - health.pain / 10.0, 0.0, 1.0);
    AnswerSet answers;
    for (int number = 1; number <= 36; ++number) {
        if (number == 2) {
            // Health compared with a year ago: 1 much better .. 5 much worse.
            const double change = health.afterBaseline ? 3.0 - health.improvement * 4.0 : 3.2;
            answers.setValue(QStringLiteral("2"), clampRound(change + random.normal(0, 0.5), 1, 5));
            continue;
        }
        const Rand36Item item = rand36Item(number);
        double healthy = 0.5;
        switch (item.domain) {
        case Rand36Item::General:
            healthy = 0.5 * physical + 0.3 * health.wellbeing + 0.1;
            break;
        case Rand36Item::Physical:
            // Harder activities (items 3-4) are limited first.
            healthy = physical + (number <= 4 ? -0.2 : number >= 11 ? 0.2 : 0.0);
            break;
        case Rand36Item::Role:
            healthy = physical - 0.1;
            break;
        case Rand36Item::Emotional:
            healthy = health.wellbeing;
            break;
        case Rand36Item::Energy:
            healthy = 0.5 * health.wellbeing + 0.3 * physical;
            break;
        case Rand36Item::Mood:
            healthy = health.wellbeing;
            break;
        case Rand36Item::Social:
            healthy = 0.5 * physical + 0.5 * health.wellbeing;
            break;
        case Rand36Item::Pain:
            healthy = painFree;
            break;
        }
        healthy = std::clamp(healthy + random.normal(0, 0.12), 0.0, 1.0);
        const int step = clampRound(healthy * (item.codes - 1), 0, item.codes - 1);
        answers.setValue(QString::number(number), item.firstIsHealthy ? item.codes - step : 1 + step);
    }
    return answers;
}

ItemAnswer labValue(double value, const QString& unit, double detectionLimit)
{
    if (value < detectionLimit)
        return ItemAnswer{detectionLimit, unit, Censoring::BelowLimit};
    return ItemAnswer{std::round(value * 100.0) / 100.0, unit, Censoring::None};
}

AnswerSet markers(const DemoHealth& health, DemoRandom& random)
{
    AnswerSet answers;
    const double crp = health.crp * std::exp(random.normal(0, 0.25));
    if (health.crpInMilligramsPerDecilitre)
        answers.set(QStringLiteral("crp"), labValue(crp / 10.0, QStringLiteral("mg/dL"), 0.05));
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
    return instrumentId == QLatin1String("odi") ? QStringLiteral("2.1a") : QStringLiteral("1.0");
}

} // namespace outcome
