// Stable text codes for enums, as written in definition files and printed in output JSON.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>

namespace outcome {

template <typename Enum> struct EnumCode
{
    Enum value;
    const char* code;
};

template <typename Enum, std::size_t N> QString codeOf(const std::array<EnumCode<Enum>, N>& table, Enum value)
{
    for (const EnumCode<Enum>& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumOf(const std::array<EnumCode<Enum>, N>& table, QStringView code)
{
    for (const EnumCode<Enum>& entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QStringList codesOf(const std::array<EnumCode<Enum>, N>& table)
{
    QStringList codes;
    for (const EnumCode<Enum>& entry : table)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

} // namespace outcome
