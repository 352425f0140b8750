// How the clinic's own completed courses that started like this patient's went on one measure: per visit the
// median and quartiles of their values, shown only when enough such courses exist. Computed on this computer.
#pragma once

#include "ClinicOutcomes.h"

#include <optional>
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

// One visit of the similar courses: how many have a value there, and the middle of those values (none where one
// is censored: "< 0.5" has no place in an order).
struct VisitSpread
{
    QString visit;
    int day = 0; // the earliest scheduled day of the visit among the courses
    int n = 0;
    std::optional<double> median;
    std::optional<double> q1;
    std::optional<double> q3;
};

// The clinic's completed courses of one measure whose baseline is not censored, ordered by that baseline: made
// once, then every patient's similar courses are found by a binary search instead of a look at every course, and
// summarised from each course's latest value per visit, worked out once too.
class CoursesByBaseline
{
public:
    CoursesByBaseline() = default;
    explicit CoursesByBaseline(const QList<OutcomeCourse>& courses);

    // The courses whose baseline lies within `distance` of `baseline`, except those of `patientId`: how many, and
    // per visit (in course order, as the clinic outcomes table orders them) the n, median and quartiles of their
    // latest values there, as the clinic outcomes table would give them for those courses.
    QList<VisitSpread> spreadWithin(double baseline, double distance, qint64 patientId, int& courseCount) const;

private:
    // A course's latest value at one visit, and where the visit stands in it.
    struct LatestValue
    {
        qsizetype visit = 0; // index into m_visitNames
        ClinicOutcomes::VisitOrder order;
        double value = 0;
        bool censored = false;
    };
    struct Similar
    {
        double baseline = 0;
        qint64 patientId = 0;
        std::vector<LatestValue> values;
    };
    std::vector<Similar> m_byBaseline; // ascending by baseline
    QStringList m_visitNames;
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
