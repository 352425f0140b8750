// One appointment in a course: when it was planned, when it happened, and what happened.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace outcome {

enum class VisitKind
{
    Baseline,
    Session,
    FollowUp,
    Extra
};

// What is stored about a visit.
enum class VisitStatus
{
    Scheduled,
    Done,
    Missed,
    Cancelled
};

// What a clinician sees on a given day: a scheduled visit becomes due today or overdue as days pass.
enum class VisitState
{
    Scheduled,
    DueToday,
    Overdue,
    Done,
    Missed,
    Cancelled
};

QString visitKindToCode(VisitKind kind);
VisitKind visitKindFromCode(const QString& code);
QString visitStatusToCode(VisitStatus status);
VisitStatus visitStatusFromCode(const QString& code);
QString visitStateDisplayName(VisitState state);

struct Visit
{
    qint64 id = 0;
    qint64 courseId = 0;
    int sequence = 0; // order within the course
    VisitKind kind = VisitKind::Session;
    int sessionNumber = 0; // 1..n for sessions, 0 otherwise
    QString label;         // follow-ups and extras: the template's or clinician's name ("3 months")
    QDate scheduledDate;
    QDate actualDate; // invalid until the visit took place
    VisitStatus status = VisitStatus::Scheduled;
    QString note;                   // the clinician's free-text note for this visit
    QStringList plannedInstruments; // instrument ids the template asks for at this visit
    QStringList optionalInstruments;
    bool closesCourse = false; // the follow-up that ends the course of care (1 month by default)
    // The day the patient entered answers at this visit themselves (self-entry); invalid when they did not. The
    // clinician's next save of the results form counts as the review of those answers.
    QDate patientEnteredOn;
    bool patientEntryReviewed = false;
    QDateTime updatedAt;
    int rowVersion = 0;

    // The date charts and statistics use: when it happened, else when it was planned.
    QDate effectiveDate() const { return actualDate.isValid() ? actualDate : scheduledDate; }
    VisitState stateOn(const QDate& today) const;
    // The first day on which the visit counts as on time. A session or extra visit a few days early is ordinary
    // rescheduling; a follow-up more than a week early measures another point of the course. Late is never "before".
    QDate windowOpens() const;
    // "Baseline", "Session 3", "3 months".
    QString title() const;
    // "B", "S3", "3 mo": for crowded axes.
    QString shortTitle() const;
    // Answers the patient entered that no clinician has saved the results form over yet.
    bool awaitsReview() const { return patientEnteredOn.isValid() && !patientEntryReviewed; }
    // "Answers entered by the patient on 5 December 2026, not yet reviewed"; empty when the patient entered none.
    QString patientEntryText() const;
};

} // namespace outcome
