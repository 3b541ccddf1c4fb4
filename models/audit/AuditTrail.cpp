#include "audit/AuditTrail.h"

#include "sources/sql/Sql.h"

using namespace Qt::Literals::StringLiterals;

AuditEntry AuditTrail::entryFor(const ActionContext &context, const QString &action, const QDateTime &at)
{
    AuditEntry entry;
    entry.at = at;
    entry.operatorId = context.actor.id;
    entry.osAccount = context.actor.osAccount;
    entry.host = context.actor.host;
    entry.action = action;
    entry.reason = context.reason.trimmed();
    entry.ticket = context.ticket.trimmed();
    entry.outcome = u"success"_s;
    return entry;
}

Result<qint64> AuditTrail::append(QSqlDatabase &db, const AuditEntry &entry)
{
    QSqlQuery query(db);
    if (auto error =
            Sql::exec(query,
                      u"INSERT INTO audit_log (at, operator, os_account, host, action, target_user, "
                      "target_session, count, reason, ticket, outcome, old_value, new_value) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {Sql::toMs(entry.at), entry.operatorId, entry.osAccount, entry.host, entry.action,
                       Sql::nullIfEmpty(entry.targetUser), Sql::nullIfEmpty(entry.targetSession), entry.count,
                       entry.reason, Sql::nullIfEmpty(entry.ticket), entry.outcome,
                       Sql::nullIfEmpty(entry.oldValue), Sql::nullIfEmpty(entry.newValue)})) {
        error->text = tr("Writing the audit entry failed, so nothing was changed. %1").arg(error->text);
        return *error;
    }
    return query.lastInsertId().toLongLong();
}
