#pragma once

#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// The team's accounts in the native store: add, deactivate, reactivate, remove and change role.
// Each runs inside the caller's transaction (an audited action, for all but purgeRemoved) and
// fills in its audit entry.
class SqlTeam final
{
    Q_DECLARE_TR_FUNCTIONS(SqlTeam)

public:
    // A new active account; the entry names it and holds its email, name and role.
    static std::optional<SourceError> add(QSqlDatabase &db, const QString &email, const QString &displayName,
                                          const QString &role, const QDateTime &at, ActionResult &result,
                                          AuditEntry &entry);
    // An active or frozen account becomes deactivated: every active session ends ('deactivated')
    // and access tokens issued before now are rejected.
    static std::optional<SourceError> deactivate(QSqlDatabase &db, const QString &userId,
                                                 const QString &operatorId, const QString &reason,
                                                 const QDateTime &at, ActionResult &result);
    // Back to active; sessions stay ended and old tokens stay rejected.
    static std::optional<SourceError> reactivate(QSqlDatabase &db, const QString &userId,
                                                 ActionResult &result);
    // Only a deactivated account: deleted when nothing refers to it, otherwise anonymised and
    // marked removed, its history kept for removed_history_days.
    static std::optional<SourceError> remove(QSqlDatabase &db, const QString &userId, const QDateTime &at,
                                             ActionResult &result, AuditEntry &entry);
    static std::optional<SourceError> setRole(QSqlDatabase &db, const QString &userId, const QString &role,
                                              ActionResult &result, AuditEntry &entry);
    // Deletes the sessions, sign-ins and flags of users removed more than `days` days before
    // now, and those users' rows. Returns how many users went.
    static Result<int> purgeRemoved(QSqlDatabase &db, const QDateTime &now, int days);

    // Whether text looks like an email address (one @, a dot in the domain, no spaces).
    static bool isEmailAddress(const QString &text);
};
