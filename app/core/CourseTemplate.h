// What a course of care looks like: how many sessions, how often, which follow-ups and which instruments when.
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace outcome {

struct PlannedInstrument
{
    QString instrumentId;
    bool optional = false;
    bool operator==(const PlannedInstrument& other) const = default;
};

enum class OffsetUnit
{
    Days,
    Weeks,
    Months
};

// Follow-ups count from the course start by default; the alternative reading counts from the last session.
enum class FollowUpAnchor
{
    CourseStart,
    LastSession
};

struct FollowUpRule
{
    QString label; // "1 month"
    int amount = 0;
    OffsetUnit unit = OffsetUnit::Days;
    FollowUpAnchor anchor = FollowUpAnchor::CourseStart;
    bool closesCourse = false;
    QList<PlannedInstrument> instruments;
    bool operator==(const FollowUpRule& other) const = default;
};

struct CourseTemplate
{
    qint64 id = 0; // one stored version
    QString key;   // stays the same across versions
    int version = 1;
    QString name;
    int sessionCount = 8;
    int sessionsPerWeek = 2;
    QList<int> weekdays; // 1 = Monday .. 7 = Sunday; empty: spread evenly from the start date's weekday
    QList<PlannedInstrument> baselineInstruments;
    QList<PlannedInstrument> sessionInstruments;
    QList<FollowUpRule> followUps;

    // The definition without identity (key, version, id), as stored beside them.
    QJsonObject toJson() const;
    static Result<CourseTemplate> fromJson(const QJsonObject& json);
    bool sameDefinition(const CourseTemplate& other) const;

    // "8 sessions / 4 weeks + 6-month follow-up" from the clinical reference.
    static CourseTemplate standard();
};

Status validateCourseTemplate(const CourseTemplate& courseTemplate);

QString offsetUnitToCode(OffsetUnit unit);
OffsetUnit offsetUnitFromCode(const QString& code);
QString followUpAnchorToCode(FollowUpAnchor anchor);
FollowUpAnchor followUpAnchorFromCode(const QString& code);

} // namespace outcome
