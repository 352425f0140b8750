// The course timeline's rows: every visit with its dates, state on the given day, and its scores once entered.
#pragma once

#include "CourseScores.h"
#include "Visit.h"

#include <QAbstractTableModel>
#include <QDate>

namespace outcome {

class InstrumentLibrary;

class VisitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VisitColumn,
        PlannedColumn,
        TookPlaceColumn,
        StatusColumn,
        ScoresColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        StateRole
    };

    explicit VisitTableModel(const InstrumentLibrary& instruments, QObject* parent = nullptr);

    void setVisits(const QList<Visit>& visits, const CourseScores& scores, const QDate& today);
    const QList<Visit>& visits() const { return m_visits; }
    const Visit* visit(int row) const;
    int rowOfVisit(qint64 visitId) const;
    // `brief`: without bands and optional instruments, for a column with little room.
    QString scoresText(const Visit& visit, bool brief = false) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const InstrumentLibrary& m_instruments;
    QList<Visit> m_visits;
    CourseScores m_scores;
    QDate m_today;
};

// "Thu 12/03/2026": the weekday matters when booking sessions.
QString dayAndDate(const QDate& date);
// "ODI, QVAS, RAND-36, Markers (optional)": what a visit asks for, by the instruments' short names.
QString plannedInstrumentsText(const InstrumentLibrary& instruments, const Visit& visit, bool withOptional = true);

} // namespace outcome
