// Choosing the similar courses and summarising them per visit with the clinic outcomes' own statistics.
#include "ExpectedCourse.h"

#include <algorithm>
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

CoursesByBaseline::CoursesByBaseline(const QList<OutcomeCourse>& courses)
    : m_courses(courses)
{
    for (qsizetype i = 0; i < m_courses.size(); ++i) {
        const OutcomeCourse& course = m_courses[i];
        if (course.status != CourseStatus::Completed)
            continue;
        const std::optional<qsizetype> index = ClinicOutcomes::baselineIndex(course);
        if (index && course.values[*index].censoring == Censoring::None)
            m_byBaseline.emplace_back(course.values[*index].value, i);
    }
    std::sort(m_byBaseline.begin(), m_byBaseline.end());
}

QList<const OutcomeCourse*> CoursesByBaseline::within(double baseline, double distance, qint64 patientId) const
{
    // The search finds a slightly wider range; the test itself is the one every course would get.
    const double slack = 1e-9 * std::max(1.0, std::abs(baseline) + distance);
    const auto first = std::lower_bound(m_byBaseline.cbegin(), m_byBaseline.cend(),
                                        std::make_pair(baseline - distance - slack, qsizetype(-1)));
    std::vector<qsizetype> chosen;
    for (auto it = first; it != m_byBaseline.cend() && it->first <= baseline + distance + slack; ++it) {
        if (std::abs(it->first - baseline) <= distance && m_courses[it->second].patientId != patientId)
            chosen.push_back(it->second);
    }
    std::sort(chosen.begin(), chosen.end());
    QList<const OutcomeCourse*> similar;
    similar.reserve(qsizetype(chosen.size()));
    for (const qsizetype index : chosen)
        similar.append(&m_courses[index]);
    return similar;
}

ExpectedCourse ExpectedCourse::build(const MeasureDefinition& measure, const QList<OutcomeCourse>& courses,
                                     double baseline, qint64 patientId)
{
    return build(measure, CoursesByBaseline(courses), baseline, patientId);
}

ExpectedCourse ExpectedCourse::build(const MeasureDefinition& measure, const CoursesByBaseline& courses,
                                     double baseline, qint64 patientId)
{
    ExpectedCourse expected;
    expected.m_baseline = baseline;
    const std::optional<double> distance = similarDistance(measure);
    if (!distance)
        return expected;
    expected.m_distance = *distance;
    const QList<const OutcomeCourse*> similar = courses.within(baseline, *distance, patientId);
    expected.m_courseCount = int(similar.size());
    for (const VisitSpread& row : ClinicOutcomes::spreadByVisit(similar)) {
        if (row.median)
            expected.m_visits.append({row.visit, row.day, row.n, *row.median, *row.q1, *row.q3});
    }
    return expected;
}

} // namespace outcome
