// Computing the clinic outcomes table: per group and visit, values, change from baseline, responders, markers out
// of range, and differences in change between groups.
#include "ClinicOutcomes.h"

#include "Baseline.h"
#include "ChangeFromBaseline.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ClinicOutcomes)
};

// What one group has at one visit, gathered before any statistic is computed.
struct VisitSample
{
    QList<double> values;
    bool anyCensored = false;
    int outOfRange = 0;
    QList<double> changes;
    bool anyCensoredChange = false;
    int responders = 0;
};

using VisitOrder = ClinicOutcomes::VisitOrder;

// The median and quartiles of a visit's values; none where one is censored ("< 0.5" has no place in an order).
void fillQuartiles(const VisitSample& sample, std::optional<double>& median, std::optional<double>& q1,
                   std::optional<double>& q3)
{
    if (sample.values.isEmpty() || sample.anyCensored)
        return;
    QList<double> sorted = sample.values;
    std::sort(sorted.begin(), sorted.end());
    median = SampleStatistics::quantile(sorted, 0.5);
    q1 = SampleStatistics::quantile(sorted, 0.25);
    q3 = SampleStatistics::quantile(sorted, 0.75);
}

void fillSpread(VisitOutcome& row, const VisitSample& sample)
{
    row.n = int(sample.values.size());
    // A censored value ("< 0.5") has no number to average: the figures that would need one are not given.
    if (row.n == 0 || sample.anyCensored)
        return;
    row.mean = SampleStatistics::mean(sample.values);
    row.sd = SampleStatistics::standardDeviation(sample.values);
    if (const std::optional<Interval> ci = SampleStatistics::meanInterval(sample.values)) {
        row.ciLow = ci->low;
        row.ciHigh = ci->high;
    }
    fillQuartiles(sample, row.median, row.q1, row.q3);
}

// The table's rows: every visit any course has a value at (extra visits aside), in course order.
struct VisitRows
{
    QStringList visits;
    QList<int> days; // the earliest scheduled day of each
    QHash<QString, qsizetype> index;
};

template <typename Courses, typename Deref> VisitRows visitRowsOf(const Courses& courses, Deref deref)
{
    QHash<QString, VisitOrder> visitOrder;
    for (const auto& entry : courses) {
        for (const OutcomeValue& value : deref(entry).values) {
            if (value.kind == VisitKind::Extra)
                continue;
            const VisitOrder order = ClinicOutcomes::visitOrder(value);
            const auto found = visitOrder.find(value.visit);
            if (found == visitOrder.end())
                visitOrder.insert(value.visit, order);
            else if (order < *found)
                *found = order;
        }
    }
    VisitRows rows;
    rows.visits = visitOrder.keys();
    std::sort(rows.visits.begin(), rows.visits.end(), [&](const QString& a, const QString& b) {
        return std::tie(visitOrder[a], a) < std::tie(visitOrder[b], b);
    });
    for (qsizetype i = 0; i < rows.visits.size(); ++i) {
        rows.index.insert(rows.visits[i], i);
        rows.days.append(std::get<2>(visitOrder[rows.visits[i]]));
    }
    return rows;
}

// For each row, the index of the course's latest value at that visit, or -1: the latest entry of a visit wins, as
// it does on the patient's own charts.
void latestOfEachVisit(const OutcomeCourse& course, const VisitRows& rows, QList<qsizetype>& latest)
{
    latest.fill(-1, rows.visits.size());
    for (qsizetype i = 0; i < course.values.size(); ++i) {
        if (course.values[i].kind != VisitKind::Extra)
            latest[rows.index.value(course.values[i].visit)] = i;
    }
}

void fillProportion(int count, int trials, std::optional<int>& number, std::optional<double>& rate,
                    std::optional<double>& low, std::optional<double>& high)
{
    if (trials == 0)
        return;
    number = count;
    rate = double(count) / trials;
    const Interval ci = SampleStatistics::wilsonInterval(count, trials);
    low = ci.low;
    high = ci.high;
}

} // namespace

QString ClinicOutcomes::groupingCode(OutcomeGrouping grouping)
{
    switch (grouping) {
    case OutcomeGrouping::None:
        return QStringLiteral("none");
    case OutcomeGrouping::Treatment:
        return QStringLiteral("treatment");
    case OutcomeGrouping::Template:
        return QStringLiteral("template");
    }
    return {};
}

std::optional<OutcomeGrouping> ClinicOutcomes::groupingFromCode(const QString& code)
{
    for (const OutcomeGrouping grouping :
         {OutcomeGrouping::None, OutcomeGrouping::Treatment, OutcomeGrouping::Template}) {
        if (groupingCode(grouping) == code)
            return grouping;
    }
    return std::nullopt;
}

