// Notices what other copies of the program (another window, another computer, the command-line tool) commit to
// the open database, and tells every screen through AppContext::recordsChanged, about a second after it happened.
#pragma once

#include <QObject>

class QTimer;

namespace outcome {

class AppContext;

class ChangesElsewhere : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1000;

    explicit ChangesElsewhere(AppContext& context, QObject* parent = nullptr);

    // Asks now instead of at the next tick; true when something was committed elsewhere since the last time.
    bool checkNow();

signals:
    // After the screens were told; `patients` is how many patients' records changed.
    void changesLoaded(int patients);
    // The clinic server stopped answering (`why` says what failed), or answers again after that.
    void reachableChanged(bool reachable, const QString& why);

private:
    AppContext& m_context;
    QTimer* m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastAuditId = -1;
    bool m_unreachable = false;
};

} // namespace outcome
