// PRAGMA data_version is a cheap poll: it changes only when another connection commits (on a server, the count of
// other workstations' NOTIFY announcements plays its part). Then the audit trail says whose records changed, so each
// screen refreshes only when it shows one of them.
#include "ChangesElsewhere.h"

#include "AppContext.h"
#include "AuditTrail.h"
#include "Database.h"

#include <QTimer>

namespace outcome {

ChangesElsewhere::ChangesElsewhere(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("changesElsewhere"));
    if (Result<qint64> version = context.database().dataVersion(); version)
        m_dataVersion = *version;
    if (Result<AuditChanges> start = AuditTrail(context.database()).changesAfter(-1); start)
        m_lastAuditId = start->lastId;
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangesElsewhere::checkNow);
    m_timer->start();
}

bool ChangesElsewhere::checkNow()
{
    Database& db = m_context.database();
    // A save of this window is in progress (an undo running from a dialog): the next tick looks again.
    if (db.inTransaction())
        return false;
    const Result<qint64> version = db.dataVersion();
    if (!version) {
        // A server that cannot be reached: said once, and asked again at every tick until it answers.
        if (db.isServer() && !m_unreachable) {
            m_unreachable = true;
            emit reachableChanged(false, version.error().message);
        }
        return false;
    }
    if (m_unreachable) {
        m_unreachable = false;
        emit reachableChanged(true, QString());
    }
    if (*version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    const Result<AuditChanges> changes = AuditTrail(db).changesAfter(m_lastAuditId);
    if (!changes) {
        m_context.notifyRecordsChanged(0);
        emit changesLoaded(0);
        return true;
    }
    m_lastAuditId = changes->lastId;
    for (qint64 patientId : changes->patientIds)
        m_context.notifyRecordsChanged(patientId);
    // Settings and templates leave no patient behind; a change without audit rows is told to everyone too.
    if (changes->otherRecords || changes->patientIds.isEmpty())
        m_context.notifyRecordsChanged(0);
    emit changesLoaded(int(changes->patientIds.size()));
    return true;
}

} // namespace outcome