QString ClinicOutcomes::groupOf(const OutcomeCourse& course, OutcomeGrouping grouping)
{
    switch (grouping) {
    case OutcomeGrouping::None:
        return QStringLiteral("All");
    case OutcomeGrouping::Treatment:
        return course.treatmentLabel.isEmpty() ? Tr::tr("No treatment label") : course.treatmentLabel;
    case OutcomeGrouping::Template:
        return course.templateName;
    }
    return {};
}

bool ClinicOutcomes::passes(const OutcomeCourse& course, const OutcomeFilter& filter)
{
    if (filter.startedFrom.isValid() && course.startDate < filter.startedFrom)
        return false;
    if (filter.startedTo.isValid() && course.startDate > filter.startedTo)
        return false;
    if (!filter.templateName.isEmpty() && course.templateName != filter.templateName)
        return false;
    if (!filter.treatmentLabel.isEmpty() && course.treatmentLabel != filter.treatmentLabel)
        return false;
    if (!filter.clinician.isEmpty() && course.clinician != filter.clinician)
        return false;
    if (!filter.includeArchived && course.archived)
        return false;
    if (!filter.completeAt.isEmpty()) {
        return std::any_of(course.values.cbegin(), course.values.cend(), [&](const OutcomeValue& value) {
            return value.kind != VisitKind::Extra && value.visit == filter.completeAt;
        });
    }
    return true;
}

std::optional<qsizetype> ClinicOutcomes::baselineIndex(const OutcomeCourse& course)
{
    QList<DatedValue> dated;
    dated.reserve(course.values.size());
    for (const OutcomeValue& value : course.values)
        dated.append({value.date, value.value, value.kind == VisitKind::Baseline});
    const std::optional<Baseline> baseline = Baseline::choose(dated);
    if (!baseline)
        return std::nullopt;
    return baseline->index;
}

bool ClinicOutcomes::hasResponders(const MeasureDefinition& measure)
{
    return measure.meaningfulChange.has_value() && measure.direction != Direction::Neutral && !measure.isLabValue();
}

bool ClinicOutcomes::hasReferenceRange(const MeasureDefinition& measure)
{
    return measure.referenceRange.isSet();
}

ClinicOutcomes::VisitOrder ClinicOutcomes::visitOrder(const OutcomeValue& value)
{
    const int rank = value.kind == VisitKind::Baseline ? 0 : value.kind == VisitKind::Session ? 1 : 2;
    return {rank, value.kind == VisitKind::Session ? value.sessionNumber : 0, value.day};
}

