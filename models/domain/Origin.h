#pragma once

#include <QString>

#include <optional>

// Where a request came from: the client and the place, as sessions and login events record it.
struct Origin
{
    QString ip;
    QString userAgent;
    QString deviceId;
    QString country; // ISO 3166-1 alpha-2
    QString city;
    std::optional<double> latitude;
    std::optional<double> longitude;

    bool operator==(const Origin &) const = default;
};
