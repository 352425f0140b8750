// What a database file holds, read without changing it: shown before a restore replaces one file with another.
#pragma once

#include <QDateTime>
#include <QString>

namespace outcome {

struct DatabaseSummary
{
    QString path;
    bool exists = false;
    qint64 bytes = 0;
    QDateTime modified;   // the file's time stamp
    QDateTime lastChange; // the newest audit row: when clinical data last changed
    int schemaVersion = 0;
    int patients = -1; // -1: could not be counted
    int archivedPatients = -1;
    int courses = -1;
    int assessments = -1;
    bool encrypted = false; // a sealed backup or export: nothing inside can be read without its passphrase
    QString problem;        // why the file could not be read (damaged, newer version, not a database); empty when fine

    bool isReadable() const { return exists && problem.isEmpty(); }

    // Opens the file read-only, without migrating or checking it, and counts what is inside.
    static DatabaseSummary of(const QString& path);
};

} // namespace outcome
