// What the patient reads about their own progress: plain sentences ("Your pain went from 7 to 3 — 57 % better"),
// chart headings and labels without codes or abbreviations. Built here, not in a widget, so they are tested and
// translated once.
#pragma once

#include "ChangeFromBaseline.h"
#include "CourseOutcomes.h"
#include "ExpectedCourse.h"

#include <QList>
#include <QString>

#include <optional>

namespace outcome {

struct PatientSentence
{
    QString key;                          // "nrs/score"
    QString heading;                      // "Pain"
    QString text;                         // "Your pain went from 7 to 3 — 57 % better."
    std::optional<ChangeVerdict> verdict; // empty until there is a later value
};

class PatientSentences
{
public:
    // One sentence per measure a patient is shown, pain first; lab values and single scales are left to the
    // clinician.
    static QList<PatientSentence> build(const CourseOutcomes& outcomes);
    static bool isShownToPatient(const MeasureSeries& series);
    static PatientSentence sentence(const MeasureSeries& series);

    // "Pain", "Daily life with your back": the chart's heading.
    static QString heading(const MeasureSeries& series);
    // "0 = no pain, 10 = the worst pain you can imagine": what the numbers mean.
    static QString scale(const MeasureSeries& series);
    // "at the start: 7" beside the baseline line.
    static QString baselineLabel(const MeasureSeries& series);
    // "a clear improvement" beside the threshold line.
    static QString thresholdLabel(const MeasureSeries& series);
    // "average for adults: 50" beside the population average's line; empty for measures without one.
    static QString populationAverageLabel(const MeasureSeries& series);
    // "Patients who started like you: 34 courses; half of them scored in the shaded area": the chart's key.
    static QString expectedCourseKey(const ExpectedCourse& expected);
    // "Patients who started like you (34 courses): by 1 month, half scored between 18 and 30." At the visit of the
    // patient's latest value where similar courses have one there, else at the last such visit. Empty where the
    // expected course is not shown.
    static QString expectedCourse(const MeasureSeries& series, const ExpectedCourse& expected);
};

} // namespace outcome
