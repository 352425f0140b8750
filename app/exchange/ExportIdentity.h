// Identifiers an export gives out: stable pseudonyms for de-identified files and resource ids for FHIR bundles.
#pragma once

#include "Patient.h"
#include "Result.h"

#include <QByteArray>
#include <QUuid>

namespace outcome {

class Database;

class ExportIdentity
{
public:
    // Reads (and on first use creates) the database's own secret and id, kept in its settings table, so the same
    // patient gets the same pseudonym and the same resource ids in every export of this database.
    static Result<ExportIdentity> load(Database& db);

    // "P" and 12 hexadecimal digits of a keyed hash of the chart number: stable, and not reversible without
    // the database's secret.
    QString pseudonym(const Patient& patient) const;
    // "urn:uuid:..." for one record (kind "patient", "assessment", "observation/<measure>", ...).
    QString urn(const QString& kind, qint64 id) const;
    // The same pseudonyms, but resource ids under a new random namespace that is kept nowhere: no other export,
    // earlier or later, shares an id with one written with it, so nothing links it to an identified export.
    ExportIdentity withUnlinkableIds() const;

private:
    QByteArray m_key;
    QUuid m_namespace;
};

} // namespace outcome
