// Plain-language sentences for the patient view, one wording per kind of measure.
#include "PatientSentences.h"

#include "OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::PatientSentences)
};

enum class PlainKind
{
    Amount, // how much of something (pain): "went from 7 to 3 — 57 % better"
    Impact, // how much back problems get in the way: "much less than at the start (moderate → minimal)"
    Health  // a norm-based health score: "went from 35 to 42 — better than at the start"
};

struct PlainMeasure
{
    const char* key;
    PlainKind kind;
    const char* heading;
    const char* scale;
    const char* subject;   // "your pain", as the sentence names it
    const char* impactFmt; // Impact: the sentence, %1 = how much more or less, %2 = from → to
};

constexpr PlainMeasure kPlainMeasures[] = {
    {"nrs/score", PlainKind::Amount, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Pain"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "0 = no pain, 10 = the worst pain you can imagine"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "pain"), nullptr},
    {"qvas/score", PlainKind::Amount, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Pain now, usually and at worst"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "0 = no pain, 100 = the worst pain possible"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "overall pain score"), nullptr},
    {"odi/total", PlainKind::Impact, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Daily life with your back"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "0 % = no effect on daily life, 100 % = affects everything"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "back problems in daily life"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "Your back problems affect daily life %1 at the start (%2).")},
    {"rmdq/total", PlainKind::Impact, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Everyday activities"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "how many of 24 everyday activities your back makes harder"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "everyday activities made harder by your back"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences",
                       "Your back gets in the way of everyday activities %1 at the start (%2).")},
    {"rand36/pcs", PlainKind::Health, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Physical health"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "50 is the average for adults; higher is better"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "physical health score"), nullptr},
    {"rand36/mcs", PlainKind::Health, QT_TRANSLATE_NOOP("outcome::PatientSentences", "Mental and emotional health"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "50 is the average for adults; higher is better"),
     QT_TRANSLATE_NOOP("outcome::PatientSentences", "mental and emotional health score"), nullptr},
};

const PlainMeasure* plainMeasure(const QString& key)
{
    for (const PlainMeasure& entry : kPlainMeasures) {
        if (key == QLatin1String(entry.key))
            return &entry;
    }
    return nullptr;
}

QString wholePercent(double percent)
{
    return OutcomeText::decimal(std::abs(percent), 0);
}

// A change short of meaningful still went one way: the patient hears "a little", never "much".
QString impactDegree(const ChangeFromBaseline& change)
{
    switch (change.verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("much less than");
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("much more than");
    case ChangeVerdict::NoMeaningfulChange:
    case ChangeVerdict::Better:
    case ChangeVerdict::Worse:
        if (change.sense == ChangeSense::Better)
            return Tr::tr("a little less than");
        if (change.sense == ChangeSense::Worse)
            return Tr::tr("a little more than");
        break;
    case ChangeVerdict::AboutTheSame:
    case ChangeVerdict::NotRated:
        break;
    }
    return Tr::tr("about as much as");
}

// "moderate → minimal", "still moderate", or the numbers where the measure has no bands.
QString impactDetail(const MeasureSeries& series, const ChangeFromBaseline& change)
{
    const MeasureDefinition& measure = series.measure();
    if (change.baselineBand && change.valueBand) {
        if (change.baselineBand->id == change.valueBand->id)
            return Tr::tr("still %1").arg(change.valueBand->patientText());
        return Tr::tr("%1 → %2").arg(change.baselineBand->patientText(), change.valueBand->patientText());
    }
    return Tr::tr("%1 → %2").arg(OutcomeText::value(measure, change.baseline),
                                 OutcomeText::value(measure, change.value));
}

// Pain in numbers: a meaningful change is said in percent; a smaller one is told without a judgement.
QString amountSentence(const QString& subject, const QString& from, const QString& to, const ChangeFromBaseline& change)
{
    if (change.verdict == ChangeVerdict::MeaningfullyImproved && change.percentChange)
        return Tr::tr("Your %1 went from %2 to %3 — %4 % better.")
            .arg(subject, from, to, wholePercent(*change.percentChange));
    if (change.verdict == ChangeVerdict::MeaningfullyWorsened && change.percentChange)
        return Tr::tr("Your %1 went from %2 to %3 — %4 % worse.")
            .arg(subject, from, to, wholePercent(*change.percentChange));
    if (change.sense == ChangeSense::None)
        return Tr::tr("Your %1 is the same as at the start: %2.").arg(subject, to);
    return Tr::tr("Your %1 went from %2 to %3.").arg(subject, from, to);
}

// A summary without a threshold: a change smaller than the small-change size is "about the same", never a warning.
QString healthSentence(const QString& subject, const QString& from, const QString& to, const ChangeFromBaseline& change)
{
    if (isImprovement(change.verdict))
        return Tr::tr("Your %1 went from %2 to %3 — better than at the start.").arg(subject, from, to);
    if (isWorsening(change.verdict))
        return Tr::tr("Your %1 went from %2 to %3 — lower than at the start.").arg(subject, from, to);
    return Tr::tr("Your %1 is about the same as at the start: %2.").arg(subject, to);
}

QString genericSentence(const QString& subject, const QString& from, const QString& to,
                        const ChangeFromBaseline& change)
{
    switch (change.verdict) {
    case ChangeVerdict::MeaningfullyImproved:
        return Tr::tr("%1: from %2 to %3 — much better.").arg(subject, from, to);
    case ChangeVerdict::MeaningfullyWorsened:
        return Tr::tr("%1: from %2 to %3 — much worse.").arg(subject, from, to);
    case ChangeVerdict::Better:
        return Tr::tr("%1: from %2 to %3 — better.").arg(subject, from, to);
    case ChangeVerdict::Worse:
        return Tr::tr("%1: from %2 to %3 — worse.").arg(subject, from, to);
    case ChangeVerdict::NoMeaningfulChange:
        if (change.sense == ChangeSense::Better)
            return Tr::tr("%1: from %2 to %3 — a little better.").arg(subject, from, to);
        if (change.sense == ChangeSense::Worse)
            return Tr::tr("%1: from %2 to %3 — a little worse.").arg(subject, from, to);
        break;
    case ChangeVerdict::AboutTheSame:
    case ChangeVerdict::NotRated:
        break;
    }
    return Tr::tr("%1: from %2 to %3 — about the same.").arg(subject, from, to);
}

} // namespace

QList<PatientSentence> PatientSentences::build(const CourseOutcomes& outcomes)
{
    QList<PatientSentence> sentences;
    for (const MeasureSeries& series : outcomes.series()) {
        if (isShownToPatient(series))
            sentences.append(sentence(series));
    }
    return sentences;
}

bool PatientSentences::isShownToPatient(const MeasureSeries& series)
{
    // A clinic's own instrument is shown when it defines a meaningful change: then it is an outcome, and the
    // sentence can say whether it got better.
    return plainMeasure(series.key()) ||
           (!series.isLabValue() && series.measure().meaningfulChange &&
            series.measure().direction != Direction::Neutral && series.instrument().origin == DefinitionOrigin::Clinic);
}

PatientSentence PatientSentences::sentence(const MeasureSeries& series)
{
    const PlainMeasure* plain = plainMeasure(series.key());
    const MeasureDefinition& measure = series.measure();
    const QString subject = plain ? Tr::tr(plain->subject) : measure.name;
    PatientSentence result{series.key(), heading(series), {}, std::nullopt};
    const std::optional<Baseline>& baseline = series.baseline();
    const std::optional<ChangeFromBaseline>& change = series.change();
    if (baseline && series.changeUnmeasurable()) {
        const SeriesPoint& last = *series.latest();
        result.text =
            Tr::tr("Your %1 went from %2 to %3.")
                .arg(subject, OutcomeText::value(measure, baseline->value, series.points()[baseline->index].censoring),
                     OutcomeText::value(measure, *last.value, last.censoring));
        return result;
    }
    if (!baseline || !change) {
        const QString start = baseline ? OutcomeText::value(measure, baseline->value) : Tr::tr("not yet measured");
        result.text = Tr::tr("We measured your %1 at the start: %2. Your next visits will show how it changes.")
                          .arg(subject, start);
        return result;
    }
    result.verdict = change->verdict;
    const QString from = OutcomeText::value(measure, change->baseline);
    const QString to = OutcomeText::value(measure, change->value);
    if (!plain) {
        result.text = genericSentence(subject, from, to, *change);
        return result;
    }
    switch (plain->kind) {
    case PlainKind::Amount:
        result.text = amountSentence(subject, from, to, *change);
        break;
    case PlainKind::Impact:
        result.text = Tr::tr(plain->impactFmt).arg(impactDegree(*change), impactDetail(series, *change));
        break;
    case PlainKind::Health:
        result.text = healthSentence(subject, from, to, *change);
        break;
    }
    return result;
}

QString PatientSentences::heading(const MeasureSeries& series)
{
    const PlainMeasure* plain = plainMeasure(series.key());
    return plain ? Tr::tr(plain->heading) : series.measure().name;
}

QString PatientSentences::scale(const MeasureSeries& series)
{
    const PlainMeasure* plain = plainMeasure(series.key());
    if (plain)
        return Tr::tr(plain->scale);
    const MeasureDefinition& measure = series.measure();
    return Tr::tr("from %1 to %2, %3")
        .arg(OutcomeText::value(measure, series.axisMin()), OutcomeText::value(measure, series.axisMax()),
             OutcomeText::directionWords(measure.direction));
}

QString PatientSentences::baselineLabel(const MeasureSeries& series)
{
    const std::optional<Baseline>& baseline = series.baseline();
    if (!baseline)
        return {};
    const Censoring censoring = series.points()[baseline->index].censoring;
    return Tr::tr("at the start: %1").arg(OutcomeText::value(series.measure(), baseline->value, censoring));
}

QString PatientSentences::expectedCourseKey(const ExpectedCourse& expected)
{
    return Tr::tr("Patients who started like you: %1 courses; half of them scored in the shaded area")
        .arg(expected.courseCount());
}

QString PatientSentences::expectedCourse(const MeasureSeries& series, const ExpectedCourse& expected)
{
    const ExpectedVisit* at = expected.isShown() ? OutcomeText::expectedVisitToTell(series, expected) : nullptr;
    if (!at)
        return {};
    const MeasureDefinition& measure = series.measure();
    return Tr::tr("Patients who started like you (%1 courses): by %2, half scored between %3 and %4.")
        .arg(expected.courseCount())
        .arg(at->visit, OutcomeText::number(measure, at->q1), OutcomeText::number(measure, at->q3));
}

QString PatientSentences::thresholdLabel(const MeasureSeries& series)
{
    return series.improvementThreshold() ? Tr::tr("a clear improvement") : QString();
}

QString PatientSentences::populationAverageLabel(const MeasureSeries& series)
{
    const std::optional<double> average = OutcomeText::populationAverage(series.measure());
    return average ? Tr::tr("average for adults: %1").arg(QLocale().toString(*average)) : QString();
}

} // namespace outcome
