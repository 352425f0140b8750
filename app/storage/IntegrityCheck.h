// The quick integrity check run on its own read-only connection in a background thread, so that a large database
// opens at once and the check's verdict is waited for only by the first save.
#pragma once

#include "Result.h"

#include <QString>

#include <future>
#include <thread>

namespace outcome {

class IntegrityCheck
{
public:
    // Starts PRAGMA quick_check on `path`; the owner must outlive every use of result().
    explicit IntegrityCheck(const QString& path);
    ~IntegrityCheck();
    IntegrityCheck(const IntegrityCheck&) = delete;
    IntegrityCheck& operator=(const IntegrityCheck&) = delete;

    bool isFinished() const;
    // Success, or a Refused error saying the file is damaged; waits for the check if it is still running.
    Status result() const;

    // The same check, run here and now.
    static Status quick(const QString& path);

private:
    std::shared_future<Status> m_result;
    std::thread m_thread;
};

} // namespace outcome
