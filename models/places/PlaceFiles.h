#pragma once

#include <QString>
#include <QStringList>

// Which MaxMind DB files give the places and networks of addresses on this computer: those chosen
// under Settings (kept in the user's settings, ~/.config/SessionDesk/places.ini, not in any store,
// shared by the console and the CLI) or given with --geoip-city / --geoip-asn; for a kind none was
// chosen for, the first such file in the usual folders (GeoIP under /usr/share, /var/lib and the
// user's data folder, where geoipupdate and Debian's packages put them).
struct PlaceFiles
{
    QString city; // a city (or country) database: GeoLite2-City.mmdb, dbip-city-lite.mmdb
    QString asn;  // an ASN database: GeoLite2-ASN.mmdb, dbip-asn-lite.mmdb

    bool operator==(const PlaceFiles &) const = default;

    static PlaceFiles chosen();
    static void choose(const PlaceFiles &files);
    // The first city and ASN databases in the usual folders; empty where there is none.
    static PlaceFiles found();
    // given where it names a file, else the chosen file, else the one found.
    static PlaceFiles inUse(const PlaceFiles &given = {});
    // The folders searched, whether they exist or not: GeoIP in the user's and the system's data
    // folders, and /var/lib/GeoIP.
    static QStringList usualFolders();
};
