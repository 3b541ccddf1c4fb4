#include "models/sources/sql/SqliteLogouts.h"

#include "models/sources/sql/SqlScope.h"
#include "models/storage/SchemaSuspension.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Marks sessions already past their expiry so, so that only those still open are ended as the
// action's own.
std::optional<SourceError> expire(QSqlQuery &query, const QVariant &now)
{
    return Sql::exec(query,
                     u"UPDATE sessions SET ended_at = expires_at, end_reason = 'expired' "
                     "WHERE ended_at IS NULL AND expires_at <= ?"_s,
                     {now});
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<SourceError> SqliteLogouts::everyone(QSqlDatabase &db, const LogoutAllScope &scope,
                                                   const QString &actorId, qint64 plannedId,
                                                   ActionResult &result, AuditEntry &entry)
{
    if (auto refused = SqlScope::check(db, scope))
        return refused;
    const QVariant now = Sql::time(result.at);
    const auto [spared, sparedArgs] = SqlScope::spared(scope);
    // Nobody spared (the usual case): no condition at all. Otherwise the few spared users
    // are excluded; a condition listing everyone else would cost a lookup per session.
    const bool sparing = !scope.keepUserIds.isEmpty() || !scope.excludeRoles.isEmpty();
    auto outside = [&, spared = spared](const QString &column) {
        return sparing ? u" AND %1 NOT IN (SELECT u.id FROM users u WHERE %2)"_s.arg(column, spared)
                       : QString();
    };
    const QVariantList args = sparing ? sparedArgs : QVariantList();
    QSqlQuery query(db);
    // Sessions already past their expiry are marked so first, so that afterwards every
    // affected user has no open session left and their figures can be reset directly.
    if (auto error = expire(query, now))
        return error;
    auto restore = SchemaSuspension::suspend(
        query,
        u"(type = 'trigger' AND "_s + SchemaSuspension::ownTriggers() +
            u") OR (type = 'index' AND tbl_name = 'sessions' AND sql LIKE '%WHERE ended_at IS NULL%')"_s);
    if (!restore.ok())
        return restore.error();
    QSqlQuery(db).exec(u"PRAGMA cache_size = -65536"_s); // a third of the table changes
    auto error = Sql::exec(query,
                           u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout_all', ended_by = ? "
                           "WHERE ended_at IS NULL AND expires_at > ?"_s +
                               outside(u"user_id"_s),
                           QVariantList{now, actorId, now} + args);
    QSqlQuery(db).exec(u"PRAGMA cache_size = -2000"_s);
    if (error)
        return error;
    result.sessionsEnded = query.numRowsAffected();
    for (const QString &statement : std::as_const(restore.value())) {
        if (auto failed = Sql::exec(query, statement))
            return failed;
    }

    if (auto failed =
            Sql::exec(query,
                      u"UPDATE user_stats SET open_sessions = 0, devices = 0 WHERE open_sessions > 0"_s +
                          outside(u"user_id"_s),
                      args))
        return failed;
    result.usersAffected = query.numRowsAffected(); // every user who had an active session
    if (scope.revokeTokens) {
        if (auto failed =
                Sql::exec(query, u"UPDATE users SET tokens_not_before = ? WHERE 1"_s + outside(u"id"_s),
                          QVariantList{now} + args))
            return failed;
    }
    entry.count = result.sessionsEnded;
    QJsonObject value = scope.toJson();
    value.insert(u"users"_s, result.usersAffected);
    if (plannedId > 0)
        value.insert(u"planned"_s, plannedId);
    entry.newValue = compact(value);
    return std::nullopt;
}

std::optional<SourceError> SqliteLogouts::matching(QSqlDatabase &db, const LogoutAllScope &scope,
                                                   const QString &actorId, ActionResult &result,
                                                   AuditEntry &entry)
{
    if (scope.matching.isEmpty())
        return SourceError{SourceError::Code::InvalidInput,
                           tr("Ending matching sessions needs a filter; without one it is a logout of all "
                              "users."),
                           {}};
    if (auto refused = scope.matching.refusal())
        return refused;
    if (auto refused = SqlScope::check(db, scope))
        return refused;
    const QVariant now = Sql::time(result.at);
    // The sessions to end, found once over the filter's indexes, in a temporary table dropped
    // however this ends (after the statements reading it, declared below it); the figures of their
    // users are computed once each afterwards, not once per session by the trigger.
    const struct Ending
    {
        QSqlDatabase &db;
        ~Ending() { QSqlQuery(db).exec(u"DROP TABLE IF EXISTS temp.ending"_s); }
    } ending{db};
    QSqlQuery query(db);
    if (auto error = expire(query, now))
        return error;
    const auto [spared, sparedArgs] = SqlScope::spared(scope);
    QVariantList args{now};
    const QStringList matching = SqlScope::matching(db, scope.matching, args);
    args << sparedArgs;
    if (auto error = Sql::exec(query, u"CREATE TEMP TABLE ending (id TEXT PRIMARY KEY, user_id TEXT)"_s))
        return error;
    if (auto error = Sql::exec(query,
                               u"INSERT INTO temp.ending SELECT s.id, s.user_id FROM sessions s "
                               "WHERE s.ended_at IS NULL AND s.expires_at > ? AND "_s +
                                   matching.join(u" AND "_s) +
                                   u" AND s.user_id NOT IN (SELECT u.id FROM users u WHERE %1)"_s.arg(spared),
                               args))
        return error;
    auto restore =
        SchemaSuspension::suspend(query, u"type = 'trigger' AND name = 'sessions_stats_after_update'"_s);
    if (!restore.ok())
        return restore.error();
    if (auto error = Sql::exec(query,
                               u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout', ended_by = ? "
                               "WHERE id IN (SELECT id FROM temp.ending)"_s,
                               {now, actorId}))
        return error;
    result.sessionsEnded = query.numRowsAffected();
    for (const QString &statement : std::as_const(restore.value())) {
        if (auto error = Sql::exec(query, statement))
            return error;
    }
    if (auto error = Sql::exec(query, u"INSERT OR REPLACE INTO user_stats SELECT * FROM user_stats_source "
                                      "WHERE user_id IN (SELECT user_id FROM temp.ending)"_s))
        return error;
    if (scope.revokeTokens) {
        if (auto error = Sql::exec(query,
                                   u"UPDATE users SET tokens_not_before = ? "
                                   "WHERE id IN (SELECT user_id FROM temp.ending)"_s,
                                   {now}))
            return error;
    }
    if (auto error = Sql::exec(query, u"SELECT count(DISTINCT user_id) FROM temp.ending"_s))
        return error;
    query.next();
    result.usersAffected = query.value(0).toInt();
    query.finish();
    if (result.sessionsEnded == 0)
        return scope.nothingMatches();
    entry.targetUser = scope.matching.userId;
    entry.count = result.sessionsEnded;
    QJsonObject value = scope.toJson();
    value.insert(u"users"_s, result.usersAffected);
    entry.newValue = compact(value);
    return std::nullopt;
}
