// Start-vs-now rows from a course's series.
#include "StartVsNow.h"

#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::StartVsNow)
};

QString when(const SeriesPoint& point)
{
    return Tr::tr("%1, %2").arg(point.visitTitle, QLocale().toString(point.date, QLocale::ShortFormat));
}

} // namespace

QList<StartVsNowRow> StartVsNow::rows(const CourseOutcomes& outcomes)
{
    QList<StartVsNowRow> rows;
    for (const MeasureSeries& series : outcomes.series())
        rows.append(row(series));
    return rows;
}

StartVsNowRow StartVsNow::row(const MeasureSeries& series)
{
    const MeasureDefinition& measure = series.measure();
    StartVsNowRow row;
    row.key = series.key();
    const InstrumentDefinition& instrument = series.instrument();
    row.instrument = instrument.shortName.isEmpty() ? instrument.name : instrument.shortName;
    row.measure = measure.name;
    row.now = Tr::tr("—");
    const std::optional<Baseline>& baseline = series.baseline();
    if (!baseline)
        return row;
    const SeriesPoint& first = series.points()[baseline->index];
    const QString start = OutcomeText::value(measure, baseline->value, first.censoring);
    row.start = baseline->firstRecorded ? Tr::tr("%1 (first recorded)").arg(start) : start;
    row.startDetail = when(first);

    const SeriesPoint* last = series.latest();
    if (!last) {
        row.verdictText = Tr::tr("no later value yet");
        return row;
    }
    row.now = OutcomeText::value(measure, *last->value, last->censoring);
    row.nowDetail = when(*last);
    const std::optional<ChangeFromBaseline>& change = series.change();
    if (!change) {
        row.change = Tr::tr("—");
        row.verdict = ChangeVerdict::NotRated;
        row.verdictText = Tr::tr("cannot tell: beyond the limit of detection");
        return row;
    }
    row.change = change->percentChange ? Tr::tr("%1 (%2)").arg(OutcomeText::change(measure, change->change),
                                                               OutcomeText::percent(*change->percentChange))
                                       : OutcomeText::change(measure, change->change);
    row.verdict = change->verdict;
    row.verdictText = OutcomeText::verdictName(change->verdict);
    QStringList checks;
    for (const ThresholdCheck& check : change->thresholds)
        checks.append(OutcomeText::thresholdCheck(check));
    row.thresholds = checks.join(Tr::tr(" · "));
    return row;
}

} // namespace outcome
