#include "models/demo/DemoFiller.h"

#include "models/demo/DemoGenerator.h"
#include "models/demo/PgDemoWriter.h"
#include "models/demo/SqliteDemoWriter.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/SchemaSuspension.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlTransaction.h"

#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::optional<SourceError> refuseUnlessEmpty(QSqlQuery &query)
{
    if (auto error = Sql::exec(query, u"SELECT count(*) FROM users"_s))
        return error;
    query.next();
    if (const qint64 existing = query.value(0).toLongLong(); existing > 0)
        return SourceError{
            SourceError::Code::Conflict,
            DemoFiller::tr(
                "The store already holds %Ln user(s); demo data goes into a new, empty store only.", nullptr,
                int(existing)),
            {}};
    return std::nullopt;
}

Result<DemoFiller::Counts> fillPostgres(QSqlDatabase &db, const DemoOptions &demo)
{
    using Counts = DemoFiller::Counts;

    auto result = SqlTransaction(1, 0).run<Counts>(db, [&](QSqlDatabase &) -> Result<Counts> {
        QSqlQuery query(db);
        if (auto error = refuseUnlessEmpty(query))
            return *error;
        // The figure triggers are off for the load (only inside this transaction), the
        // figures are computed once afterwards, and indexes and foreign keys are built
        // after the rows are in.
        const QString triggers =
            u"ALTER TABLE users %1 TRIGGER users_add_stats; ALTER TABLE users %1 TRIGGER "
            "users_count_after_insert; ALTER TABLE sessions %1 TRIGGER sessions_stats_after_insert"_s;
        if (auto error = Sql::exec(query, triggers.arg(u"DISABLE"_s)))
            return *error;
        auto restore = SchemaSuspension::suspendPg(query, u"'users', 'sessions', 'login_events'"_s);
        if (!restore.ok())
            return restore.error();
        QSqlQuery(db).exec(u"SET LOCAL maintenance_work_mem = '256MB'"_s);
        Counts counts;
        for (auto [table, count] : {std::pair{PgDemoWriter::Table::Users, &counts.users},
                                    std::pair{PgDemoWriter::Table::Sessions, &counts.sessions},
                                    std::pair{PgDemoWriter::Table::LoginEvents, &counts.events}}) {
            PgDemoWriter writer(db, table);
            if (!DemoGenerator(demo).generate(writer) || !writer.finish())
                return *writer.error();
            *count = writer.rows();
        }
        restore.value() << u"INSERT INTO user_stats SELECT * FROM user_stats_source"_s
                        << u"INSERT INTO user_counts SELECT status, removed_at IS NOT NULL, count(*) "
                           "FROM users GROUP BY 1, 2"_s
                        << triggers.arg(u"ENABLE"_s);
        for (const QString &statement : std::as_const(restore.value())) {
            if (auto error = Sql::exec(query, statement))
                return *error;
        }
        return counts;
    });
    if (result.ok())
        QSqlQuery(db).exec(u"ANALYZE users, sessions, login_events, user_stats"_s);
    return result;
}

Result<DemoFiller::Counts> fillSqlite(QSqlDatabase &db, const DemoOptions &demo,
                                      const SqlTransaction &transaction)
{
    using Counts = DemoFiller::Counts;

    // A bulk load into an empty store: a rollback journal does not copy pages beyond the
    // original end of the file, so the rows are written once instead of twice as with WAL,
    // and a failure still rolls everything back. WAL comes back afterwards. The switch
    // fails harmlessly while another connection has the store open.
    QSqlQuery(db).exec(u"PRAGMA journal_mode = DELETE"_s);
    QSqlQuery(db).exec(u"PRAGMA cache_size = -65536"_s);
    auto result = transaction.run<Counts>(db, [&](QSqlDatabase &) -> Result<Counts> {
        QSqlQuery query(db);
        if (auto error = refuseUnlessEmpty(query))
            return *error;
        auto restore = SchemaSuspension::suspend(
            query, u"(type = 'index' AND tbl_name IN ('users', 'sessions', 'login_events')) OR "
                   "(type = 'trigger' AND "_s +
                       SchemaSuspension::ownTriggers() + u')');
        if (!restore.ok())
            return restore.error();
        SqliteDemoWriter writer(db);
        if (!DemoGenerator(demo).generate(writer) || writer.error())
            return *writer.error();
        restore.value() << u"INSERT OR REPLACE INTO user_stats SELECT * FROM user_stats_source"_s
                        << u"DELETE FROM sign_in_hours"_s
                        << u"INSERT INTO sign_in_hours SELECT * FROM sign_in_hours_source"_s
                        << u"UPDATE users SET search_key = sessiondesk_fold(display_name) || char(10) || "
                           "sessiondesk_fold(email)"_s;
        for (const QString &statement : std::as_const(restore.value())) {
            if (auto error = Sql::exec(query, statement))
                return *error;
        }
        return Counts{writer.users(), writer.sessions(), writer.events()};
    });
    QSqlQuery(db).exec(u"PRAGMA cache_size = -2000"_s);
    QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
    if (result.ok())
        QSqlQuery(db).exec(u"ANALYZE"_s); // statistics for the query planner
    return result;
}

} // namespace

QFuture<Result<DemoFiller::Counts>> DemoFiller::fill(SqlSessionSource &store, const DemoOptions &options)
{
    const bool postgres = store.isPostgres();
    const SqlTransaction transaction(store.options().busyAttempts, store.options().busyTimeoutMs);
    auto counts = std::make_shared<Counts>();
    return store
        .bulkWrite([postgres, options, transaction, counts](QSqlDatabase &db) -> std::optional<SourceError> {
            auto filled = postgres ? fillPostgres(db, options) : fillSqlite(db, options, transaction);
            if (!filled.ok())
                return filled.error();
            *counts = filled.value();
            return std::nullopt;
        })
        .then([counts](const Result<bool> &written) -> Result<Counts> {
            if (!written.ok())
                return written.error();
            return *counts;
        });
}