Result<ClinicOutcomes> ClinicOutcomes::compute(const MeasureDefinition& measure, const QList<OutcomeCourse>& courses,
                                               const OutcomeFilter& filter, OutcomeGrouping grouping,
                                               const QString& reference)
{
    ClinicOutcomes outcomes;

    // The rows come from every course, so that filtering never reorders or drops a visit.
    const VisitRows rows =
        visitRowsOf(courses, [](const OutcomeCourse& course) -> const OutcomeCourse& { return course; });
    outcomes.m_visits = rows.visits;
    outcomes.m_visitDays = rows.days;

    const bool responders = hasResponders(measure);
    const bool ranged = hasReferenceRange(measure);
    std::map<QString, std::pair<int, QList<VisitSample>>> samples; // by group name, in name order
    QList<qsizetype> latest;
    for (const OutcomeCourse& course : courses) {
        if (!passes(course, filter))
            continue;
        ++outcomes.m_courseCount;
        auto& [courseCount, groupSamples] = samples[groupOf(course, grouping)];
        ++courseCount;
        if (groupSamples.isEmpty())
            groupSamples.resize(outcomes.m_visits.size());

        const std::optional<qsizetype> baseline = baselineIndex(course);
        // The row of the baseline's own visit, which has no change even when a later entry there replaced it.
        const qsizetype baselineRow = baseline && course.values[*baseline].kind != VisitKind::Extra
                                          ? rows.index.value(course.values[*baseline].visit)
                                          : -1;
        latestOfEachVisit(course, rows, latest);
        for (qsizetype row = 0; row < latest.size(); ++row) {
            if (latest[row] < 0)
                continue;
            const OutcomeValue& value = course.values[latest[row]];
            VisitSample& sample = groupSamples[row];
            sample.values.append(value.value);
            sample.anyCensored = sample.anyCensored || value.censoring != Censoring::None;
            if (ranged && measure.referenceRange.flag(value.value, value.censoring) != RangeFlag::None)
                ++sample.outOfRange;
            if (!baseline || baselineRow == row)
                continue;
            const OutcomeValue& first = course.values[*baseline];
            sample.changes.append(value.value - first.value);
            const bool censored = value.censoring != Censoring::None || first.censoring != Censoring::None;
            sample.anyCensoredChange = sample.anyCensoredChange || censored;
            if (responders && !censored &&
                ChangeFromBaseline::compute(measure, first.value, value.value).isMeaningfulImprovement())
                ++sample.responders;
        }
    }

    QHash<QString, QList<VisitSample>> samplesOfGroup;
    for (auto& [name, entry] : samples) {
        GroupOutcome group;
        group.group = name;
        group.courses = entry.first;
        for (qsizetype i = 0; i < outcomes.m_visits.size(); ++i) {
            const VisitSample& sample = entry.second[i];
            VisitOutcome row;
            row.visit = outcomes.m_visits[i];
            fillSpread(row, sample);
            row.changeN = int(sample.changes.size());
            if (row.changeN > 0 && !sample.anyCensoredChange)
                row.changeMean = SampleStatistics::mean(sample.changes);
            if (responders && !sample.anyCensoredChange)
                fillProportion(sample.responders, row.changeN, row.responders, row.responderRate, row.responderCiLow,
                               row.responderCiHigh);
            if (ranged)
                fillProportion(sample.outOfRange, row.n, row.outOfRange, row.outOfRangeRate, row.outOfRangeCiLow,
                               row.outOfRangeCiHigh);
            group.visits.append(row);
        }
        outcomes.m_groups.append(group);
        samplesOfGroup.insert(name, std::move(entry.second));
    }

    if (outcomes.m_groups.size() < 2)
        return outcomes;
    if (reference.isEmpty()) {
        // The largest group; the first by name among equals.
        const auto largest =
            std::max_element(outcomes.m_groups.cbegin(), outcomes.m_groups.cend(),
                             [](const GroupOutcome& a, const GroupOutcome& b) { return a.courses < b.courses; });
        outcomes.m_reference = largest->group;
    } else {
        outcomes.m_reference = reference;
    }
    if (!samplesOfGroup.contains(outcomes.m_reference)) {
        QStringList names;
        for (const GroupOutcome& group : std::as_const(outcomes.m_groups))
            names.append(group.group);
        return makeError(ErrorKind::NotFound, Tr::tr("There is no group \"%1\"; the groups are: %2.")
                                                  .arg(outcomes.m_reference, names.join(QStringLiteral(", "))));
    }

    const QList<VisitSample>& referenceSamples = samplesOfGroup[outcomes.m_reference];
    for (const GroupOutcome& group : std::as_const(outcomes.m_groups)) {
        if (group.group == outcomes.m_reference)
            continue;
        const QList<VisitSample>& groupSamples = samplesOfGroup[group.group];
        for (qsizetype i = 0; i < outcomes.m_visits.size(); ++i) {
            const VisitSample& a = groupSamples[i];
            const VisitSample& b = referenceSamples[i];
            if (a.changes.isEmpty() || b.changes.isEmpty() || a.anyCensoredChange || b.anyCensoredChange)
                continue;
            OutcomeComparison comparison;
            comparison.group = group.group;
            comparison.reference = outcomes.m_reference;
            comparison.visit = outcomes.m_visits[i];
            comparison.difference = SampleStatistics::mean(a.changes) - SampleStatistics::mean(b.changes);
            if (const std::optional<Interval> ci = SampleStatistics::welchInterval(a.changes, b.changes)) {
                comparison.ciLow = ci->low;
                comparison.ciHigh = ci->high;
            }
            outcomes.m_comparisons.append(comparison);
        }
    }
    return outcomes;
}

QList<VisitFigure> visitFigures(const VisitOutcome& row)
{
    const auto whole = [](const char16_t* name, const std::optional<int>& count) {
        return VisitFigure{name, count ? std::optional<double>(*count) : std::nullopt, true};
    };
    return {
        whole(u"n", row.n),
        {u"mean", row.mean},
        {u"sd", row.sd},
        {u"ci_low", row.ciLow},
        {u"ci_high", row.ciHigh},
        {u"median", row.median},
        {u"q1", row.q1},
        {u"q3", row.q3},
        whole(u"change_n", row.changeN),
        {u"change_mean", row.changeMean},
        whole(u"responders", row.responders),
        {u"responder_rate", row.responderRate},
        {u"responder_ci_low", row.responderCiLow},
        {u"responder_ci_high", row.responderCiHigh},
        whole(u"out_of_range", row.outOfRange),
        {u"out_of_range_rate", row.outOfRangeRate},
        {u"out_of_range_ci_low", row.outOfRangeCiLow},
        {u"out_of_range_ci_high", row.outOfRangeCiHigh},
    };
}

} // namespace outcome
