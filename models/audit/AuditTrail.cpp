#include "audit/AuditTrail.h"

#include "sources/sql/Sql.h"
#include "sources/sql/SqlRows.h"

#include <QSqlQuery>

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
    const auto failed = [](SourceError error) {
        error.text = tr("Writing the audit entry failed, so nothing was changed. %1").arg(error.text);
        return error;
    };
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s))
        return failed(*error);
    AuditEntry chained = entry;
    const bool first = !query.next();
    chained.id = first ? 1 : query.value(0).toLongLong() + 1;
    chained.prevHash = first ? AuditChain::genesis() : query.value(1).toString();
    chained.hash = AuditChain::hash(chained.prevHash, chained);
    if (auto error = Sql::exec(
            query,
            u"INSERT INTO audit_log (id, at, operator, os_account, host, action, target_user, "
            "target_session, count, reason, ticket, outcome, old_value, new_value, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {chained.id, Sql::toMs(chained.at), chained.operatorId, chained.osAccount, chained.host,
             chained.action, Sql::nullIfEmpty(chained.targetUser), Sql::nullIfEmpty(chained.targetSession),
             chained.count, chained.reason, Sql::nullIfEmpty(chained.ticket), chained.outcome,
             Sql::nullIfEmpty(chained.oldValue), Sql::nullIfEmpty(chained.newValue), chained.prevHash,
             chained.hash}))
        return failed(*error);
    return chained.id;
}

std::optional<SourceError> AuditTrail::chainUnchained(QSqlDatabase &db)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (auto error =
            Sql::exec(rows, u"SELECT "_s + SqlRows::auditColumns() + u" FROM audit_log a ORDER BY a.id"_s))
        return error;
    QSqlQuery update(db);
    StringPool pool;
    QString previous = AuditChain::genesis();
    while (rows.next()) {
        AuditEntry entry = SqlRows::auditEntryFrom(rows, pool);
        entry.prevHash = previous;
        entry.hash = AuditChain::hash(previous, entry);
        if (auto error = Sql::exec(update, u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s,
                                   {entry.prevHash, entry.hash, entry.id}))
            return error;
        previous = entry.hash;
    }
    return std::nullopt;
}

std::optional<SourceError> AuditTrail::verify(QSqlDatabase &db, AuditChain::Verifier &verifier)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (auto error =
            Sql::exec(rows, u"SELECT "_s + SqlRows::auditColumns() + u" FROM audit_log a ORDER BY a.id"_s))
        return error;
    StringPool pool;
    while (rows.next() && verifier.add(SqlRows::auditEntryFrom(rows, pool))) {
    }
    return std::nullopt;
}
