// One course with everything charts must cope with: a baseline without a pain score, a missed session, a late
// follow-up, a censored lab value, an out-of-range marker and a flare-up. The same story in memory (core tests)
// and in a database (SampleDatabase.h).
#pragma once

#include "Assessment.h"
#include "ClinicalEvent.h"
#include "CoreTestSupport.h"
#include "Course.h"
#include "CourseSchedule.h"
#include "CourseTemplate.h"
#include "MeasureSeries.h"

namespace outcome::test {

inline const QDate kSampleStart(2026, 3, 2);
constexpr int kSampleLateDays = 10; // the 3-month visit took place ten days after its planned day
constexpr int kMissedSession = 6;
// NRS at sessions 1..8; session 6 was missed.
inline const QList<int> kSampleNrs{7, 6, 6, 5, 5, -1, 4, 3};

inline const QString kRandBaseline =
    QStringLiteral("4,4,1,2,1,2,2,1,2,2,2,3,1,1,1,2,2,2,2,3,4,4,4,3,3,4,4,4,4,3,3,3,3,3,3,3");
inline const QString kRandLatest =
    QStringLiteral("2,2,2,3,2,3,3,2,3,3,3,3,2,2,2,2,2,2,2,2,2,2,3,4,4,2,2,4,3,2,2,4,3,4,3,4");

struct SampleAssessment
{
    QString instrumentId;
    QString answers;
};

// What happened at each planned visit: its status, how late it was, and what was entered.
struct SampleVisitRecord
{
    VisitStatus status = VisitStatus::Scheduled;
    int lateDays = 0;
    QList<SampleAssessment> entered;
};

inline SampleVisitRecord sampleRecordFor(const Visit& visit)
{
    switch (visit.kind) {
    case VisitKind::Baseline:
        return {VisitStatus::Done,
                0,
                {{QStringLiteral("odi"), QStringLiteral("2,2,2,2,2,2,2,2,2,2")},
                 {QStringLiteral("rand36"), kRandBaseline},
                 {QStringLiteral("markers"), QStringLiteral("12,,,,<0.5,")}}};
    case VisitKind::Session: {
        const int nrs = kSampleNrs[visit.sessionNumber - 1];
        if (nrs < 0)
            return {VisitStatus::Missed, 0, {}};
        return {VisitStatus::Done, 0, {{QStringLiteral("nrs"), QString::number(nrs)}}};
    }
    case VisitKind::FollowUp:
        if (visit.closesCourse)
            return {VisitStatus::Done,
                    0,
                    {{QStringLiteral("odi"), QStringLiteral("1,1,1,1,1,1,1,1,1,1")},
                     {QStringLiteral("qvas"), QStringLiteral("6,6,8,2")},
                     {QStringLiteral("markers"), QStringLiteral("8,,,,0.8,")}}};
        if (visit.scheduledDate == kSampleStart.addDays(91))
            return {VisitStatus::Done,
                    kSampleLateDays,
                    {{QStringLiteral("odi"), QStringLiteral("1,1,1,1,1,1,1,1,1,0")},
                     {QStringLiteral("qvas"), QStringLiteral("4,4,5,1")},
                     {QStringLiteral("rand36"), kRandLatest},
                     {QStringLiteral("markers"), QStringLiteral("4.5,,,,<0.5,")}}};
        break;
    case VisitKind::Extra:
        break;
    }
    return {};
}

// Applies the record to a planned visit and returns the assessments to enter there.
inline QList<Assessment> recordSampleVisit(Visit& visit)
{
    const SampleVisitRecord record = sampleRecordFor(visit);
    visit.status = record.status;
    if (record.status == VisitStatus::Done)
        visit.actualDate = visit.scheduledDate.addDays(record.lateDays);
    QList<Assessment> assessments;
    for (const SampleAssessment& entry : record.entered) {
        Assessment assessment;
        assessment.visitId = visit.id;
        assessment.instrumentId = entry.instrumentId;
        assessment.instrumentVersion = bundled(entry.instrumentId).version;
        assessment.answers = answers(bundled(entry.instrumentId), entry.answers);
        assessments.append(assessment);
    }
    return assessments;
}

inline ClinicalEvent sampleFlareUp(qint64 patientId, qint64 courseId)
{
    return ClinicalEvent{0,
                         patientId,
                         courseId,
                         kSampleStart.addDays(12),
                         ClinicalEventKind::FlareUp,
                         QStringLiteral("Lifted a heavy box at work."),
                         0};
}

struct SampleCourse
{
    Course course;
    QList<Visit> visits;
    QList<Assessment> assessments;
    QList<ClinicalEvent> events;
};

inline SampleCourse sampleCourse()
{
    SampleCourse sample;
    sample.course.id = 1;
    sample.course.patientId = 1;
    sample.course.startDate = kSampleStart;
    sample.visits = CourseSchedule::plan(CourseTemplate::standard(), kSampleStart);
    qint64 assessmentId = 0;
    for (Visit& visit : sample.visits) {
        visit.id = visit.sequence;
        visit.courseId = 1;
        for (Assessment& assessment : recordSampleVisit(visit)) {
            assessment.id = ++assessmentId;
            sample.assessments.append(assessment);
        }
    }
    sample.events.append(sampleFlareUp(1, 1));
    return sample;
}

// A series of weekly values, the first at a baseline visit: for checking wording and thresholds value by value.
// The instrument must outlive the series.
inline MeasureSeries seriesOfValues(const InstrumentDefinition& instrument, const MeasureDefinition& measure,
                                    const QList<double>& values)
{
    Course course;
    course.id = 1;
    course.startDate = kSampleStart;
    QList<Visit> visits;
    for (qsizetype i = 0; i < values.size(); ++i) {
        Visit visit;
        visit.id = i + 1;
        visit.sequence = int(i + 1);
        visit.kind = i == 0 ? VisitKind::Baseline : VisitKind::Session;
        visit.sessionNumber = int(i);
        visit.status = VisitStatus::Done;
        visit.scheduledDate = course.startDate.addDays(i * 7);
        visit.actualDate = visit.scheduledDate;
        visits.append(visit);
    }
    const CourseTimeline timeline = CourseTimeline::build(course, visits, {});
    QList<VisitScore> scores;
    for (qsizetype i = 0; i < values.size(); ++i) {
        MeasureScore score;
        score.measureId = measure.id;
        score.value = values[i];
        scores.append({&timeline.visits()[i], score});
    }
    return MeasureSeries::build(timeline, instrument, measure, scores);
}

} // namespace outcome::test
