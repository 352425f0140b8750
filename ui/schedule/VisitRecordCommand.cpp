// Undoable visit writes.
#include "VisitRecordCommand.h"

#include "AppContext.h"
#include "InstrumentLibrary.h"
#include "VisitRecordRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace outcome {

Result<VisitRecord> VisitRecordCommand::run(AppContext& context, qint64 patientId, const QString& patientName,
                                            const VisitRecord& stored, const VisitRecord& wanted, const QString& action,
                                            const QString& reason)
{
    const VisitRecordChange change = VisitRecordChange::between(stored, wanted);
    if (change.isEmpty())
        return stored;
    Result<VisitRecord> saved = VisitRecordRepository(context.database()).apply(stored.visit.id, change, reason);
    if (!saved)
        return saved.error();
    const QString text = QCoreApplication::translate("outcome::VisitRecordCommand", "%1 for %2")
                             .arg(action.isEmpty() ? saveAction(context, stored, change) : action, patientName);
    context.undoStack()->push(new VisitRecordCommand(context, patientId, stored, *saved, text, reason));
    context.notifyRecordsChanged(patientId);
    return saved;
}

QString VisitRecordCommand::saveAction(AppContext& context, const VisitRecord& stored, const VisitRecordChange& change)
{
    QStringList names;
    for (const QList<Assessment>* list : {&change.assessmentsToSave, &change.assessmentsToRemove}) {
        for (const Assessment& assessment : *list) {
            const InstrumentDefinition* definition =
                context.instruments().find(assessment.instrumentId, assessment.instrumentVersion);
            const QString name = definition ? definition->shortName : assessment.instrumentId;
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (names.isEmpty())
        return QCoreApplication::translate("outcome::VisitRecordCommand", "save of %1").arg(stored.visit.title());
    return QCoreApplication::translate("outcome::VisitRecordCommand", "save of %1 at %2")
        .arg(QLocale().createSeparatedList(names), stored.visit.title());
}

VisitRecordCommand::VisitRecordCommand(AppContext& context, qint64 patientId, VisitRecord before, VisitRecord after,
                                       const QString& text, const QString& reason)
    : QUndoCommand(text)
    , m_context(context)
    , m_patientId(patientId)
    , m_before(std::move(before))
    , m_after(after)
    , m_current(std::move(after))
    , m_reason(reason)
{}

void VisitRecordCommand::undo()
{
    moveTo(m_before, QCoreApplication::translate("outcome::VisitRecordCommand", "Undo: %1").arg(text()));
}

void VisitRecordCommand::redo()
{
    // The first redo is the write run() already made.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    moveTo(m_after, m_reason.isEmpty()
                        ? QCoreApplication::translate("outcome::VisitRecordCommand", "Redo: %1").arg(text())
                        : m_reason);
}

void VisitRecordCommand::moveTo(const VisitRecord& wanted, const QString& reason)
{
    const VisitRecordChange change = VisitRecordChange::between(m_current, wanted);
    Result<VisitRecord> saved = VisitRecordRepository(m_context.database()).apply(m_current.visit.id, change, reason);
    if (!saved) {
        // The stack must not pretend the step happened; this command cannot be replayed any more.
        setObsolete(true);
        m_context.reportError(
            QCoreApplication::translate("outcome::VisitRecordCommand", "\"%1\" could not be undone or redone: %2")
                .arg(text(), saved.error().message));
        return;
    }
    m_current = std::move(saved).value();
    m_context.notifyRecordsChanged(m_patientId);
}

} // namespace outcome
