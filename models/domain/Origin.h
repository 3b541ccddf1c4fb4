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
    // How far off the coordinates may be, in km (a place database's accuracy radius); 0: exact or not said.
    int accuracyKm = 0;
    // Where the place came from: the store, or (true) a lookup of the address in a place database
    // (AddressPlaces) because the store records none.
    bool placeFromAddress = false;
    QString network; // the organisation that owns the address's network, from an ASN database
    quint32 asn = 0; // its autonomous system number; 0: unknown

    bool operator==(const Origin &) const = default;
};
