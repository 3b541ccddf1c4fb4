#pragma once

#include <QString>

#include <cstddef>
#include <optional>

// The value among values whose key (as keyOf gives it) is key: the reverse of the *Key()
// functions the domain types offer for the names stored in the database and used on the CLI.
template<typename Enum, typename KeyOf, std::size_t N>
std::optional<Enum> enumFromKey(const Enum (&values)[N], KeyOf keyOf, const QString &key)
{
    for (Enum value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}
