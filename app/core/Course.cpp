// Course status codes.
#include "Course.h"

#include <QCoreApplication>

namespace outcome {

QString courseStatusToCode(CourseStatus status)
{
    switch (status) {
    case CourseStatus::Completed:
        return QStringLiteral("completed");
    case CourseStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CourseStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

CourseStatus courseStatusFromCode(const QString& code)
{
    if (code == QLatin1String("completed"))
        return CourseStatus::Completed;
    if (code == QLatin1String("cancelled"))
        return CourseStatus::Cancelled;
    return CourseStatus::Active;
}

QString courseStatusDisplayName(CourseStatus status)
{
    switch (status) {
    case CourseStatus::Completed:
        return QCoreApplication::translate("outcome::Course", "Completed");
    case CourseStatus::Cancelled:
        return QCoreApplication::translate("outcome::Course", "Cancelled");
    case CourseStatus::Active:
        break;
    }
    return QCoreApplication::translate("outcome::Course", "Active");
}

} // namespace outcome
