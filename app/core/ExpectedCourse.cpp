// Choosing the similar courses and summarising them per visit with the clinic outcomes' own statistics.
#include "ExpectedCourse.h"

#include <cmath>

namespace outcome {

namespace {
constexpr double kShareOfRange = 0.1;
} // namespace

std::optional<double> ExpectedCourse::similarDistance(const MeasureDefinition& measure)
{
    if (!measure.max || measure.isLabValue())
        return std::nullopt;
    return (*measure.max - measure.min) * kShareOfRange;
}

ExpectedCourse ExpectedCourse::build(const MeasureDefinition& measure, const QList<OutcomeCourse>& courses,
                                     double baseline, qint64 patientId)
{
    ExpectedCourse expected;
    expected.m_baseline = baseline;
    const std::optional<double> distance = similarDistance(measure);
    if (!distance)
        return expected;
    expected.m_distance = *distance;
    QList<OutcomeCourse> similar;
    for (const OutcomeCourse& course : courses) {
        if (course.status != CourseStatus::Completed || course.patientId == patientId)
            continue;
        const std::optional<qsizetype> index = ClinicOutcomes::baselineIndex(course);
        if (!index)
            continue;
        const OutcomeValue& start = course.values[*index];
        if (start.censoring == Censoring::None && std::abs(start.value - baseline) <= *distance)
            similar.append(course);
    }
    expected.m_courseCount = int(similar.size());
    const Result<ClinicOutcomes> outcomes = ClinicOutcomes::compute(measure, similar, {}, OutcomeGrouping::None);
    if (!outcomes || outcomes->groups().isEmpty())
        return expected;
    const GroupOutcome& all = outcomes->groups().first();
    for (qsizetype i = 0; i < all.visits.size(); ++i) {
        const VisitOutcome& row = all.visits[i];
        if (!row.median)
            continue;
        expected.m_visits.append({row.visit, outcomes->visitDays()[i], row.n, *row.median, *row.q1, *row.q3});
    }
    return expected;
}

} // namespace outcome
