// Moving a clinic's records from one database to another (a single clinician's file to the clinic's server):
// every table, row for row with the same ids, checked by counts and a content checksum on both sides.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace outcome {

class Database;

// One table's size and a SHA-256 of its rows in key order, each value as text: the same records give the same
// figures on SQLite and on PostgreSQL.
struct TableFigures
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum; // hex

    bool operator==(const TableFigures& other) const
    {
        return table == other.table && rows == other.rows && checksum == other.checksum;
    }
};

class DatabaseCopy
{
public:
    // The tables that hold the clinic's records, parents before the rows that point at them.
    static QStringList tables();
    static Result<QList<TableFigures>> figures(Database& db);
    // Copies everything of `source` into `target`, which must hold no records yet (Refused otherwise), in one
    // transaction that commits only when both sides' figures agree. New rows on the target continue after the
    // largest id copied. `progress` hears each table as it is done.
    static Result<QList<TableFigures>> copy(Database& source, Database& target,
                                            const std::function<void(const TableFigures&)>& progress = {});
};

} // namespace outcome
