// Visit codes, derived state and titles.
#include "Visit.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace outcome {

namespace {
// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::Visit)
};

// How many days before its planned date a visit may take place and still count as on time: sessions come two a week,
// so half a week; follow-ups are a month or more apart, so a week.
constexpr int kSessionDaysEarly = 3;
constexpr int kFollowUpDaysEarly = 7;

// A follow-up named the way the standard template names them ("1 month", "3 months", "6 weeks"), in the reader's
// language: the name is stored in the language the clinic's template was made in, and a template made in English
// should still read "3 Monate" to a German reader. Any other name is the clinic's own and shown as written.
QString standardFollowUpName(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) (day|week|month)s?$"));
    const QRegularExpressionMatch match = pattern.match(label);
    if (!match.hasMatch())
        return label;
    const int count = match.captured(1).toInt();
    const QString unit = match.captured(2);
    // One and other, as in English and German; a language with more plural forms would need Qt's %n plurals, which
    // print "month(s)" where no translation is loaded.
    if (unit == QLatin1String("month"))
        return (count == 1 ? Tr::tr("%1 month") : Tr::tr("%1 months")).arg(count);
    if (unit == QLatin1String("week"))
        return (count == 1 ? Tr::tr("%1 week") : Tr::tr("%1 weeks")).arg(count);
    return (count == 1 ? Tr::tr("%1 day") : Tr::tr("%1 days")).arg(count);
}
} // namespace

QString visitKindToCode(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Baseline:
        return QStringLiteral("baseline");
    case VisitKind::FollowUp:
        return QStringLiteral("followup");
    case VisitKind::Extra:
        return QStringLiteral("extra");
    case VisitKind::Session:
        break;
    }
    return QStringLiteral("session");
}

VisitKind visitKindFromCode(const QString& code)
{
    if (code == QLatin1String("baseline"))
        return VisitKind::Baseline;
    if (code == QLatin1String("followup"))
        return VisitKind::FollowUp;
    if (code == QLatin1String("extra"))
        return VisitKind::Extra;
    return VisitKind::Session;
}

QString visitStatusToCode(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Done:
        return QStringLiteral("done");
    case VisitStatus::Missed:
        return QStringLiteral("missed");
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled");
    case VisitStatus::Scheduled:
        break;
    }
    return QStringLiteral("scheduled");
}

VisitStatus visitStatusFromCode(const QString& code)
{
    if (code == QLatin1String("done"))
        return VisitStatus::Done;
    if (code == QLatin1String("missed"))
        return VisitStatus::Missed;
    if (code == QLatin1String("cancelled"))
        return VisitStatus::Cancelled;
    return VisitStatus::Scheduled;
}

QString visitStateDisplayName(VisitState state)
{
    switch (state) {
    case VisitState::DueToday:
        return Tr::tr("Due today");
    case VisitState::Overdue:
        return Tr::tr("Overdue");
    case VisitState::Done:
        return Tr::tr("Done");
    case VisitState::Missed:
        return Tr::tr("Missed");
    case VisitState::Cancelled:
        return Tr::tr("Cancelled");
    case VisitState::Scheduled:
        break;
    }
    return Tr::tr("Scheduled");
}

VisitState Visit::stateOn(const QDate& today) const
{
    switch (status) {
    case VisitStatus::Done:
        return VisitState::Done;
    case VisitStatus::Missed:
        return VisitState::Missed;
    case VisitStatus::Cancelled:
        return VisitState::Cancelled;
    case VisitStatus::Scheduled:
        break;
    }
    if (scheduledDate == today)
        return VisitState::DueToday;
    if (scheduledDate < today)
        return VisitState::Overdue;
    return VisitState::Scheduled;
}

QDate Visit::windowOpens() const
{
    return scheduledDate.addDays(-(kind == VisitKind::FollowUp ? kFollowUpDaysEarly : kSessionDaysEarly));
}

QString Visit::patientEntryText() const
{
    if (!patientEnteredOn.isValid())
        return {};
    const QString day = QLocale().toString(patientEnteredOn, QLocale::LongFormat);
    return patientEntryReviewed ? Tr::tr("Answers entered by the patient on %1, reviewed").arg(day)
                                : Tr::tr("Answers entered by the patient on %1, not yet reviewed").arg(day);
}

QString Visit::title() const
{
    switch (kind) {
    case VisitKind::Baseline:
        return Tr::tr("Baseline");
    case VisitKind::Session:
        return Tr::tr("Session %1").arg(sessionNumber);
    case VisitKind::FollowUp:
        return standardFollowUpName(label);
    case VisitKind::Extra:
        break;
    }
    return label.isEmpty() ? Tr::tr("Extra visit") : label;
}

QString Visit::shortTitle() const
{
    switch (kind) {
    case VisitKind::Baseline:
        return Tr::tr("B");
    case VisitKind::Session:
        return Tr::tr("S%1").arg(sessionNumber);
    case VisitKind::FollowUp: {
        // "3 months" -> "3 mo", "6 weeks" -> "6 wk"; anything else as written.
        static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*(month|week|day)"));
        const QRegularExpressionMatch match = pattern.match(label);
        if (match.hasMatch()) {
            const QString unit = match.captured(2);
            const QString shortUnit = unit == QLatin1String("month")  ? Tr::tr("mo")
                                      : unit == QLatin1String("week") ? Tr::tr("wk")
                                                                      : Tr::tr("d");
            return match.captured(1) + QLatin1Char(' ') + shortUnit;
        }
        return label;
    }
    case VisitKind::Extra:
        break;
    }
    return Tr::tr("X");
}

} // namespace outcome
