// Everything the charts, the start-vs-now summary, the patient view and the report show about one course:
// the shared time axis and, per measure with data, its series. Built once per opened course from plain records.
#pragma once

#include "Assessment.h"
#include "ClinicalEvent.h"
#include "Course.h"
#include "CourseTimeline.h"
#include "InstrumentLibrary.h"
#include "MeasureSeries.h"
#include "Visit.h"

#include <QList>

namespace outcome {

class CourseOutcomes
{
public:
    // Scores every assessment with the definition version it was entered with; series read ranges, bands and
    // thresholds from the library's current definition, which must outlive the result.
    static CourseOutcomes build(const Course& course, const QList<Visit>& visits, const QList<Assessment>& assessments,
                                const QList<ClinicalEvent>& events, const InstrumentLibrary& library);

    const Course& course() const { return m_course; }
    const CourseTimeline& timeline() const { return m_timeline; }
    // Measures with at least one value, bundled instruments first in the clinic's usual order, then by
    // definition order within an instrument.
    const QList<MeasureSeries>& series() const { return m_series; }
    const MeasureSeries* find(const QString& key) const;
    QList<const MeasureSeries*> seriesOf(const QString& instrumentId) const;
    // The instruments with data, in the order of series().
    QStringList instrumentIds() const;

private:
    Course m_course;
    CourseTimeline m_timeline;
    QList<MeasureSeries> m_series;
};

} // namespace outcome
