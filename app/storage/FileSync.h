// Forcing a finished file (and its folder entry) to stable storage: a backup is only a backup once it is on disk.
#pragma once

#include "Result.h"

#include <QString>

namespace outcome {

class FileSync
{
public:
    // Flushes the file's contents from the operating system's cache to the disk.
    static Status flushFile(const QString& path);
    // Flushes a folder so that a file renamed or created in it survives a power loss (a no-op where the
    // platform has no such thing).
    static Status flushFolder(const QString& folder);
};

} // namespace outcome
