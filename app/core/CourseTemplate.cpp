// Course template storage form, validation and the standard template.
#include "CourseTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::CourseTemplate)
};

QJsonArray instrumentsToJson(const QList<PlannedInstrument>& instruments)
{
    QJsonArray array;
    for (const PlannedInstrument& planned : instruments) {
        QJsonObject entry{{QStringLiteral("instrument"), planned.instrumentId}};
        if (planned.optional)
            entry.insert(QStringLiteral("optional"), true);
        array.append(entry);
    }
    return array;
}

QList<PlannedInstrument> instrumentsFromJson(const QJsonValue& value)
{
    QList<PlannedInstrument> instruments;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        const QString id = object.value(QStringLiteral("instrument")).toString();
        if (!id.isEmpty())
            instruments.append({id, object.value(QStringLiteral("optional")).toBool(false)});
    }
    return instruments;
}

QList<PlannedInstrument> fullBattery()
{
    return {{QStringLiteral("odi"), false},
            {QStringLiteral("qvas"), false},
            {QStringLiteral("rand36"), false},
            {QStringLiteral("markers"), true}};
}

} // namespace

QString offsetUnitToCode(OffsetUnit unit)
{
    switch (unit) {
    case OffsetUnit::Weeks:
        return QStringLiteral("weeks");
    case OffsetUnit::Months:
        return QStringLiteral("months");
    case OffsetUnit::Days:
        break;
    }
    return QStringLiteral("days");
}

OffsetUnit offsetUnitFromCode(const QString& code)
{
    if (code == QLatin1String("weeks"))
        return OffsetUnit::Weeks;
    if (code == QLatin1String("months"))
        return OffsetUnit::Months;
    return OffsetUnit::Days;
}

QString followUpAnchorToCode(FollowUpAnchor anchor)
{
    return anchor == FollowUpAnchor::LastSession ? QStringLiteral("last_session") : QStringLiteral("start");
}

FollowUpAnchor followUpAnchorFromCode(const QString& code)
{
    return code == QLatin1String("last_session") ? FollowUpAnchor::LastSession : FollowUpAnchor::CourseStart;
}

QJsonObject CourseTemplate::toJson() const
{
    QJsonArray weekdayArray;
    for (int day : weekdays)
        weekdayArray.append(day);
    QJsonArray followUpArray;
    for (const FollowUpRule& rule : followUps) {
        followUpArray.append(QJsonObject{{QStringLiteral("label"), rule.label},
                                         {QStringLiteral("amount"), rule.amount},
                                         {QStringLiteral("unit"), offsetUnitToCode(rule.unit)},
                                         {QStringLiteral("anchor"), followUpAnchorToCode(rule.anchor)},
                                         {QStringLiteral("closes_course"), rule.closesCourse},
                                         {QStringLiteral("instruments"), instrumentsToJson(rule.instruments)}});
    }
    return QJsonObject{{QStringLiteral("sessions"), sessionCount},
                       {QStringLiteral("sessions_per_week"), sessionsPerWeek},
                       {QStringLiteral("weekdays"), weekdayArray},
                       {QStringLiteral("baseline"), instrumentsToJson(baselineInstruments)},
                       {QStringLiteral("session"), instrumentsToJson(sessionInstruments)},
                       {QStringLiteral("follow_ups"), followUpArray}};
}

