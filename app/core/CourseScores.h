// The scores of every assessment in one course, scored once when the course is opened, and each measure's
// baseline and change: what the course timeline and the entry form show beside every number.
#pragma once

#include "Assessment.h"
#include "Baseline.h"
#include "ChangeFromBaseline.h"
#include "InstrumentLibrary.h"
#include "ScoreResult.h"
#include "Visit.h"

#include <QHash>
#include <QList>

#include <optional>

namespace outcome {

// A measure's value compared with the course's baseline for it.
struct MeasureChange
{
    Baseline baseline;
    ChangeFromBaseline change;
};

// One assessment of the course with its scores.
struct ScoredAssessment
{
    qint64 assessmentId = 0;
    qint64 visitId = 0;
    QString instrumentId;
    ScoreResult result;
};

class CourseScores
{
public:
    CourseScores() = default;
    // Scores each assessment with the definition version it was entered with (the active one when that version
    // is no longer loaded); assessments of instruments the library does not know are skipped.
    CourseScores(const InstrumentLibrary& library, const QList<Visit>& visits, const QList<Assessment>& assessments);

    const ScoreResult* result(qint64 visitId, const QString& instrumentId) const;
    // Every scored assessment, in the order given; the latest of each instrument and visit.
    const QList<ScoredAssessment>& scored() const { return m_entries; }
    // The instruments scored at a visit, in entry order.
    QStringList instrumentsAt(qint64 visitId) const;

    // One value per visit of the course (in visit order); visits without a value for the measure have none.
    // `replaceVisitId` puts `replacement` in place of that visit's stored value: the entry form's live answers.
    QList<DatedValue> series(const QString& instrumentId, const QString& measureId, qint64 replaceVisitId = 0,
                             std::optional<double> replacement = std::nullopt) const;

    // The change of `value` at `visitId` from the course's baseline (computed with the same replacement); empty
    // when there is no baseline, or the value is the baseline itself.
    std::optional<MeasureChange> changeAt(const MeasureDefinition& measure, const QString& instrumentId, qint64 visitId,
                                          double value) const;

private:
    QList<Visit> m_visits;
    QList<ScoredAssessment> m_entries;
    QHash<qint64, QList<qsizetype>> m_entriesByVisit;
};

} // namespace outcome
