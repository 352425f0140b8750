// Choosing the similar courses and summarising them per visit with the clinic outcomes' own statistics.
#include "ExpectedCourse.h"

#include <QHash>

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
{
    QHash<QString, qsizetype> visitIndex;
    for (const OutcomeCourse& course : courses) {
        if (course.status != CourseStatus::Completed)
            continue;
        const std::optional<qsizetype> baseline = ClinicOutcomes::baselineIndex(course);
        if (!baseline || course.values[*baseline].censoring != Censoring::None)
            continue;
        Similar similar{course.values[*baseline].value, course.patientId, {}};
        // Per visit (extra visits aside): the latest entry's value, as in the clinic outcomes table, and the
        // visit's earliest place among the course's entries.
        for (const OutcomeValue& value : course.values) {
            if (value.kind == VisitKind::Extra)
                continue;
            const qsizetype visit = visitIndex.value(value.visit, m_visitNames.size());
            if (visit == m_visitNames.size()) {
                visitIndex.insert(value.visit, visit);
                m_visitNames.append(value.visit);
            }
            const ClinicOutcomes::VisitOrder order = ClinicOutcomes::visitOrder(value);
            const bool censored = value.censoring != Censoring::None;
            const auto same = std::find_if(similar.values.begin(), similar.values.end(),
                                           [visit](const LatestValue& latest) { return latest.visit == visit; });
            if (same == similar.values.end()) {
                similar.values.push_back({visit, order, value.value, censored});
            } else {
                same->order = std::min(same->order, order);
                same->value = value.value;
                same->censored = censored;
            }
        }
        m_byBaseline.push_back(std::move(similar));
    }
    std::stable_sort(m_byBaseline.begin(), m_byBaseline.end(),
                     [](const Similar& a, const Similar& b) { return a.baseline < b.baseline; });
}

QList<VisitSpread> CoursesByBaseline::spreadWithin(double baseline, double distance, qint64 patientId,
                                                   int& courseCount) const
{
    struct Row
    {
        bool present = false;
        ClinicOutcomes::VisitOrder order;
        QList<double> values;
        bool anyCensored = false;
    };
    std::vector<Row> rows(size_t(m_visitNames.size()));
    courseCount = 0;
    // The search finds a slightly wider range; the test itself is the one every course would get.
    const double slack = 1e-9 * std::max(1.0, std::abs(baseline) + distance);
    const auto first = std::partition_point(m_byBaseline.cbegin(), m_byBaseline.cend(), [&](const Similar& course) {
        return course.baseline < baseline - distance - slack;
    });
    for (auto it = first; it != m_byBaseline.cend() && it->baseline <= baseline + distance + slack; ++it) {
        if (std::abs(it->baseline - baseline) > distance || it->patientId == patientId)
            continue;
        ++courseCount;
        for (const LatestValue& latest : it->values) {
            Row& row = rows[size_t(latest.visit)];
            row.order = row.present ? std::min(row.order, latest.order) : latest.order;
            row.present = true;
            row.values.append(latest.value);
            row.anyCensored = row.anyCensored || latest.censored;
        }
    }
    std::vector<qsizetype> order;
    for (qsizetype visit = 0; visit < m_visitNames.size(); ++visit) {
        if (rows[size_t(visit)].present)
            order.push_back(visit);
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::tie(rows[size_t(a)].order, m_visitNames[a]) < std::tie(rows[size_t(b)].order, m_visitNames[b]);
    });
    QList<VisitSpread> spread;
    spread.reserve(qsizetype(order.size()));
    for (const qsizetype visit : order) {
        Row& row = rows[size_t(visit)];
        VisitSpread entry{m_visitNames[visit], std::get<2>(row.order), int(row.values.size()), {}, {}, {}};
        if (!row.anyCensored) {
            std::sort(row.values.begin(), row.values.end());
            entry.median = SampleStatistics::quantile(row.values, 0.5);
            entry.q1 = SampleStatistics::quantile(row.values, 0.25);
            entry.q3 = SampleStatistics::quantile(row.values, 0.75);
        }
        spread.append(entry);
    }
    return spread;
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
    for (const VisitSpread& row : courses.spreadWithin(baseline, *distance, patientId, expected.m_courseCount)) {
        if (row.median)
            expected.m_visits.append({row.visit, row.day, row.n, *row.median, *row.q1, *row.q3});
    }
    return expected;
}

} // namespace outcome
