#include "models/sources/sql/SqlPlannedLogouts.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/Settings.h"
#include "models/sources/sql/SqlScope.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString columns =
    u"id, run_at, message, reason, ticket, scope, created_at, created_by, created_by_account, "
    "status, finished_at, outcome, ran_by"_s;

PlannedLogout planFrom(const QSqlQuery &row)
{
    PlannedLogout plan;
    plan.id = row.value(0).toLongLong();
    plan.runAt = Sql::fromMs(row.value(1));
    plan.message = row.value(2).toString();
    plan.reason = row.value(3).toString();
    plan.ticket = row.value(4).toString();
    plan.scope = LogoutAllScope::fromJson(QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object());
    plan.createdAt = Sql::fromMs(row.value(6));
    plan.createdBy = row.value(7).toString();
    plan.createdByAccount = row.value(8).toString();
    plan.status =
        PlannedLogout::statusFromKey(row.value(9).toString()).value_or(PlannedLogout::Status::Failed);
    plan.finishedAt = Sql::fromMs(row.value(10));
    plan.outcome = row.value(11).toString();
    plan.ranBy = row.value(12).toString();
    return plan;
}

QString planJson(const PlannedLogout &plan)
{
    QJsonObject object = plan.scope.toJson();
    object.insert(u"id"_s, plan.id);
    object.insert(u"runAt"_s, plan.runAt.toUTC().toString(Qt::ISODate));
    object.insert(u"message"_s, plan.message);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<SourceError> SqlPlannedLogouts::check(QSqlDatabase &db, const LogoutAllScope &scope,
                                                    const QDateTime &runAt, const QString &message,
                                                    const QDateTime &at)
{
    if (!scope.matching.isEmpty())
        return SourceError{SourceError::Code::InvalidInput,
                           tr("A planned logout logs out all users; sessions matching a filter are ended "
                              "now or not at all."),
                           {}};
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT value FROM settings WHERE key = ?"_s,
                               {QString::fromLatin1(Settings::PlannedLogoutMinLeadMinutes)}))
        return error;
    const int minLeadMinutes = query.next() ? query.value(0).toInt() : 0;
    const QDateTime earliest = at.addSecs(qint64(minLeadMinutes) * 60);
    if (!runAt.isValid() || runAt < earliest)
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("A planned logout must be at least %Ln minute(s) ahead, at %1 or later, so that "
               "users see the announcement in time.",
               nullptr, minLeadMinutes)
                .arg(DisplayFormat::exactTime(earliest)),
            {}};
    if (message.trimmed().isEmpty())
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("A planned logout needs a message for users: it is shown until the logout runs."),
            {}};
    const qint64 notice = qint64(minLeadMinutes) * 60;
    if (auto error = Sql::exec(query,
                               u"SELECT id, run_at FROM planned_logouts WHERE status = 'pending' "
                               "AND run_at > ? AND run_at < ? ORDER BY run_at LIMIT 1"_s,
                               {Sql::time(runAt.addSecs(-notice)), Sql::time(runAt.addSecs(notice))}))
        return error;
    if (query.next())
        return SourceError{
            SourceError::Code::Conflict,
            tr("Planned logout %1 is already pending at %2, within %Ln minute(s) of this one; cancel "
               "it first or choose another time. Nothing was planned.",
               nullptr, minLeadMinutes)
                .arg(query.value(0).toLongLong())
                .arg(DisplayFormat::exactTime(Sql::fromMs(query.value(1)))),
            {}};
    return SqlScope::check(db, scope);
}

std::optional<SourceError> SqlPlannedLogouts::plan(QSqlDatabase &db, const LogoutAllScope &scope,
                                                   const QDateTime &runAt, const QString &message,
                                                   const ActionContext &context, const QDateTime &at,
                                                   ActionResult &result, AuditEntry &entry)
{
    if (auto refused = check(db, scope, runAt, message, at))
        return refused;
    PlannedLogout plan;
    plan.runAt = runAt;
    plan.message = message.trimmed();
    plan.scope = scope;
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query,
            u"INSERT INTO planned_logouts (run_at, message, reason, ticket, scope, created_at, created_by, "
            "created_by_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {Sql::time(runAt), plan.message, context.reason.trimmed(),
             Sql::nullIfEmpty(context.ticket.trimmed()),
             QString::fromUtf8(QJsonDocument(scope.toJson()).toJson(QJsonDocument::Compact)), Sql::time(at),
             context.actor.id, context.actor.osAccount}))
        return error;
    plan.id = query.lastInsertId().toLongLong();
    result.createdId = plan.id;
    entry.newValue = planJson(plan);
    return std::nullopt;
}

std::optional<SourceError> SqlPlannedLogouts::cancel(QSqlDatabase &db, qint64 id,
                                                     const ActionContext &context, const QDateTime &at,
                                                     AuditEntry &entry)
{
    const auto plan = pending(db, id);
    if (!plan.ok())
        return plan.error();
    entry.oldValue = planJson(plan.value());
    return finish(db, id, PlannedLogout::Status::Cancelled, at,
                  tr("Cancelled by %1: %2").arg(context.actor.id, context.reason.trimmed()));
}

Result<QList<PlannedLogout>> SqlPlannedLogouts::list(QSqlDatabase &db, bool pendingOnly)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT "_s + columns + u" FROM planned_logouts "_s +
                                          (pendingOnly ? u"WHERE status = 'pending' ORDER BY run_at, id"_s
                                                       : u"ORDER BY run_at DESC, id DESC"_s)))
        return *error;
    QList<PlannedLogout> plans;
    while (query.next())
        plans.append(planFrom(query));
    return plans;
}

Result<PlannedLogout> SqlPlannedLogouts::pending(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT "_s + columns + u" FROM planned_logouts WHERE id = ?"_s, {id}))
        return *error;
    if (!query.next())
        return SourceError{SourceError::Code::NotFound, tr("There is no planned logout %1.").arg(id), {}};
    const PlannedLogout plan = planFrom(query);
    if (plan.status != PlannedLogout::Status::Pending)
        return SourceError{SourceError::Code::Conflict,
                           tr("Planned logout %1 is %2, not pending; nothing changed.")
                               .arg(id)
                               .arg(PlannedLogout::statusText(plan.status).toLower()),
                           {}};
    return plan;
}

std::optional<SourceError> SqlPlannedLogouts::finish(QSqlDatabase &db, qint64 id,
                                                     PlannedLogout::Status status, const QDateTime &at,
                                                     const QString &outcome, const QString &ranBy)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query,
            u"UPDATE planned_logouts SET status = ?, finished_at = ?, outcome = ?, ran_by = ? "
            "WHERE id = ? AND status = 'pending'"_s,
            {PlannedLogout::statusKey(status), Sql::time(at), outcome, Sql::nullIfEmpty(ranBy), id}))
        return error;
    if (query.numRowsAffected() != 1)
        return SourceError{SourceError::Code::Conflict,
                           tr("Planned logout %1 is no longer pending; nothing changed.").arg(id),
                           {}};
    return std::nullopt;
}
