// The wait cursor while the program works without returning to the event loop (a backup, a key derivation, a
// connection): shown for the lifetime of this object, and taken away however the work ends.
#pragma once

#include <QGuiApplication>

namespace outcome {

class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;

    // Runs `work` with the wait cursor shown and returns what it returns, the cursor gone again.
    template <typename Work> static auto during(Work&& work)
    {
        const WaitCursor busy;
        return work();
    }
};

} // namespace outcome
