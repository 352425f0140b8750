// The clinic's report presets, kept in the database so that every workstation offers the same ones: the four
// standard audiences (as the clinic adjusted them) followed by the clinic's own.
#pragma once

#include "ReportOptions.h"
#include "Result.h"

#include <QList>

namespace outcome {

class Database;

class ReportPresetStore
{
public:
    explicit ReportPresetStore(Database& db)
        : m_db(db)
    {}

    // Standard presets first (a saved one replaces the standard one of its id), then the clinic's own in the order
    // they were first saved.
    Result<QList<ReportOptions>> presets();
    // The preset with `id`; the error lists the ids there are.
    Result<ReportOptions> preset(const QString& id);
    // Adds the preset, or replaces the one with the same id, in one transaction. Recipient and cover note belong
    // to one letter and are not kept.
    Status save(const ReportOptions& preset);

private:
    Result<QList<ReportOptions>> saved();
    Database& m_db;
};

} // namespace outcome
