// The "start vs now" summary across all measures of a course: baseline, latest, change and verdict in words,
// the table a clinician opens first (on screen and in the report).
#pragma once

#include "ChangeFromBaseline.h"
#include "CourseOutcomes.h"

#include <QList>
#include <QString>

#include <optional>

namespace outcome {

struct StartVsNowRow
{
    QString key;                          // "odi/total"
    QString instrument;                   // "ODI", "RAND-36"
    QString measure;                      // "Oswestry Disability Index"
    QString start;                        // "42 %", "42 % (first recorded)"
    QString startDetail;                  // "Baseline, 02/03/2026"
    QString now;                          // "20 %"; "—" until there is a later value
    QString nowDetail;                    // "3 months, 02/06/2026"
    QString change;                       // "−22 points (−52 %)"
    QString verdictText;                  // "meaningfully improved", "no later value yet"
    QString thresholds;                   // "10 points: yes · 30 %: no"
    std::optional<ChangeVerdict> verdict; // empty until there is a later value
};

class StartVsNow
{
public:
    static QList<StartVsNowRow> rows(const CourseOutcomes& outcomes);
    static StartVsNowRow row(const MeasureSeries& series);
};

} // namespace outcome
