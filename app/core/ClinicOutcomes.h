// How the clinic's patients do on one measure: per visit of the course and per group of courses, the spread of
// values, the change from baseline, responders and markers out of range, and each group's difference in change
// from a reference group. Used by the CLI's `outcomes`, the clinic outcomes view and its report.
#pragma once

#include "Course.h"
#include "MeasureDefinition.h"
#include "Result.h"
#include "SampleStatistics.h"
#include "Visit.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <tuple>

namespace outcome {

// One value of the measure in a course, at one visit.
struct OutcomeValue
{
    QString visit; // the visit's title ("Baseline", "Session 3", "1 month"); rows are made of these
    VisitKind kind = VisitKind::Session;
    int sessionNumber = 0;
    int day = 0; // scheduled days after the course start: orders the follow-ups
    QDate date;  // when it was taken: an extra visit's value can be the "first recorded" baseline
    double value = 0;
    Censoring censoring = Censoring::None;
};

} // namespace outcome
// Moved as bytes when a list of them grows (so are the courses below).
Q_DECLARE_TYPEINFO(outcome::OutcomeValue, Q_RELOCATABLE_TYPE);
namespace outcome {

// One course as clinic outcomes read it: what the filters and groups look at, and its values of the measure
// (the latest entry of each visit, as everywhere in the program).
struct OutcomeCourse
{
    qint64 courseId = 0;
    qint64 patientId = 0;
    QString templateName;
    QString treatmentLabel;
    QString clinician; // empty where none was recorded
    QDate startDate;
    CourseStatus status = CourseStatus::Active;
    bool archived = false; // the patient is archived
    QList<OutcomeValue> values;
};

} // namespace outcome
Q_DECLARE_TYPEINFO(outcome::OutcomeCourse, Q_RELOCATABLE_TYPE);
namespace outcome {

enum class OutcomeGrouping
{
    None,
    Treatment,
    Template
};

// Which courses count; an empty or invalid field lets every course through.
struct OutcomeFilter
{
    QDate startedFrom;
    QDate startedTo;
    QString templateName;
    QString treatmentLabel;
    QString clinician;
    bool includeArchived = true;
    QString completeAt; // only courses with a value at this visit
};

// One row of the table: a visit, for one group.
struct VisitOutcome
{
    QString visit;
    int n = 0;
    std::optional<double> mean;
    std::optional<double> sd;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> median;
    std::optional<double> q1;
    std::optional<double> q3;
    int changeN = 0;
    std::optional<double> changeMean;
    std::optional<int> responders;
    std::optional<double> responderRate;
    std::optional<double> responderCiLow;
    std::optional<double> responderCiHigh;
    std::optional<int> outOfRange;
    std::optional<double> outOfRangeRate;
    std::optional<double> outOfRangeCiLow;
    std::optional<double> outOfRangeCiHigh;
};

// One figure of a visit's row, under its name in the clinic outcome table's documented output (`outcomes --json`,
// the exported CSV); counts are whole, and a figure that does not apply has no value.
struct VisitFigure
{
    const char16_t* name = nullptr;
    std::optional<double> value;
    bool whole = false;
};

// A row's figures after its visit, in the documented order: n, mean, sd, ci_low, … out_of_range_ci_high.
QList<VisitFigure> visitFigures(const VisitOutcome& row);

struct GroupOutcome
{
    QString group;
    int courses = 0;
    QList<VisitOutcome> visits; // one per visit of ClinicOutcomes::visits(), in that order
};

// A group's mean change minus the reference group's at one visit.
struct OutcomeComparison
{
    QString group;
    QString reference;
    QString visit;
    double difference = 0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
};

class ClinicOutcomes
{
public:
    // Every figure of the table. `reference` names the group the others are compared with; empty: the group with
    // the most courses. A reference naming no group is an error naming the groups there are.
    static Result<ClinicOutcomes> compute(const MeasureDefinition& measure, const QList<OutcomeCourse>& courses,
                                          const OutcomeFilter& filter, OutcomeGrouping grouping,
                                          const QString& reference = {});

    // Where a visit stands in a course: baseline, sessions by number, then follow-ups by their scheduled day. The
    // table's rows are the visits in this order (the earliest over the courses), then by name.
    using VisitOrder = std::tuple<int, int, int>;
    static VisitOrder visitOrder(const OutcomeValue& value);

    // The group a course belongs to.
    static QString groupOf(const OutcomeCourse& course, OutcomeGrouping grouping);
    static QString groupingCode(OutcomeGrouping grouping);
    static std::optional<OutcomeGrouping> groupingFromCode(const QString& code);
    static bool passes(const OutcomeCourse& course, const OutcomeFilter& filter);
    // Which of the course's values is its baseline (the baseline visit's, else the first recorded).
    static std::optional<qsizetype> baselineIndex(const OutcomeCourse& course);

    // Whether the measure has responders (a meaningful-improvement threshold) and markers out of range.
    static bool hasResponders(const MeasureDefinition& measure);
    static bool hasReferenceRange(const MeasureDefinition& measure);

    int courseCount() const { return m_courseCount; }
    // The visits of the table, in course order: baseline, sessions, then follow-ups by their day.
    const QStringList& visits() const { return m_visits; }
    // The earliest scheduled day (since the course start) of each visit, in the order of visits(): where charts
    // put it.
    const QList<int>& visitDays() const { return m_visitDays; }
    const QList<GroupOutcome>& groups() const { return m_groups; }
    const QString& reference() const { return m_reference; }
    const QList<OutcomeComparison>& comparisons() const { return m_comparisons; }

private:
    int m_courseCount = 0;
    QStringList m_visits;
    QList<int> m_visitDays;
    QList<GroupOutcome> m_groups;
    QString m_reference;
    QList<OutcomeComparison> m_comparisons;
};

} // namespace outcome
