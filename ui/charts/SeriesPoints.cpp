// Turning series points into what a QCustomPlot graph takes.
#include "SeriesPoints.h"

#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SeriesPoints)
};

QString rangeNote(const MeasureDefinition& measure, RangeFlag flag)
{
    switch (flag) {
    case RangeFlag::High:
        return Tr::tr("above the reference range (%1)").arg(OutcomeText::referenceRange(measure));
    case RangeFlag::Low:
        return Tr::tr("below the reference range (%1)").arg(OutcomeText::referenceRange(measure));
    case RangeFlag::None:
        break;
    }
    return {};
}

} // namespace

SeriesPoints::SeriesPoints(const MeasureSeries& series, const ChartStyle& style)
{
    const MeasureDefinition& measure = series.measure();
    for (const SeriesPoint& point : series.points()) {
        days.append(point.day);
        const QString when =
            style.plainLanguage
                ? point.visitTitle
                : Tr::tr("%1, %2").arg(point.visitTitle, QLocale().toString(point.date, QLocale::ShortFormat));
        if (point.isGap()) {
            values.append(std::numeric_limits<double>::quiet_NaN());
            labels.append(QString());
            toolTips.append(Tr::tr("%1: %2").arg(when, point.gapReason));
            continue;
        }
        values.append(*point.value);
        labels.append(OutcomeText::number(measure, *point.value, point.censoring));
        QString text = Tr::tr("%1: %2").arg(when, OutcomeText::value(measure, *point.value, point.censoring));
        const Band* band = point.censoring == Censoring::None ? measure.bandFor(*point.value)
                                                              : measure.bandFor(*point.value, point.censoring);
        if (band)
            text += Tr::tr(" (%1)").arg(style.plainLanguage ? band->patientText() : band->label);
        if (const QString note = rangeNote(measure, point.rangeFlag); !note.isEmpty())
            text += Tr::tr(" — %1").arg(note);
        toolTips.append(text);
    }
}

} // namespace outcome