Result<CourseTemplate> CourseTemplate::fromJson(const QJsonObject& json)
{
    CourseTemplate result;
    result.sessionCount = json.value(QStringLiteral("sessions")).toInt(-1);
    result.sessionsPerWeek = json.value(QStringLiteral("sessions_per_week")).toInt(-1);
    const QJsonArray weekdayArray = json.value(QStringLiteral("weekdays")).toArray();
    for (const QJsonValue& day : weekdayArray)
        result.weekdays.append(day.toInt());
    result.baselineInstruments = instrumentsFromJson(json.value(QStringLiteral("baseline")));
    result.sessionInstruments = instrumentsFromJson(json.value(QStringLiteral("session")));
    const QJsonArray followUpArray = json.value(QStringLiteral("follow_ups")).toArray();
    for (const QJsonValue& value : followUpArray) {
        const QJsonObject object = value.toObject();
        FollowUpRule rule;
        rule.label = object.value(QStringLiteral("label")).toString();
        rule.amount = object.value(QStringLiteral("amount")).toInt(-1);
        rule.unit = offsetUnitFromCode(object.value(QStringLiteral("unit")).toString());
        rule.anchor = followUpAnchorFromCode(object.value(QStringLiteral("anchor")).toString());
        rule.closesCourse = object.value(QStringLiteral("closes_course")).toBool(false);
        rule.instruments = instrumentsFromJson(object.value(QStringLiteral("instruments")));
        result.followUps.append(rule);
    }
    if (Status status = validateCourseTemplate(result); !status)
        return status.error();
    return result;
}

bool CourseTemplate::sameDefinition(const CourseTemplate& other) const
{
    return name == other.name && toJson() == other.toJson();
}

CourseTemplate CourseTemplate::standard()
{
    CourseTemplate standardTemplate;
    standardTemplate.key = QStringLiteral("standard-8x4");
    standardTemplate.name = Tr::tr("8 sessions / 4 weeks + 6-month follow-up");
    standardTemplate.sessionCount = 8;
    standardTemplate.sessionsPerWeek = 2;
    standardTemplate.baselineInstruments = fullBattery();
    standardTemplate.sessionInstruments = {{QStringLiteral("nrs"), false}};
    standardTemplate.followUps = {
        {Tr::tr("1 month"), 28, OffsetUnit::Days, FollowUpAnchor::CourseStart, true, fullBattery()},
        {Tr::tr("3 months"), 91, OffsetUnit::Days, FollowUpAnchor::CourseStart, false, fullBattery()},
        {Tr::tr("6 months"), 182, OffsetUnit::Days, FollowUpAnchor::CourseStart, false, fullBattery()},
    };
    return standardTemplate;
}

Status validateCourseTemplate(const CourseTemplate& courseTemplate)
{
    const auto invalid = [](const QString& message) {
        return Status(makeError(ErrorKind::Invalid, message));
    };
    if (courseTemplate.sessionCount < 0 || courseTemplate.sessionCount > 100)
        return invalid(Tr::tr("Number of sessions: %1 is outside 0-100.").arg(courseTemplate.sessionCount));
    if (courseTemplate.sessionCount > 0 && (courseTemplate.sessionsPerWeek < 1 || courseTemplate.sessionsPerWeek > 7))
        return invalid(Tr::tr("Sessions per week: %1 is outside 1-7.").arg(courseTemplate.sessionsPerWeek));
    for (int day : courseTemplate.weekdays) {
        if (day < 1 || day > 7)
            return invalid(Tr::tr("Weekday %1 is not a day of the week (1 = Monday .. 7 = Sunday).").arg(day));
    }
    if (!courseTemplate.weekdays.isEmpty() && courseTemplate.weekdays.size() != courseTemplate.sessionsPerWeek)
        return invalid(Tr::tr("Choose %1 weekdays for %1 sessions a week (%2 chosen).")
                           .arg(courseTemplate.sessionsPerWeek)
                           .arg(courseTemplate.weekdays.size()));
    int closing = 0;
    for (const FollowUpRule& rule : courseTemplate.followUps) {
        if (rule.label.trimmed().isEmpty())
            return invalid(Tr::tr("Every follow-up needs a name (for example \"3 months\")."));
        if (rule.amount < 1 || rule.amount > 3660)
            return invalid(Tr::tr("Follow-up \"%1\": offset %2 must be at least 1.").arg(rule.label).arg(rule.amount));
        closing += rule.closesCourse ? 1 : 0;
    }
    if (closing > 1)
        return invalid(Tr::tr("Only one follow-up can close the course."));
    return {};
}

} // namespace outcome
