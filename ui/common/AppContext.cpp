// The shared context of the main window's screens.
#include "AppContext.h"

#include <QUndoStack>

namespace outcome {

AppContext::AppContext(Database& db, const InstrumentLibrary& instruments, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_instruments(instruments)
    , m_undoStack(new QUndoStack(this))
{}

} // namespace outcome
