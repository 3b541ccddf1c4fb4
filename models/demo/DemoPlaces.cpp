#include "models/demo/DemoPlaces.h"

std::span<const DemoPlaces::City> DemoPlaces::cities()
{
    static const City list[] = {
        {u"Berlin", u"DE", 52.5200, 13.4050, u"91.64"},
        {u"Munich", u"DE", 48.1351, 11.5820, u"89.204"},
        {u"Hamburg", u"DE", 53.5511, 9.9937, u"78.43"},
        {u"Paris", u"FR", 48.8566, 2.3522, u"90.84"},
        {u"Lyon", u"FR", 45.7640, 4.8357, u"82.64"},
        {u"Madrid", u"ES", 40.4168, -3.7038, u"83.36"},
        {u"Barcelona", u"ES", 41.3874, 2.1686, u"88.12"},
        {u"São Paulo", u"BR", -23.5505, -46.6333, u"177.72"},
        {u"Rio de Janeiro", u"BR", -22.9068, -43.1729, u"179.210"},
        {u"New York", u"US", 40.7128, -74.0060, u"68.173"},
        {u"San Francisco", u"US", 37.7749, -122.4194, u"104.28"},
        {u"Chicago", u"US", 41.8781, -87.6298, u"73.45"},
        {u"Austin", u"US", 30.2672, -97.7431, u"70.113"},
        {u"London", u"GB", 51.5074, -0.1278, u"81.2"},
        {u"Manchester", u"GB", 53.4808, -2.2426, u"86.1"},
        {u"Bengaluru", u"IN", 12.9716, 77.5946, u"106.51"},
        {u"Mumbai", u"IN", 19.0760, 72.8777, u"49.36"},
        {u"Delhi", u"IN", 28.7041, 77.1025, u"117.96"},
        {u"Tokyo", u"JP", 35.6762, 139.6503, u"126.3"},
        {u"Osaka", u"JP", 34.6937, 135.5023, u"153.142"},
        {u"Lagos", u"NG", 6.5244, 3.3792, u"105.112"},
        {u"Nairobi", u"KE", -1.2921, 36.8219, u"41.90"},
        {u"Cape Town", u"ZA", -33.9249, 18.4241, u"41.13"},
        {u"Johannesburg", u"ZA", -26.2041, 28.0473, u"102.132"},
        {u"Sydney", u"AU", -33.8688, 151.2093, u"1.128"},
        {u"Melbourne", u"AU", -37.8136, 144.9631, u"49.176"},
        {u"Toronto", u"CA", 43.6532, -79.3832, u"99.230"},
        {u"Mexico City", u"MX", 19.4326, -99.1332, u"187.190"},
        {u"Warsaw", u"PL", 52.2297, 21.0122, u"83.24"},
        {u"Stockholm", u"SE", 59.3293, 18.0686, u"90.224"},
        {u"Seoul", u"KR", 37.5665, 126.9780, u"211.36"},
        {u"Singapore", u"SG", 1.3521, 103.8198, u"116.88"},
        {u"Cairo", u"EG", 30.0444, 31.2357, u"156.197"},
        {u"Buenos Aires", u"AR", -34.6037, -58.3816, u"181.46"},
    };
    return list;
}
