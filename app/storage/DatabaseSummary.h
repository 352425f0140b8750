// What a database file (or a server's database) holds, read without changing it: shown before a restore replaces one
// file with another.
#pragma once

#include <QDateTime>
#include <QString>

namespace outcome {

class Database;

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

    // Opens the file (or the server's database) read-only, without migrating or checking it, and counts what is
    // inside.
    static DatabaseSummary of(const QString& path);
    // Counts what an open database holds (no file size or time stamp).
    static DatabaseSummary ofDatabase(Database& db);
};

} // namespace outcome
