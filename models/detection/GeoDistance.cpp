#include "models/detection/GeoDistance.h"

#include <cmath>
#include <numbers>

double GeoDistance::kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
{
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double phi1 = latitude1 * toRadians;
    const double phi2 = latitude2 * toRadians;
    const double dPhi = (latitude2 - latitude1) * toRadians;
    const double dLambda = (longitude2 - longitude1) * toRadians;
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2) +
                     std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}
