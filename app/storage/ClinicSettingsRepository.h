// The clinic's settings in the database's settings table (shared by every workstation using the file).
#pragma once

#include "ClinicSettings.h"
#include "Result.h"

namespace outcome {

class Database;

class ClinicSettingsRepository
{
public:
    explicit ClinicSettingsRepository(Database& db)
        : m_db(db)
    {}

    Result<ClinicSettings> load();
    // Saves every field in one transaction.
    Status save(const ClinicSettings& settings);

    // A single value, for settings that belong to other parts (report presets); empty when not set.
    Result<QString> value(const QString& key);
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace outcome
