// Every change to a visit (results entered, rescheduled, marked missed) as an undoable command: the database write
// happens inside the command, and undo writes the previous state back in one transaction with its audit rows.
#pragma once

#include "Result.h"
#include "VisitRecord.h"

#include <QUndoCommand>

namespace outcome {

class AppContext;

class VisitRecordCommand : public QUndoCommand
{
public:
    // Writes `wanted` over `stored` now; on success pushes the command on the context's undo stack and returns
    // the record as stored. On failure nothing is written or pushed, and the error says why.
    static Result<VisitRecord> run(AppContext& context, qint64 patientId, const VisitRecord& stored,
                                   const VisitRecord& wanted, const QString& text, const QString& reason = {});

    void undo() override;
    void redo() override;

private:
    VisitRecordCommand(AppContext& context, qint64 patientId, VisitRecord before, VisitRecord after,
                       const QString& text, const QString& reason);
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
