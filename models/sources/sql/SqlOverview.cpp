#include "models/sources/sql/SqlOverview.h"

#include "models/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = Overview::HourMs;

// The expression numbering the UTC hour (or minute, for per) of a time column since 1970.
QString since1970(const QSqlDatabase &db, const QString &column, qint64 per)
{
    return Sql::isPostgres(db) ? u"floor(extract(epoch FROM %1) * 1000 / %2)::bigint"_s.arg(column).arg(per)
                               : u"%1 / %2"_s.arg(column).arg(per);
}

} // namespace

Result<Overview> SqlOverview::read(QSqlDatabase &db, const QDateTime &now)
{
    OverviewBuilder builder(now);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Open sessions are the active ones: the store marks those past their expiry as ended. One
    // pass over the index of open sessions by place and agent; the places' coordinates are the
    // mean of their sessions' (a sum here, so that the groups of one place add up).
    // Coordinates count where both are numbers (SQLite keeps whatever an application wrote).
    const QString numeric = Sql::isPostgres(db) ? u"latitude IS NOT NULL AND longitude IS NOT NULL"_s
                                                : u"typeof(latitude) IN ('integer', 'real') AND "
                                                  "typeof(longitude) IN ('integer', 'real')"_s;
    if (auto error = Sql::exec(
            query, u"SELECT country, city, user_agent, sum(CASE WHEN %1 THEN latitude END), "
                   "sum(CASE WHEN %1 THEN longitude END), count(CASE WHEN %1 THEN 1 END), "
                   "count(*) FROM sessions WHERE ended_at IS NULL GROUP BY country, city, user_agent"_s.arg(
                       numeric)))
        return *error;
    while (query.next()) {
        const qint64 count = query.value(6).toLongLong();
        const qint64 placed = query.value(5).toLongLong();
        const QString country = query.value(0).toString();
        const QString city = query.value(1).toString();
        const QString agent = query.value(2).toString();
        if (placed > 0)
            builder.addSessions(country, city, agent, query.value(3).toDouble() / double(placed),
                                query.value(4).toDouble() / double(placed), placed);
        if (count > placed)
            builder.addSessions(country, city, agent, std::nullopt, std::nullopt, count - placed);
    }
    if (auto error = Sql::exec(query, u"SELECT count(*) FROM user_stats WHERE open_sessions > 0"_s))
        return *error;
    if (query.next())
        builder.setSignedInUsers(query.value(0).toLongLong());

    const qint64 firstHour = builder.firstHour().toMSecsSinceEpoch() / HourMs;
    const QString hours =
        Sql::isPostgres(db)
            ? u"SELECT %1 AS hour, count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success) "
              "FROM login_events WHERE at >= ? GROUP BY 1"_s.arg(since1970(db, u"at"_s, HourMs))
            : u"SELECT hour, succeeded, failed FROM sign_in_hours WHERE hour >= ?"_s;
    if (auto error = Sql::exec(query, hours,
                               {Sql::isPostgres(db) ? Sql::time(builder.firstHour()) : QVariant(firstHour)}))
        return *error;
    while (query.next()) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong() * HourMs, Qt::UTC);
        builder.addSignIns(start, true, query.value(1).toLongLong());
        builder.addSignIns(start, false, query.value(2).toLongLong());
    }

    // As the Flagged page lists them: those of users still there.
    if (auto error = Sql::exec(
            query, u"SELECT f.rule, f.severity, count(*) FROM flags f JOIN users u ON u.id = f.user_id "
                   "WHERE f.status IN ('open', 'frozen') AND u.removed_at IS NULL "
                   "GROUP BY f.rule, f.severity"_s))
        return *error;
    while (query.next()) {
        const auto rule = Flag::ruleFromKey(query.value(0).toString());
        const auto severity = Flag::severityFromKey(query.value(1).toString());
        if (rule && severity)
            builder.addFlags(*rule, *severity, query.value(2).toLongLong());
    }

    // By the minute, so that every time zone's days are told apart exactly.
    const qint64 minuteMs = 60 * 1000;
    if (auto error = Sql::exec(query,
                               u"SELECT %1, count(*) FROM audit_log WHERE at >= ? GROUP BY 1"_s.arg(
                                   since1970(db, u"at"_s, minuteMs)),
                               {Sql::time(builder.firstDay())}))
        return *error;
    while (query.next())
        builder.addActions(QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong() * minuteMs, Qt::UTC),
                           query.value(1).toLongLong());
    return builder.finish();
}
