// Register table model.
#include "PatientListModel.h"

#include "Clock.h"
#include "ColumnFit.h"
#include "Database.h"
#include "StatusColors.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace outcome {

PatientListModel::PatientListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(Clock::today())
{}

bool PatientListModel::search(const QString& text)
{
    return readFirstRows(text, kPageSize);
}

bool PatientListModel::readFirstRows(const QString& text, int rows)
{
    m_text = text;
    m_today = Clock::today();
    bool more = false;
    Result<QList<PatientListEntry>> found = readPage(rows, nullptr, more);
    if (!found) {
        m_lastError = found.error().message;
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_entries = std::move(found).value();
    m_hasMore = more;
    m_matchCount.reset();
    endResetModel();
    emit searched();
    return true;
}

Result<QList<PatientListEntry>> PatientListModel::readPage(int rows, const Patient* after, bool& more)
{
    // One row more than asked for tells whether more follow.
    Result<QList<PatientListEntry>> found =
        PatientRepository(m_db).search(m_text, m_includeArchived, rows + 1, m_today, after);
    more = found && found->size() > rows;
    if (more)
        found->resize(rows);
    return found;
}

bool PatientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_lastError.isEmpty();
}

void PatientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    bool more = false;
    Result<QList<PatientListEntry>> found = readPage(kPageSize, &m_entries.constLast().patient, more);
    if (!found) {
        m_lastError = found.error().message;
        emit searched();
        return;
    }
    QList<PatientListEntry> page = std::move(found).value();
    m_hasMore = more;
    if (page.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_entries.append(std::move(page));
    endInsertRows();
}

Result<int> PatientListModel::matchCount()
{
    if (!m_hasMore)
        return int(m_entries.size());
    if (!m_matchCount) {
        Result<int> counted =
            PatientRepository(m_db).countMatches(m_text, m_includeArchived, std::numeric_limits<int>::max());
        if (!counted)
            return counted.error();
        m_matchCount = *counted;
    }
    return *m_matchCount;
}

void PatientListModel::setIncludeArchived(bool include)
{
    if (m_includeArchived == include)
        return;
    m_includeArchived = include;
    search(m_text);
}

void PatientListModel::refresh()
{
    // As many rows as were read, so a list scrolled down stays where it was.
    readFirstRows(m_text, std::max(kPageSize, int(m_entries.size())));
}

const PatientListEntry* PatientListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int PatientListModel::rowOfPatient(qint64 patientId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].patient.id == patientId)
            return row;
    }
    return -1;
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientListModel::courseText(const PatientListEntry& entry) const
{
    QString text = entry.hasCourse ? coursePhaseDisplayName(entry.phase) : tr("No course");
    if (entry.nextDue.isValid() && entry.phase != CoursePhase::Finished && entry.phase != CoursePhase::Cancelled) {
        if (entry.nextDue < m_today)
            text = tr("%1 · overdue since %2").arg(text, QLocale().toString(entry.nextDue, QLocale::ShortFormat));
        else if (entry.nextDue == m_today)
            text = tr("%1 · due today").arg(text);
        else
            text = tr("%1 · next %2").arg(text, QLocale().toString(entry.nextDue, QLocale::ShortFormat));
    }
    if (entry.patient.archived)
        text = tr("Archived · %1").arg(text);
    return text;
}

QString PatientListModel::shortCourseText(const PatientListEntry& entry) const
{
    const bool open = entry.phase != CoursePhase::Finished && entry.phase != CoursePhase::Cancelled;
    if (!entry.hasCourse || !entry.nextDue.isValid() || !open)
        return {};
    // Within a year of today the day and month name the date; further off, the year is needed too.
    const QLocale locale;
    const QString day = std::abs(m_today.daysTo(entry.nextDue)) < 300
                            ? locale.toString(entry.nextDue, tr("d MMM", "a day and month, short"))
                            : locale.toString(entry.nextDue, QLocale::ShortFormat);
    // Overdue reads from the date gone by and the alert colour; the whole text is the cell's tooltip.
    if (entry.nextDue < m_today)
        return tr("Due %1", "overdue: the day it was due").arg(day);
    if (entry.nextDue == m_today)
        return tr("Due today");
    return tr("Next %1").arg(day);
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    const PatientListEntry* row = entry(index.row());
    if (!row || !index.isValid())
        return {};
    const Patient& patient = row->patient;
    if (role == PatientIdRole)
        return patient.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChartColumn:
            return patient.chartNumber;
        case NameColumn:
            return patient.displayName();
        case BornColumn:
            return QLocale().toString(patient.birthDate, QLocale::ShortFormat);
        case AgeColumn:
            return patient.ageOn(m_today);
        case CourseColumn:
            return courseText(*row);
        default:
            return {};
        }
    }
    if (role == ColumnFit::ShortTextRole && index.column() == CourseColumn)
        return shortCourseText(*row);
    if (role == Qt::AccessibleTextRole && index.column() == NameColumn)
        return tr("%1, chart %2, born %3")
            .arg(patient.displayName(), patient.chartNumber,
                 QLocale().toString(patient.birthDate, QLocale::LongFormat));
    if (role == Qt::ForegroundRole && patient.archived)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && index.column() == CourseColumn && row->nextDue.isValid() &&
        row->nextDue < m_today && row->phase != CoursePhase::Finished)
        return StatusColors::color(StatusColors::Tone::Alert, QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChartColumn:
        return tr("Chart");
    case NameColumn:
        return tr("Name");
    case BornColumn:
        return tr("Born");
    case AgeColumn:
        return tr("Age");
    case CourseColumn:
        return tr("Course");
    default:
        return {};
    }
}

} // namespace outcome
