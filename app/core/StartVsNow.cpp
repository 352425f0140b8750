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
    const QString start = OutcomeText::markedValue(measure, first);
    row.start = baseline->firstRecorded ? Tr::tr("%1 (first recorded)").arg(start) : start;
    row.startDetail = when(first);

    const SeriesPoint* last = series.latest();
    if (!last) {
        row.verdictText = Tr::tr("no later value yet");
        return row;
    }
    row.now = OutcomeText::markedValue(measure, *last);
    row.nowDetail = when(*last);
    const std::optional<ChangeFromBaseline>& change = series.change();
    if (!change) {
        row.change = OutcomeText::censoredMove(series.censoredMove().value_or(CensoredMove::CannotTell));
        row.verdict = ChangeVerdict::NotRated;
        row.verdictText = series.isLabValue() ? OutcomeText::rangeName(measure, last->rangeFlag) : Tr::tr("—");
        return row;
    }
    row.verdict = change->verdict;
    if (measure.answerOnly) {
        // An answer has no change: what it says now is the whole story.
        row.change = Tr::tr("—");
        row.verdictText = Tr::tr("—");
        return row;
    }
    row.change = Tr::tr("%1 (%2)").arg(OutcomeText::change(measure, change->change),
                                       OutcomeText::percentOrDash(change->percentChange));
    row.verdictText =
        series.isLabValue() ? OutcomeText::rangeName(measure, last->rangeFlag) : OutcomeText::verdictName(*change);
    if (row.verdictText.isEmpty())
        row.verdictText = Tr::tr("—");
    QStringList checks;
    for (const ThresholdCheck& check : change->thresholds)
        checks.append(OutcomeText::thresholdCheck(check));
    row.thresholds = checks.join(Tr::tr(" · "));
    return row;
}

} // namespace outcome
