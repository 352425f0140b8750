// Every change to a visit (results entered, rescheduled, marked missed) as an undoable command: the database write
// happens inside the command, and undo writes the previous state back in one transaction with its audit rows. The
// command's text names what it did, to which visit and for which patient ("save of ODI at Baseline for Nowak,
// Ewa"), so that the Undo menu item says what it will change before it does.
#pragma once

#include "Result.h"
#include "VisitRecord.h"
#include "VisitRecordChange.h"

#include <QUndoCommand>

namespace outcome {

class AppContext;

class VisitRecordCommand : public QUndoCommand
{
public:
    // Writes `wanted` over `stored` now; on success pushes the command on the context's undo stack and returns
    // the record as stored. On failure nothing is written or pushed, and the error says why. `action` says what
    // is done to the visit ("marking Session 3 missed"); empty for a save of results, which names its instruments.
    static Result<VisitRecord> run(AppContext& context, qint64 patientId, const QString& patientName,
                                   const VisitRecord& stored, const VisitRecord& wanted, const QString& action = {},
                                   const QString& reason = {});

    void undo() override;
    void redo() override;
    // The patient whose records the command changes.
    qint64 patientId() const { return m_patientId; }

private:
    VisitRecordCommand(AppContext& context, qint64 patientId, VisitRecord before, VisitRecord after,
                       const QString& text, const QString& reason);
    // "save of ODI, NRS at Baseline": the instruments a save writes or removes.
    static QString saveAction(AppContext& context, const VisitRecord& stored, const VisitRecordChange& change);
    void moveTo(const VisitRecord& wanted, const QString& reason);

    AppContext& m_context;
    qint64 m_patientId = 0;
    VisitRecord m_before;  // as it was before the command
    VisitRecord m_after;   // as the command left it
    VisitRecord m_current; // as stored now, with the row versions a further write needs
    QString m_reason;
    bool m_firstRedo = true;
};

} // namespace outcome
