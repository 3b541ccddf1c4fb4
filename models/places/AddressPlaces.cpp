#include "models/places/AddressPlaces.h"

#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace {

// Enough for every address of a large deployment's active sessions; past it the answers are
// forgotten and found again.
constexpr qsizetype maxKnown = 200'000;

} // namespace

AddressPlaces::AddressPlaces(std::unique_ptr<PlaceDatabase> places, std::unique_ptr<PlaceDatabase> networks)
    : m_places(std::move(places))
    , m_networks(std::move(networks))
{}

std::shared_ptr<const AddressPlaces> AddressPlaces::open(const PlaceFiles &files, QStringList *problems)
{
    const auto database = [problems](const QString &path, PlaceDatabase::Holds holds, const QString &wrong) {
        if (path.trimmed().isEmpty())
            return std::unique_ptr<PlaceDatabase>();
        QString error;
        auto opened = PlaceDatabase::open(path.trimmed(), &error);
        if (!opened) {
            problems->append(error);
            return opened;
        }
        if (opened->holds() != holds) {
            problems->append(wrong.arg(path.trimmed()));
            return std::unique_ptr<PlaceDatabase>();
        }
        return opened;
    };
    return std::shared_ptr<const AddressPlaces>(new AddressPlaces(
        database(files.city, PlaceDatabase::Holds::Places,
                 tr("%1 is an ASN database; a city database (such as GeoLite2-City.mmdb) gives places.")),
        database(files.asn, PlaceDatabase::Holds::Networks,
                 tr("%1 holds places, not networks; an ASN database (such as GeoLite2-ASN.mmdb) gives "
                    "networks."))));
}

PlaceDatabase::Found AddressPlaces::found(const QString &address) const
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto known = m_known.constFind(address);
        if (known != m_known.constEnd())
            return *known;
    }
    PlaceDatabase::Found found;
    if (m_places)
        found = m_places->find(address);
    if (m_networks) {
        const PlaceDatabase::Found network = m_networks->find(address);
        found.asn = network.asn;
        found.network = network.network;
    }
    const QMutexLocker lock(&m_mutex);
    if (m_known.size() >= maxKnown)
        m_known.clear();
    m_known.insert(address, found);
    return found;
}

void AddressPlaces::fill(Origin &origin) const
{
    if (origin.ip.isEmpty() || (!m_places && !m_networks))
        return;
    const PlaceDatabase::Found found = this->found(origin.ip);
    if (m_places && origin.country.isEmpty() && origin.city.isEmpty() && !origin.latitude &&
        !found.country.isEmpty()) {
        origin.country = found.country;
        origin.city = found.city;
        origin.latitude = found.latitude;
        origin.longitude = found.longitude;
        origin.accuracyKm = found.accuracyKm;
        origin.placeFromAddress = true;
    }
    if (origin.network.isEmpty() && found.asn != 0) {
        origin.network = found.network;
        origin.asn = found.asn;
    }
}

void AddressPlaces::fill(QList<Session> &sessions) const
{
    for (Session &session : sessions)
        fill(session.origin);
}

void AddressPlaces::fill(QList<LoginEvent> &events) const
{
    for (LoginEvent &event : events)
        fill(event.origin);
}

QString AddressPlaces::withoutPlaces(const QString &source)
{
    return tr("%1 records an IP address for each session, no place. With a city database (Settings › "
              "Places, or --geoip-city) SessionDesk finds the places from the addresses, and the rules "
              "that need places (impossible travel, concurrent countries, new country) run.")
        .arg(source);
}
