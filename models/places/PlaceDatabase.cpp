#include "models/places/PlaceDatabase.h"

#include "models/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <cstring>
#include <maxminddb.h>
#include <netinet/in.h>
#include <sys/mman.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The value at path in entry, or none where the record has no such value.
std::optional<MMDB_entry_data_s> valueAt(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    const char *keys[8] = {};
    int i = 0;
    for (const char *key : path)
        keys[i++] = key;
    MMDB_entry_data_s data{};
    if (MMDB_aget_value(&entry, &data, keys) != MMDB_SUCCESS || !data.has_data)
        return std::nullopt;
    return data;
}

QString text(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    const auto data = valueAt(entry, path);
    if (!data || data->type != MMDB_DATA_TYPE_UTF8_STRING)
        return {};
    return QString::fromUtf8(data->utf8_string, int(data->data_size));
}

std::optional<double> number(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    const auto data = valueAt(entry, path);
    if (!data)
        return std::nullopt;
    if (data->type == MMDB_DATA_TYPE_DOUBLE)
        return data->double_value;
    if (data->type == MMDB_DATA_TYPE_FLOAT)
        return double(data->float_value);
    return std::nullopt;
}

quint32 unsignedNumber(MMDB_entry_s &entry, std::initializer_list<const char *> path)
{
    const auto data = valueAt(entry, path);
    if (!data)
        return 0;
    if (data->type == MMDB_DATA_TYPE_UINT32)
        return data->uint32;
    if (data->type == MMDB_DATA_TYPE_UINT16)
        return data->uint16;
    return 0;
}

// The first that is not empty: MaxMind's nested records, then the flat ones of ip-location-db.
QString either(const QString &first, const QString &second)
{
    return first.isEmpty() ? second : first;
}

} // namespace

std::unique_ptr<PlaceDatabase> PlaceDatabase::open(const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return nullptr;
    }
    if (file.isDir()) {
        *error = tr("%1 is a folder; choose a .mmdb file in it.").arg(path);
        return nullptr;
    }
    if (!file.isFile()) { // a pipe or a device would be read from for ever
        *error = tr("%1 is no regular file.").arg(path);
        return nullptr;
    }
    auto mmdb = std::make_unique<MMDB_s>();
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, mmdb.get());
    if (status != MMDB_SUCCESS) {
        const bool noDatabase =
            status == MMDB_INVALID_METADATA_ERROR || status == MMDB_UNKNOWN_DATABASE_FORMAT_ERROR ||
            status == MMDB_INVALID_DATA_ERROR || (status == MMDB_IO_ERROR && file.size() == 0);
        *error = noDatabase
                     ? tr("%1 is no MaxMind DB file (a .mmdb file such as GeoLite2-City.mmdb).").arg(path)
                     : tr("%1 cannot be read: %2").arg(path, QString::fromUtf8(MMDB_strerror(status)));
        return nullptr;
    }
    // The pages are read ahead by the kernel now, so that the first lookups do not wait for the disk.
    madvise(const_cast<uint8_t *>(mmdb->file_content), mmdb->file_size, MADV_WILLNEED);
    return std::unique_ptr<PlaceDatabase>(new PlaceDatabase(path, std::move(mmdb)));
}

PlaceDatabase::PlaceDatabase(const QString &path, std::unique_ptr<MMDB_s> mmdb)
    : m_path(path)
    , m_mmdb(std::move(mmdb))
{
    const QString type = QString::fromUtf8(m_mmdb->metadata.database_type);
    m_holds = type.contains(u"ASN"_s, Qt::CaseInsensitive) ? Holds::Networks : Holds::Places;
    qCInfo(lcPlaces) << "opened" << path << type;
}

PlaceDatabase::~PlaceDatabase()
{
    MMDB_close(m_mmdb.get());
}

QString PlaceDatabase::description() const
{
    const QDateTime built = QDateTime::fromSecsSinceEpoch(qint64(m_mmdb->metadata.build_epoch), Qt::UTC);
    return tr("%1, built %2")
        .arg(QString::fromUtf8(m_mmdb->metadata.database_type),
             QLocale().toString(built.date(), QLocale::ShortFormat));
}

PlaceDatabase::Found PlaceDatabase::find(const QString &address) const
{
    static const QRegularExpression written(u"^(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"_s);
    const QString trimmed = address.trimmed();
    if (!written.match(trimmed).hasMatch())
        return {};
    const QHostAddress host(trimmed);
    if (host.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4); // a mapped ::ffff:a.b.c.d too
    sockaddr_storage storage{};
    if (isV4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(v4);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(in6->sin6_addr.s6_addr, bytes.c, 16);
    }
    int status = MMDB_SUCCESS;
    MMDB_lookup_result_s result =
        MMDB_lookup_sockaddr(m_mmdb.get(), reinterpret_cast<const sockaddr *>(&storage), &status);
    // An IPv6 address in a file of IPv4 networks only is not an error: the file does not hold it.
    if (status != MMDB_SUCCESS || !result.found_entry)
        return {};
    Found found;
    MMDB_entry_s &entry = result.entry;
    if (m_holds == Holds::Networks) {
        found.asn = unsignedNumber(entry, {"autonomous_system_number", nullptr});
        found.network = text(entry, {"autonomous_system_organization", nullptr});
        return found;
    }
    found.country =
        either(text(entry, {"country", "iso_code", nullptr}), text(entry, {"country_code", nullptr}));
    found.city = either(text(entry, {"city", "names", "en", nullptr}), text(entry, {"city", nullptr}));
    // Coordinates of a country alone are its middle: no place to measure a distance from.
    if (found.city.isEmpty())
        return found;
    found.latitude = number(entry, {"location", "latitude", nullptr});
    found.longitude = number(entry, {"location", "longitude", nullptr});
    if (!found.latitude || !found.longitude) {
        found.latitude = number(entry, {"latitude", nullptr});
        found.longitude = number(entry, {"longitude", nullptr});
    }
    found.accuracyKm = int(unsignedNumber(entry, {"location", "accuracy_radius", nullptr}));
    return found;
}
