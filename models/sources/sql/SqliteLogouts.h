#pragma once

#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/sources/LogoutAllScope.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The two logouts of many users in a SQLite store, each in the caller's transaction, described in
// its audit entry: all users (but those spared), and the sessions a filter matches.
class SqliteLogouts final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLogouts)

public:
    // Ends every active session outside scope as actorId; plannedId names the planned logout this
    // carries out (0: an immediate one). Triggers and partial indexes stand aside meanwhile.
    static std::optional<SourceError> everyone(QSqlDatabase &db, const LogoutAllScope &scope,
                                               const QString &actorId, qint64 plannedId, ActionResult &result,
                                               AuditEntry &entry);
    // Ends the active sessions scope.matching matches, but those of the users it spares; refused
    // when it matches none. Their users' tokens issued before now are rejected (revokeTokens).
    static std::optional<SourceError> matching(QSqlDatabase &db, const LogoutAllScope &scope,
                                               const QString &actorId, ActionResult &result,
                                               AuditEntry &entry);
};
