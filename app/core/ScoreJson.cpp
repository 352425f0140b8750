// Score results as command-line JSON.
#include "ScoreJson.h"

#include <QJsonValue>

#include <map>

namespace outcome {

namespace {

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& code)
{
    return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code);
}

QJsonValue bandId(const MeasureScore& score)
{
    return score.band ? QJsonValue(score.band->id) : QJsonValue(QJsonValue::Null);
}

QJsonObject labValue(const MeasureScore& score)
{
    QJsonObject json{{QStringLiteral("value"), orNull(score.value)},
                     {QStringLiteral("unit"), score.unit},
                     {QStringLiteral("censored"), orNull(censoringToCode(score.censoring))},
                     {QStringLiteral("out_of_range"), score.isOutOfRange()
                                                          ? QJsonValue(codeOf(kRangeFlagCodes, score.rangeFlag))
                                                          : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("band"), bandId(score)}};
    if (score.enteredValue) {
        json.insert(QStringLiteral("entered"), QJsonObject{{QStringLiteral("value"), *score.enteredValue},
                                                           {QStringLiteral("unit"), score.enteredUnit}});
    }
    if (!score.isValid())
        json.insert(QStringLiteral("reason"), score.reason);
    return json;
}

} // namespace

QJsonObject ScoreJson::toJson(const InstrumentDefinition& definition, const ScoreResult& result)
{
    const QList<const MeasureDefinition*> reported = definition.reportedMeasures();
    QList<MeasureScore> scores;
    bool valid = false;
    for (const MeasureDefinition* measure : reported) {
        const MeasureScore* score = result.find(measure->id);
        scores.append(score ? *score : MeasureScore{});
        valid = valid || scores.last().isValid();
    }
    QJsonObject json{{QStringLiteral("instrument"), definition.id},
                     {QStringLiteral("version"), definition.version},
                     {QStringLiteral("valid"), valid}};

    if (reported.size() == 1 && reported.first()->scoring.kind != ScoringKind::LabValue) {
        const MeasureScore& score = scores.first();
        json.insert(QStringLiteral("score"), orNull(score.value));
        json.insert(QStringLiteral("band"), bandId(score));
        json.insert(QStringLiteral("answered"), score.answered);
        if (!score.isValid())
            json.insert(QStringLiteral("reason"), score.reason);
        return json;
    }

    std::map<QString, QJsonObject> groups;
    QJsonObject reasons;
    for (qsizetype i = 0; i < reported.size(); ++i) {
        const MeasureDefinition& measure = *reported[i];
        const MeasureScore& score = scores[i];
        const bool lab = measure.scoring.kind == ScoringKind::LabValue;
        const QJsonValue value = lab ? QJsonValue(labValue(score)) : orNull(score.value);
        if (measure.group.isEmpty())
            json.insert(measure.id, value);
        else
            groups[measure.group].insert(measure.id, value);
        if (!lab && !score.isValid())
            reasons.insert(measure.id, score.reason);
    }
    for (const auto& [group, members] : groups)
        json.insert(group, members);
    if (!reasons.isEmpty())
        json.insert(QStringLiteral("reasons"), reasons);
    return json;
}

} // namespace outcome
