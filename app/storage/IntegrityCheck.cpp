// One thread per check; the connection is opened, used and closed inside it, as Qt SQL requires.
#include "IntegrityCheck.h"

#include "Database.h"

namespace outcome {

Status IntegrityCheck::quick(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, OpenOptions::asItIs());
    if (!db)
        return db.error();
    const Result<QString> check = (*db)->integrityCheck(true);
    if (check && *check == QLatin1String("ok"))
        return {};
    return Database::damaged(path, check ? check->section(QLatin1Char('\n'), 0, 0) : check.error().message);
}

Result<std::unique_ptr<Database>> IntegrityCheck::openChecked(const QString& path,
                                                              std::unique_ptr<IntegrityCheck>& check)
{
    const Result<DatabaseFile::Header> header = DatabaseFile::inspect(path);
    OpenOptions options;
    options.quickCheck = !header || header->kind != DatabaseFile::Kind::Database ||
                         header->userVersion != Database::latestSchemaVersion();
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened || options.quickCheck)
        return opened;
    check = std::make_unique<IntegrityCheck>(path);
    (*opened)->setWriteGate([gate = check.get()]() { return gate->result(); });
    return opened;
}

IntegrityCheck::IntegrityCheck(const QString& path)
{
    std::promise<Status> promise;
    m_result = promise.get_future().share();
    m_thread = std::thread([path, promise = std::move(promise)]() mutable { promise.set_value(quick(path)); });
}

IntegrityCheck::~IntegrityCheck()
{
    m_thread.join();
}

bool IntegrityCheck::isFinished() const
{
    return m_result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

Status IntegrityCheck::result() const
{
    return m_result.get();
}

} // namespace outcome
