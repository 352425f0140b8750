// Scoring a course's assessments and reading baselines and changes from them.
#include "CourseScores.h"

#include "ScoringEngine.h"

#include <algorithm>

namespace outcome {

CourseScores::CourseScores(const InstrumentLibrary& library, const QList<Visit>& visits,
                           const QList<Assessment>& assessments)
    : m_visits(visits)
{
    for (const Assessment& assessment : assessments) {
        const InstrumentDefinition* definition = library.find(assessment.instrumentId, assessment.instrumentVersion);
        if (!definition)
            definition = library.find(assessment.instrumentId);
        if (!definition)
            continue;
        ScoredAssessment entry{assessment.id, assessment.visitId, assessment.instrumentId,
                               ScoringEngine::score(*definition, assessment.answers)};
        // One assessment per instrument and visit: a later entry (higher id) replaces an earlier one.
        QList<qsizetype>& ofVisit = m_entriesByVisit[assessment.visitId];
        const auto same = std::find_if(ofVisit.cbegin(), ofVisit.cend(), [&](qsizetype index) {
            return m_entries[index].instrumentId == assessment.instrumentId;
        });
        if (same == ofVisit.cend()) {
            ofVisit.append(m_entries.size());
            m_entries.append(std::move(entry));
        } else if (m_entries[*same].assessmentId < assessment.id) {
            m_entries[*same] = std::move(entry);
        }
    }
}

const ScoreResult* CourseScores::result(qint64 visitId, const QString& instrumentId) const
{
    for (qsizetype index : m_entriesByVisit.value(visitId)) {
        if (m_entries[index].instrumentId == instrumentId)
            return &m_entries[index].result;
    }
    return nullptr;
}

QStringList CourseScores::instrumentsAt(qint64 visitId) const
{
    QStringList ids;
    for (qsizetype index : m_entriesByVisit.value(visitId))
        ids.append(m_entries[index].instrumentId);
    return ids;
}

QList<DatedValue> CourseScores::series(const QString& instrumentId, const QString& measureId, qint64 replaceVisitId,
                                       std::optional<double> replacement) const
{
    QList<DatedValue> values;
    values.reserve(m_visits.size());
    for (const Visit& visit : m_visits) {
        DatedValue entry{visit.effectiveDate(), std::nullopt, visit.kind == VisitKind::Baseline};
        if (visit.id == replaceVisitId && replaceVisitId != 0)
            entry.value = replacement;
        else if (const ScoreResult* scored = result(visit.id, instrumentId))
            entry.value = scored->value(measureId);
        values.append(entry);
    }
    return values;
}

std::optional<MeasureChange> CourseScores::changeAt(const MeasureDefinition& measure, const QString& instrumentId,
                                                    qint64 visitId, double value) const
{
    const QList<DatedValue> values = series(instrumentId, measure.id, visitId, value);
    const std::optional<Baseline> baseline = Baseline::choose(values);
    if (!baseline || baseline->index < 0 || m_visits[baseline->index].id == visitId)
        return std::nullopt;
    return MeasureChange{*baseline, ChangeFromBaseline::compute(measure, baseline->value, value)};
}

} // namespace outcome
