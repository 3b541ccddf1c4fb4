#include "models/storage/SqlRows.h"

#include "models/storage/Sql.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

Origin originFrom(const QSqlQuery &q, int first, StringPool &pool)
{
    Origin origin;
    origin.ip = q.value(first).toString();
    origin.userAgent = pool.shared(q.value(first + 1).toString());
    origin.deviceId = q.value(first + 2).toString();
    origin.country = pool.shared(q.value(first + 3).toString());
    origin.city = pool.shared(q.value(first + 4).toString());
    origin.latitude = optionalReal(q.value(first + 5));
    origin.longitude = optionalReal(q.value(first + 6));
    return origin;
}

} // namespace

const QString &SqlRows::userColumns()
{
    static const QString columns =
        u"u.id, u.email, u.display_name, u.role, u.status, u.status_reason, u.created_at, "
        u"u.tokens_not_before, "
        "s.open_sessions, s.devices, s.last_seen_at, s.last_city, s.last_country, u.flag_rank"_s;
    return columns;
}

const QString &SqlRows::auditColumns()
{
    static const QString columns =
        u"a.id, a.at, a.operator, a.os_account, a.host, a.action, a.target_user, a.target_session, "
        "a.count, a.reason, a.ticket, a.outcome, a.old_value, a.new_value, a.prev_hash, a.hash"_s;
    return columns;
}

AuditEntry SqlRows::auditEntryFrom(const QSqlQuery &q, StringPool &pool)
{
    AuditEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.at = Sql::fromMs(q.value(1));
    entry.operatorId = pool.shared(q.value(2).toString());
    entry.osAccount = pool.shared(q.value(3).toString());
    entry.host = pool.shared(q.value(4).toString());
    entry.action = pool.shared(q.value(5).toString());
    entry.targetUser = q.value(6).toString();
    entry.targetSession = q.value(7).toString();
    entry.count = q.value(8).toInt();
    entry.reason = pool.shared(q.value(9).toString());
    entry.ticket = q.value(10).toString();
    entry.outcome = pool.shared(q.value(11).toString());
    entry.oldValue = q.value(12).toString();
    entry.newValue = q.value(13).toString();
    entry.prevHash = q.value(14).toString();
    entry.hash = q.value(15).toString();
    return entry;
}

const QString &SqlRows::sessionColumns()
{
    static const QString columns =
        u"id, user_id, created_at, last_seen_at, expires_at, ip, user_agent, device_id, "
        "country, city, latitude, longitude, ended_at, end_reason, ended_by"_s;
    return columns;
}

const QString &SqlRows::loginEventColumns()
{
    static const QString columns =
        u"id, user_id, at, success, session_id, ip, user_agent, device_id, country, city, "
        "latitude, longitude"_s;
    return columns;
}

User SqlRows::userFrom(const QSqlQuery &q, StringPool &pool)
{
    User user;
    user.id = q.value(0).toString();
    user.email = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.role = pool.shared(q.value(3).toString());
    user.status = User::statusFromKey(q.value(4).toString()).value_or(UserStatus::Active);
    user.statusReason = pool.shared(q.value(5).toString());
    user.createdAt = Sql::fromMs(q.value(6));
    user.tokensNotBefore = Sql::fromMs(q.value(7));
    user.activeSessions = q.value(8).toInt();
    user.devices = q.value(9).toInt();
    const QDateTime lastSeen = Sql::fromMs(q.value(10)); // the zero time when there was no session
    user.lastActivity = lastSeen.toMSecsSinceEpoch() > 0 ? lastSeen : QDateTime();
    user.lastCity = pool.shared(q.value(11).toString());
    user.lastCountry = pool.shared(q.value(12).toString());
    // The highest severity's weight (10, 20, 30) plus the number (schema version 15).
    const int flagRank = q.value(13).toInt();
    user.openFlags = flagRank % 10;
    if (flagRank >= 10)
        user.flagSeverity = FlagSeverity(std::min(flagRank / 10 - 1, int(FlagSeverity::High)));
    return user;
}

Session SqlRows::sessionFrom(const QSqlQuery &q, StringPool &pool)
{
    Session session;
    session.id = q.value(0).toString();
    session.userId = pool.shared(q.value(1).toString());
    session.createdAt = Sql::fromMs(q.value(2));
    session.lastSeenAt = Sql::fromMs(q.value(3));
    session.expiresAt = Sql::fromMs(q.value(4));
    session.origin = originFrom(q, 5, pool);
    session.endedAt = Sql::fromMs(q.value(12));
    session.endReason = Session::endReasonFromKey(q.value(13).toString());
    session.endedBy = pool.shared(q.value(14).toString());
    return session;
}

LoginEvent SqlRows::loginEventFrom(const QSqlQuery &q, StringPool &pool)
{
    LoginEvent event;
    event.id = q.value(0).toLongLong();
    event.userId = pool.shared(q.value(1).toString());
    event.at = Sql::fromMs(q.value(2));
    event.success = q.value(3).toBool();
    event.sessionId = q.value(4).toString();
    event.origin = originFrom(q, 5, pool);
    return event;
}

SourceError SqlRows::notOpen()
{
    return {SourceError::Code::Failed, Sql::tr("The store is not open."), {}};
}
