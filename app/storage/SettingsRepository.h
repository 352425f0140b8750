// Values a database keeps about itself (in its settings table), such as the secret behind pseudonymous export ids.
#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace outcome {

class Database;

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {}

    // Empty when the key was never set.
    Result<QString> value(const QString& key);
    Status setValue(const QString& key, const QString& value);
    // The stored value, or a new one from `make`, stored first, so that it stays the same from then on.
    Result<QString> valueOrCreate(const QString& key, const std::function<QString()>& make);

private:
    Database& m_db;
};

} // namespace outcome
