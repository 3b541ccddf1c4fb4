#pragma once

// Great-circle distance on a sphere of radius 6371 km (the mean Earth radius), by the haversine
// formula: accurate to well under 1 % for the distances that matter to login security.
class GeoDistance final
{
public:
    static constexpr double earthRadiusKm = 6371.0;
    static double kilometres(double latitude1, double longitude1, double latitude2, double longitude2);
};
