// The one pending restore of the running program.
#include "PendingRestore.h"

#include <QApplication>
#include <QTimer>

namespace outcome {

namespace {

std::optional<QString>& pending()
{
    static std::optional<QString> path;
    return path;
}

} // namespace

void PendingRestore::request(const QString& backupPath)
{
    pending() = backupPath;
    QTimer::singleShot(0, qApp, []() { QApplication::closeAllWindows(); });
}

std::optional<QString> PendingRestore::take()
{
    return std::exchange(pending(), std::nullopt);
}

} // namespace outcome
