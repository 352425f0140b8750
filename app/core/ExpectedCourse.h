// How the clinic's own completed courses that started like this patient's went on one measure: per visit the
// median and quartiles of their values, shown only when enough such courses exist. Computed on this computer.
#pragma once

#include "ClinicOutcomes.h"

#include <utility>
#include <vector>

namespace outcome {

struct ExpectedVisit
{
    QString visit;
    int day = 0; // since the course start, where charts put it
    int n = 0;
    double median = 0;
    double q1 = 0;
    double q3 = 0;
};

// The clinic's completed courses of one measure whose baseline is not censored, ordered by that baseline: made
// once, then every patient's similar courses are found by a binary search instead of a look at every course.
class CoursesByBaseline
{
public:
    CoursesByBaseline() = default;
    explicit CoursesByBaseline(const QList<OutcomeCourse>& courses);

    // The courses whose baseline lies within `distance` of `baseline`, except those of `patientId`, in the order
    // they were given.
    QList<const OutcomeCourse*> within(double baseline, double distance, qint64 patientId) const;

private:
    QList<OutcomeCourse> m_courses;
    std::vector<std::pair<double, qsizetype>> m_byBaseline; // (baseline value, index into m_courses), ascending
};

class ExpectedCourse
{
public:
    // Fewer similar courses than this say too little: no band is shown.
    static constexpr int kMinimumCourses = 20;

    // How far a similar course's baseline may lie from this one's: a tenth of the measure's range. Empty for an
    // open-ended measure (a blood marker), which gets no expected course.
    static std::optional<double> similarDistance(const MeasureDefinition& measure);

    // The completed courses of other patients (not `patientId`) whose baseline, not censored, lies within the
    // distance of `baseline`.
    static ExpectedCourse build(const MeasureDefinition& measure, const QList<OutcomeCourse>& courses, double baseline,
                                qint64 patientId);
    // The same from courses ordered once for many patients.
    static ExpectedCourse build(const MeasureDefinition& measure, const CoursesByBaseline& courses, double baseline,
                                qint64 patientId);

    double baseline() const { return m_baseline; }
    double distance() const { return m_distance; }
    int courseCount() const { return m_courseCount; }
    bool isShown() const { return m_courseCount >= kMinimumCourses; }
    // Visits with at least one similar course's value, in course order.
    const QList<ExpectedVisit>& visits() const { return m_visits; }

private:
    double m_baseline = 0;
    double m_distance = 0;
    int m_courseCount = 0;
    QList<ExpectedVisit> m_visits;
};

} // namespace outcome
