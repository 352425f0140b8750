// Scoring a course's assessments and gathering them into one series per measure.
#include "CourseOutcomes.h"

#include "ScoringEngine.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace outcome {

namespace {

// How clinicians read a course: pain, then disability, then quality of life, then the lab.
const QStringList& usualOrder()
{
    static const QStringList order{QStringLiteral("nrs"),  QStringLiteral("qvas"),   QStringLiteral("odi"),
                                   QStringLiteral("rmdq"), QStringLiteral("rand36"), QStringLiteral("markers")};
    return order;
}

qsizetype rankOf(const QString& instrumentId)
{
    const qsizetype rank = usualOrder().indexOf(instrumentId);
    return rank < 0 ? usualOrder().size() : rank;
}

} // namespace

CourseOutcomes CourseOutcomes::build(const Course& course, const QList<Visit>& visits,
                                     const QList<Assessment>& assessments, const QList<ClinicalEvent>& events,
                                     const InstrumentLibrary& library)
{
    CourseOutcomes outcomes;
    outcomes.m_course = course;
    outcomes.m_timeline = CourseTimeline::build(course, visits, events);

    QHash<qint64, const Visit*> visitById;
    for (const Visit& visit : outcomes.m_timeline.visits())
        visitById.insert(visit.id, &visit);

    // Per instrument, the scores of each visit; a later entry for the same visit replaces an earlier one.
    std::map<QString, std::map<qint64, std::pair<qint64, ScoreResult>>> scored;
    for (const Assessment& assessment : assessments) {
        const Visit* visit = visitById.value(assessment.visitId);
        const InstrumentDefinition* definition = library.find(assessment.instrumentId, assessment.instrumentVersion);
        if (!definition)
            definition = library.find(assessment.instrumentId);
        if (!visit || !definition)
            continue;
        auto& ofVisit = scored[assessment.instrumentId];
        const auto existing = ofVisit.find(visit->id);
        if (existing != ofVisit.end() && existing->second.first > assessment.id)
            continue;
        ofVisit[visit->id] = {assessment.id, ScoringEngine::score(*definition, assessment.answers)};
    }

    QStringList instrumentIds;
    for (const auto& entry : scored)
        instrumentIds.append(entry.first);
    std::stable_sort(instrumentIds.begin(), instrumentIds.end(),
                     [](const QString& a, const QString& b) { return rankOf(a) < rankOf(b); });

    for (const QString& instrumentId : std::as_const(instrumentIds)) {
        const InstrumentDefinition* current = library.find(instrumentId);
        if (!current)
            continue;
        for (const MeasureDefinition* measure : current->reportedMeasures()) {
            QList<VisitScore> scores;
            for (const auto& [visitId, entry] : scored.at(instrumentId)) {
                if (const MeasureScore* score = entry.second.find(measure->id))
                    scores.append({visitById.value(visitId), *score});
            }
            MeasureSeries series = MeasureSeries::build(outcomes.m_timeline, *current, *measure, scores);
            if (series.valueCount() > 0)
                outcomes.m_series.append(std::move(series));
        }
    }
    return outcomes;
}

const MeasureSeries* CourseOutcomes::find(const QString& key) const
{
    const auto it = std::find_if(m_series.cbegin(), m_series.cend(),
                                 [&key](const MeasureSeries& series) { return series.key() == key; });
    return it == m_series.cend() ? nullptr : &*it;
}

QList<const MeasureSeries*> CourseOutcomes::seriesOf(const QString& instrumentId) const
{
    QList<const MeasureSeries*> found;
    for (const MeasureSeries& series : m_series) {
        if (series.instrument().id == instrumentId)
            found.append(&series);
    }
    return found;
}

QStringList CourseOutcomes::instrumentIds() const
{
    QStringList ids;
    for (const MeasureSeries& series : m_series) {
        if (!ids.contains(series.instrument().id))
            ids.append(series.instrument().id);
    }
    return ids;
}

} // namespace outcome
