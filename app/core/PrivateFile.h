// Files that hold patient data are for their owner only: created 0600, folders 0700, never widened by a copy.
#pragma once

#include "Result.h"

#include <QFileDevice>
#include <QString>

class QSaveFile;

namespace outcome {

class PrivateFile
{
public:
    // Read and write for the owner, nothing for anyone else.
    static QFileDevice::Permissions ownerOnly();

    // Every file and folder this process creates from now on starts out private (umask 077 on POSIX), so that no
    // other account can read a file in the moment between its creation and its first chmod.
    static void restrictNewFiles();

    // Makes an existing file the owner's alone. Changes the mode by path: the file is never opened.
    static Status make(const QString& path);
    // Creates the folder (and any missing parents) for the owner alone; an existing folder keeps its mode.
    static Status makeFolder(const QString& path);
    // Gives `path` the permissions of `model` less everything for other users, so a copy is never more readable
    // than its original; a model that no longer exists counts as owner-only.
    static Status copyMode(const QString& model, const QString& path);

    // Opens a file of patient data (an export, a report) for writing, owner-only from its first byte; its
    // errorString() says why when it fails.
    static bool open(QSaveFile& file);
    // Writes a whole file of patient data through open(): all of it or, on any failure, nothing (no partial file).
    // The message names the file and the cause: a folder in the way, a missing or read-only folder, a full disk.
    static Status write(const QString& path, const QByteArray& bytes);

    // True when another account on this computer may read the file (or list and read the folder).
    static bool readableByOthers(const QString& path);
};

} // namespace outcome
