#pragma once

#include <QString>

#include <span>

// Real cities on six continents with their coordinates and a plausible public address range,
// shared by the demo generator and the activity simulator.
class DemoPlaces final
{
public:
    struct City
    {
        const char16_t *name;
        const char16_t *country;
        double latitude;
        double longitude;
        const char16_t *ipPrefix; // a plausible public range for the region
    };

    static std::span<const City> cities();
};
