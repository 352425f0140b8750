// Which database engine holds the clinic's records: a local SQLite file or a PostgreSQL server.
#pragma once

namespace outcome {

enum class Engine
{
    Sqlite,
    Postgres
};

} // namespace outcome
