#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct MMDB_s;

// One MaxMind DB file, read with libmaxminddb: a city (or country) database gives the place of an
// address, an ASN database the network that owns it. MaxMind's GeoLite2 and GeoIP2, DB-IP's lite
// files and ip-location-db's files are read alike. Read-only once open: safe to look up from
// several threads at once.
class PlaceDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceDatabase)

public:
    enum class Holds {
        Places,   // countries, cities and coordinates
        Networks, // autonomous system numbers and their organisations
    };

    // What the database knows of one address; empty fields where it knows nothing.
    struct Found
    {
        QString country; // ISO 3166-1 alpha-2
        QString city;    // in English, as the databases name cities
        std::optional<double> latitude;
        std::optional<double> longitude;
        int accuracyKm = 0; // how far off the coordinates may be (MaxMind's accuracy radius); 0: not said
        quint32 asn = 0;
        QString network; // the autonomous system's organisation
    };

    // The database in path; nothing, with the reason in error, for a file that is missing, no
    // MaxMind DB or corrupt.
    static std::unique_ptr<PlaceDatabase> open(const QString &path, QString *error);
    ~PlaceDatabase();
    PlaceDatabase(const PlaceDatabase &) = delete;
    PlaceDatabase &operator=(const PlaceDatabase &) = delete;

    QString path() const { return m_path; }
    Holds holds() const { return m_holds; }
    // "GeoLite2-City, built 2 Dec 2026": what the file says of itself.
    QString description() const;

    // What the database knows of address: IPv4 in dotted decimal, IPv6 (an IPv4-mapped one as its
    // IPv4 address); empty for addresses it does not hold and for text that is no address as
    // written (no integers, hexadecimal parts or zones, which QHostAddress would also read).
    Found find(const QString &address) const;

private:
    PlaceDatabase(const QString &path, std::unique_ptr<MMDB_s> mmdb);

    QString m_path;
    std::unique_ptr<MMDB_s> m_mmdb;
    Holds m_holds = Holds::Places;
};
