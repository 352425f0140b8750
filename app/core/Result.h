// Errors as values: a result carries either a value or a message the caller must look at.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace outcome {

// What went wrong, coarse enough for callers (and the CLI's exit codes) to act on.
enum class ErrorKind
{
    Invalid,  // bad input: a field out of range, a malformed file
    NotFound, // a named record does not exist
    Conflict, // someone else changed the record first, or a unique value is taken
    Refused,  // the database cannot be used safely (newer version, damaged)
    Denied,   // a passphrase or password did not match
    Io,       // the file system or database failed
    Internal  // a bug
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

inline Error makeError(ErrorKind kind, const QString& message)
{
    return Error{kind, message};
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// A result without a value: success, or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace outcome
