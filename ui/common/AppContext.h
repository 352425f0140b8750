// What every screen of the main window shares: the open database, the instruments, the undo stack, and a signal
// that tells every view a patient's records changed (so panels added later refresh without knowing each other).
#pragma once

#include <QObject>

class QUndoStack;

namespace outcome {

class Database;
class InstrumentLibrary;

class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database& db, const InstrumentLibrary& instruments, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    const InstrumentLibrary& instruments() const { return m_instruments; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Called after every write that concerns a patient; 0 when the change concerns no patient (templates).
    void notifyRecordsChanged(qint64 patientId) { emit recordsChanged(patientId); }
    // A write that could not be carried out where no dialog is open to show it (undo, redo).
    void reportError(const QString& message) { emit errorReported(message); }

signals:
    void recordsChanged(qint64 patientId);
    void errorReported(const QString& message);

private:
    Database& m_db;
    const InstrumentLibrary& m_instruments;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace outcome
