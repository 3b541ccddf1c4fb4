#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/sources/PlannedLogout.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The planned_logouts table: planning, cancelling, listing, and marking a run. The functions
// taking an entry run inside the caller's transaction (an audited action) and fill it in.
class SqlPlannedLogouts final
{
    Q_DECLARE_TR_FUNCTIONS(SqlPlannedLogouts)

public:
    // Refuses a time closer to at than the store's setting planned_logout_min_lead_minutes, a time
    // within that notice of a pending plan (two plans would announce two times), an empty message,
    // or a scope that names what the store does not have.
    static std::optional<SourceError> check(QSqlDatabase &db, const LogoutAllScope &scope,
                                            const QDateTime &runAt, const QString &message,
                                            const QDateTime &at);
    // Checks the plan, then stores it.
    static std::optional<SourceError> plan(QSqlDatabase &db, const LogoutAllScope &scope,
                                           const QDateTime &runAt, const QString &message,
                                           const ActionContext &context, const QDateTime &at,
                                           ActionResult &result, AuditEntry &entry);
    static std::optional<SourceError> cancel(QSqlDatabase &db, qint64 id, const ActionContext &context,
                                             const QDateTime &at, AuditEntry &entry);
    static Result<QList<PlannedLogout>> list(QSqlDatabase &db, bool pendingOnly);
    // The plan as stored now; Conflict unless it is still pending.
    static Result<PlannedLogout> pending(QSqlDatabase &db, qint64 id);
    // Marks a pending plan done, failed or cancelled; ranBy: the console that ran it, if one did.
    static std::optional<SourceError> finish(QSqlDatabase &db, qint64 id, PlannedLogout::Status status,
                                             const QDateTime &at, const QString &outcome,
                                             const QString &ranBy = {});
};
