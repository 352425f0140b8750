// Scoring a course's assessments and gathering them into one series per measure.
#include "CourseOutcomes.h"

#include "CourseScores.h"

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

    // Per instrument, the scores of each visit (one assessment per instrument and visit).
    const CourseScores courseScores(library, visits, assessments);
    std::map<QString, std::map<qint64, const ScoreResult*>> scored;
    for (const ScoredAssessment& entry : courseScores.scored()) {
        if (visitById.contains(entry.visitId))
            scored[entry.instrumentId][entry.visitId] = &entry.result;
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
            for (const auto& [visitId, result] : scored.at(instrumentId)) {
                if (const MeasureScore* score = result->find(measure->id))
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
