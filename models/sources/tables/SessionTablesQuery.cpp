#include "models/sources/tables/SessionTablesQuery.h"

#include "models/domain/IpRange.h"
#include "models/places/AddressPlaces.h"
#include "models/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// An IPv4 address, each part 0 to 255 without leading zeros (as PostgreSQL's inet reads them).
const QString ipv4 =
    u"((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])[.]){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"_s;

// An IPv6 address in the forms RFC 4291 writes (no zone), IPv4-embedded ones included.
QString ipv6()
{
    const QString h = u"[0-9a-fA-F]{1,4}"_s;
    const QStringList forms{
        u"(%1:){7}%1"_s,
        u"(%1:){1,7}:"_s,
        u"(%1:){1,6}:%1"_s,
        u"(%1:){1,5}(:%1){1,2}"_s,
        u"(%1:){1,4}(:%1){1,3}"_s,
        u"(%1:){1,3}(:%1){1,4}"_s,
        u"(%1:){1,2}(:%1){1,5}"_s,
        u"%1:(:%1){1,6}"_s,
        u":((:%1){1,7}|:)"_s,
        u"(%1:){6}%2"_s,
        u"::(ffff(:0{1,4})?:)?%2"_s,
        u"(%1:){1,4}:%2"_s,
    };
    QStringList alternatives;
    for (QString form : forms)
        alternatives << form.replace(u"%1"_s, h).replace(u"%2"_s, ipv4);
    return alternatives.join(u'|');
}

} // namespace

SessionTablesQuery::SessionTablesQuery(SessionTables tables)
    : m_tables(std::move(tables))
{}

QString SessionTablesQuery::address()
{
    static const QString guarded =
        u"(CASE WHEN s.ip ~ '^(%1)$' OR s.ip ~ '^(%2)$' THEN s.ip::inet END)"_s.arg(ipv4, ipv6());
    return guarded;
}

QString SessionTablesQuery::conditions(const SessionFilter &filter, QVariantList *args) const
{
    QStringList where{u"true"_s};
    if (!filter.userId.isEmpty()) {
        where << u"s.user_id = ?"_s;
        *args << filter.userId;
    }
    if (const auto range = IpRange::parse(filter.network.trimmed())) {
        const QString cidr = range->cidr();
        if (cidr.contains(u':')) {
            where << u"%1 <<= ?::cidr"_s.arg(address());
            *args << cidr;
        } else {
            // An IPv4 range holds the IPv4-mapped IPv6 addresses of its own too.
            where << u"(%1 <<= ?::cidr OR %1 <<= ?::cidr)"_s.arg(address());
            *args
                << cidr
                << u"::ffff:%1/%2"_s.arg(cidr.section(u'/', 0, 0)).arg(96 + cidr.section(u'/', 1, 1).toInt());
        }
    }
    for (const QString &word : filter.deviceWords()) {
        where << u"lower(s.user_agent) LIKE ? ESCAPE '\\'"_s;
        *args << Sql::likePattern(word);
    }
    const auto between = [&](const QString &column, const QDateTime &from, const QDateTime &to) {
        if (from.isValid()) {
            where << u"%1 >= to_timestamp(?::bigint / 1000.0)"_s.arg(column);
            *args << from.toMSecsSinceEpoch();
        }
        if (to.isValid()) {
            where << u"%1 < to_timestamp(?::bigint / 1000.0)"_s.arg(column);
            *args << to.toMSecsSinceEpoch();
        }
    };
    between(u"s.created_at"_s, filter.startedFrom, filter.startedTo);
    between(u"s.last_seen"_s, filter.activeFrom, filter.activeTo);
    return where.join(u" AND "_s);
}

QString SessionTablesQuery::page(const SessionQuery &query, QVariantList *args) const
{
    QString sort;
    switch (query.sortField) {
    case SessionQuery::SortField::Device:
        sort = u"s.user_agent"_s;
        break;
    case SessionQuery::SortField::IpAddress:
        sort = u"s.ip"_s;
        break;
    case SessionQuery::SortField::Location:
    case SessionQuery::SortField::LastActivity:
        sort = u"s.last_seen"_s;
        break;
    case SessionQuery::SortField::Started:
        sort = u"s.created_at"_s;
        break;
    case SessionQuery::SortField::Expires:
    case SessionQuery::SortField::Status:
        sort = u"s.expires_at"_s;
        break;
    }
    QString where;
    if (query.userId.isEmpty()) {
        where = u"(s.expires_at IS NULL OR s.expires_at > now()) AND "_s + conditions(query.filter, args);
    } else {
        where = u"s.user_id = ?"_s;
        *args << query.userId;
        if (!query.includeEnded)
            where += u" AND (s.expires_at IS NULL OR s.expires_at > now())"_s;
    }
    const QString direction = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    *args << query.limit << query.cursor.toInt();
    return uR"(WITH s AS (%1), u AS (%2)
            SELECT s.id, s.user_id, s.expires_at, s.created_at, s.last_seen, s.ip, s.user_agent,
                   u.email, u.name, count(*) OVER ()
            FROM s LEFT JOIN u ON u.id = s.user_id
            WHERE %3
            ORDER BY %4 %5 NULLS LAST, s.id %5 LIMIT ? OFFSET ?)"_s.arg(
        m_tables.sessionsSelect(), m_tables.usersSelect(), where, sort, direction);
}

Session SessionTablesQuery::session(const QSqlQuery &row, const QDateTime &now, const AddressPlaces *places)
{
    Session session;
    session.id = row.value(0).toString();
    session.userId = row.value(1).toString();
    session.expiresAt = Sql::fromMs(row.value(2));
    session.createdAt = Sql::fromMs(row.value(3));
    session.lastSeenAt = Sql::fromMs(row.value(4));
    session.origin.ip = row.value(5).toString();
    session.origin.userAgent = row.value(6).toString();
    session.userEmail = row.value(7).toString();
    session.userName = row.value(8).toString();
    if (places)
        places->fill(session.origin);
    // The application deletes the sessions it ends; what is left has expired.
    session.endIfExpired(now);
    return session;
}

QString SessionTablesQuery::matching(const SessionFilter &filter, QVariantList *args) const
{
    if (filter.isEmpty())
        return u"true"_s;
    return u"%1 IN (SELECT s.id FROM (%2) s WHERE %3)"_s.arg(m_tables.idOf(), m_tables.sessionsSelect(),
                                                             conditions(filter, args));
}
