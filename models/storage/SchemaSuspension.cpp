#include "models/storage/SchemaSuspension.h"

#include "models/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString SchemaSuspension::ownTriggers()
{
    return u"name IN ('users_add_stats', 'sessions_stats_after_insert', 'sessions_stats_after_update', "
           "'sessions_stats_after_delete', 'sessions_global_logout', 'users_flag_rank_after_insert', "
           "'login_events_hours_after_insert', 'login_events_hours_after_delete', "
           "'login_events_hours_after_update')"_s;
}

Result<QStringList> SchemaSuspension::suspend(QSqlQuery &query, const QString &which)
{
    if (auto error = Sql::exec(
            query, u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("_s + which + u')'))
        return *error;
    QStringList drops, indexes, triggers;
    while (query.next()) {
        drops << u"DROP %1 %2"_s.arg(query.value(0).toString().toUpper(), query.value(1).toString());
        (query.value(0).toString() == u"index" ? indexes : triggers) << query.value(2).toString();
    }
    for (const QString &drop : std::as_const(drops)) {
        if (auto error = Sql::exec(query, drop))
            return *error;
    }
    return indexes + triggers;
}

Result<QStringList> SchemaSuspension::suspendPg(QSqlQuery &query, const QString &tables)
{
    if (auto error = Sql::exec(
            query,
            u"SELECT format('DROP INDEX %I', i.indexname), i.indexdef, 0 FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename IN (%1) AND NOT EXISTS "
            "(SELECT FROM pg_constraint c WHERE c.conindid = format('%I', i.indexname)::regclass) "
            "UNION ALL SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname), "
            "format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, "
            "pg_get_constraintdef(c.oid)), 1 FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.conrelid::regclass::text IN (%1) ORDER BY 3"_s.arg(tables)))
        return *error;
    QStringList drops, restore;
    while (query.next()) {
        drops << query.value(0).toString();
        restore << query.value(1).toString();
    }
    for (const QString &drop : std::as_const(drops)) {
        if (auto error = Sql::exec(query, drop))
            return *error;
    }
    return restore;
}
