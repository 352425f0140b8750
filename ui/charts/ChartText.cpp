// Charts as text and tables.
#include "ChartText.h"

#include "ChartStyle.h"
#include "OutcomeText.h"
#include "PatientSentences.h"
#include "ProfileChartBuilder.h"
#include "SeriesPoints.h"

#include <QCoreApplication>
#include <QLocale>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ChartText)
};

QString bandOf(const MeasureDefinition& measure, const SeriesPoint& point, bool plainLanguage)
{
    if (!point.value)
        return point.gapReason;
    const Band* band = point.censoring == Censoring::None ? measure.bandFor(*point.value)
                                                          : measure.bandFor(*point.value, point.censoring);
    QStringList notes;
    if (band)
        notes.append(plainLanguage ? band->patientText() : band->label);
    if (point.rangeFlag != RangeFlag::None)
        notes.append(OutcomeText::rangeName(measure, point.rangeFlag));
    return notes.join(QStringLiteral("; "));
}

} // namespace

ChartText ChartText::of(const CourseOutcomes& outcomes, const QString& key, bool plainLanguage,
                        const ExpectedCourse* expected)
{
    ChartText text;
    const QString instrumentId = key.section(QLatin1Char('/'), 0, 0);
    if (key == ProfileChartBuilder::key(instrumentId)) {
        if (ProfileChartBuilder::applies(outcomes, instrumentId))
            text.describeProfile(outcomes, instrumentId);
    } else if (const MeasureSeries* series = outcomes.find(key)) {
        text.describeSeries(outcomes, *series, plainLanguage);
        if (expected && expected->isShown() && !series->isLabValue())
            text.addExpected(*series, *expected, plainLanguage);
    }
    return text;
}

void ChartText::describeSeries(const CourseOutcomes& outcomes, const MeasureSeries& series, bool plainLanguage)
{
    const MeasureDefinition& measure = series.measure();
    m_columns = {Tr::tr("Visit"), Tr::tr("Date"), Tr::tr("Value"), Tr::tr("Band or note")};
    const QLocale locale;
    for (const SeriesPoint& point : series.points()) {
        m_rows.append({point.visitTitle, locale.toString(point.date, QLocale::ShortFormat),
                       point.value ? OutcomeText::value(measure, *point.value, point.censoring) : QString(),
                       bandOf(measure, point, plainLanguage)});
    }
    ChartStyle style = ChartStyle::print();
    style.plainLanguage = plainLanguage;
    const SeriesPoints points(series, style);
    m_description = Tr::tr("%1: %2.").arg(measure.name, points.toolTips.join(QStringLiteral("; ")));
    addMarkers(outcomes, plainLanguage);
}

void ChartText::describeProfile(const CourseOutcomes& outcomes, const QString& instrumentId)
{
    m_columns = {Tr::tr("Scale"), Tr::tr("Baseline"), Tr::tr("Latest")};
    QStringList parts;
    for (const MeasureSeries* series : outcomes.seriesOf(instrumentId)) {
        const MeasureDefinition& measure = series->measure();
        const SeriesPoint* first = series->baseline() ? &series->points()[series->baseline()->index] : nullptr;
        const SeriesPoint* latest = series->latest();
        const auto valueAt = [&measure](const SeriesPoint* point) {
            return point && point->value ? OutcomeText::value(measure, *point->value, point->censoring) : QString();
        };
        m_rows.append({measure.name, valueAt(first), valueAt(latest)});
        const auto visitOf = [](const SeriesPoint* point) {
            return point
                       ? Tr::tr("%1, %2").arg(point->visitTitle, QLocale().toString(point->date, QLocale::ShortFormat))
                       : QString();
        };
        parts.append(Tr::tr("%1 %2 at %3, %4 at %5")
                         .arg(measure.name, valueAt(first), visitOf(first), valueAt(latest), visitOf(latest)));
    }
    m_description = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void ChartText::addExpected(const MeasureSeries& series, const ExpectedCourse& expected, bool plainLanguage)
{
    const MeasureDefinition& measure = series.measure();
    QStringList visits;
    for (const ExpectedVisit& visit : expected.visits()) {
        visits.append(OutcomeText::expectedVisit(measure, visit));
        m_rows.append({plainLanguage ? Tr::tr("%1, patients who started like you").arg(visit.visit)
                                     : Tr::tr("%1, similar patients").arg(visit.visit),
                       QString(), OutcomeText::value(measure, visit.median),
                       Tr::tr("middle half %1 to %2 (%3 courses)")
                           .arg(OutcomeText::value(measure, visit.q1), OutcomeText::value(measure, visit.q3))
                           .arg(visit.n)});
    }
    const QString key = plainLanguage ? PatientSentences::expectedCourseKey(expected)
                                      : OutcomeText::expectedCourseKey(measure, expected);
    m_description += QLatin1Char(' ') + Tr::tr("%1: %2.").arg(key, visits.join(QStringLiteral("; ")));
}

void ChartText::addMarkers(const CourseOutcomes& outcomes, bool plainLanguage)
{
    QStringList marked;
    for (const TimelineMarker& marker : outcomes.timeline().markers()) {
        const QString words = plainLanguage || marker.detail.isEmpty() ? marker.plainLabel : marker.detail;
        marked.append(plainLanguage || marker.detail.isEmpty()
                          ? Tr::tr("%1, %2").arg(words, QLocale().toString(marker.date, QLocale::LongFormat))
                          : words);
        m_rows.append({marker.kind == MarkerKind::Event ? Tr::tr("Event") : Tr::tr("Missed visit"),
                       QLocale().toString(marker.date, QLocale::ShortFormat), QString(), words});
    }
    if (!marked.isEmpty())
        m_description += QLatin1Char(' ') + Tr::tr("Marked: %1.").arg(marked.join(QStringLiteral("; ")));
}

} // namespace outcome
