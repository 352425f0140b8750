// Visit rows for the timeline.
#include "VisitTableModel.h"

#include "ColumnFit.h"
#include "InstrumentLibrary.h"
#include "ScoreText.h"
#include "StatusColors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace outcome {

QString dayAndDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(date, QLocale::ShortFormat);
}

QString plannedInstrumentsText(const InstrumentLibrary& instruments, const Visit& visit, bool withOptional)
{
    const auto name = [&instruments](const QString& id) {
        const InstrumentDefinition* definition = instruments.find(id);
        return definition ? definition->shortName : id;
    };
    QStringList names;
    for (const QString& id : visit.plannedInstruments)
        names.append(name(id));
    for (const QString& id : visit.optionalInstruments) {
        if (withOptional)
            names.append(VisitTableModel::tr("%1 (optional)").arg(name(id)));
    }
    return names.join(QStringLiteral(", "));
}

VisitTableModel::VisitTableModel(const InstrumentLibrary& instruments, QObject* parent)
    : QAbstractTableModel(parent)
    , m_instruments(instruments)
{}

void VisitTableModel::setVisits(const QList<Visit>& visits, const CourseScores& scores, const QDate& today)
{
    beginResetModel();
    m_visits = visits;
    // Extra visits are numbered after the plan; the timeline shows them where they fall in time.
    std::stable_sort(m_visits.begin(), m_visits.end(),
                     [](const Visit& a, const Visit& b) { return a.scheduledDate < b.scheduledDate; });
    m_scores = scores;
    m_today = today;
    endResetModel();
}

const Visit* VisitTableModel::visit(int row) const
{
    return row >= 0 && row < m_visits.size() ? &m_visits[row] : nullptr;
}

int VisitTableModel::rowOfVisit(qint64 visitId) const
{
    for (int row = 0; row < m_visits.size(); ++row) {
        if (m_visits[row].id == visitId)
            return row;
    }
    return -1;
}

QString VisitTableModel::scoresText(const Visit& visit, bool brief) const
{
    QStringList parts;
    for (const QString& id : m_scores.instrumentsAt(visit.id)) {
        const InstrumentDefinition* definition = m_instruments.find(id);
        if (const ScoreResult* result = m_scores.result(visit.id, id); definition && result)
            parts.append(ScoreText::brief(*definition, *result, !brief));
    }
    if (!parts.isEmpty() || visit.status == VisitStatus::Done)
        return parts.join(QStringLiteral("; "));
    // Not yet entered: what the visit asks for; in brief, the names alone, greyed as a plan is.
    const QString planned = plannedInstrumentsText(m_instruments, visit, !brief);
    if (brief || planned.isEmpty())
        return planned;
    return tr("Planned: %1").arg(planned);
}

int VisitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int VisitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitTableModel::data(const QModelIndex& index, int role) const
{
    const Visit* row = visit(index.row());
    if (!row || !index.isValid())
        return {};
    const VisitState state = row->stateOn(m_today);
    if (role == VisitIdRole)
        return row->id;
    if (role == StateRole)
        return int(state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VisitColumn:
            return row->title();
        case PlannedColumn:
            return dayAndDate(row->scheduledDate);
        case TookPlaceColumn:
            return dayAndDate(row->actualDate);
        case StatusColumn:
            // Answers the patient entered wait for the clinician's review before the visit is marked done.
            return row->awaitsReview() ? tr("%1 · patient's answers to review").arg(visitStateDisplayName(state))
                                       : visitStateDisplayName(state);
        case ScoresColumn:
            return scoresText(*row);
        case NoteColumn:
            return row->note.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !row->note.isEmpty())
        return row->note;
    if (role == Qt::ToolTipRole && index.column() == ScoresColumn)
        return scoresText(*row);
    if (role == ColumnFit::ShortTextRole && index.column() == ScoresColumn)
        return scoresText(*row, true);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && row->patientEnteredOn.isValid())
        return row->patientEntryText();
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusColors::icon(state, QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && state != VisitState::Scheduled)
        return StatusColors::color(StatusColors::toneFor(state), QGuiApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == ScoresColumn && row->status != VisitStatus::Done)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (role == Qt::AccessibleTextRole && index.column() == VisitColumn) {
        const QString heard = tr("%1, planned %2, %3")
                                  .arg(row->title(), QLocale().toString(row->scheduledDate, QLocale::LongFormat),
                                       visitStateDisplayName(state));
        return row->awaitsReview() ? tr("%1, %2").arg(heard, row->patientEntryText()) : heard;
    }
    return {};
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VisitColumn:
        return tr("Visit");
    case PlannedColumn:
        return tr("Planned");
    case TookPlaceColumn:
        return tr("Took place");
    case StatusColumn:
        return tr("Status");
    case ScoresColumn:
        return tr("Scores");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace outcome
