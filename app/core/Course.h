// A course of care for one patient, started from a (frozen) version of a course template.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace outcome {

enum class CourseStatus
{
    Active,    // sessions or follow-ups still ahead
    Completed, // discharged after the last follow-up
    Cancelled  // stopped early
};

QString courseStatusToCode(CourseStatus status);
CourseStatus courseStatusFromCode(const QString& code);
QString courseStatusDisplayName(CourseStatus status);

struct Course
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 templateId = 0;
    QString templateName;
    int templateVersion = 0;
    QDate startDate;
    QDate endDate; // set when completed or cancelled
    QString treatmentLabel;
    QString clinician; // who treats the patient in this course, as the clinic names them; empty: not recorded
    CourseStatus status = CourseStatus::Active;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

} // namespace outcome
