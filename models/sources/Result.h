#pragma once

#include "models/sources/SourceError.h"

#include <utility>
#include <variant>

// A value or the SourceError that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(SourceError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const SourceError &error() const { return std::get<SourceError>(m_data); }

private:
    std::variant<T, SourceError> m_data;
};
