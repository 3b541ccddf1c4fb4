#pragma once

#include "models/domain/LoginEvent.h"
#include "models/sources/LogoutAllPreview.h"
#include "models/sources/LogoutAllScope.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/SessionQuery.h"
#include "models/sources/SignInQuery.h"
#include "models/sources/UserQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// What the console reads from a SessionDesk store, on the worker's connection: pages of users and
// of a user's sessions (keyset paging, true totals), a user by address, the roles, and what a log
// out of all users would end. The same SQL for SQLite and PostgreSQL but for the search keys and
// the user counts each keeps its own way.
class SqlReads final
{
    Q_DECLARE_TR_FUNCTIONS(SqlReads)

public:
    static Result<Page<User>> users(QSqlDatabase &db, const UserQuery &query);
    // Exact match first (indexed); then ignoring case.
    static Result<User> userByEmail(QSqlDatabase &db, const QString &email);
    static Result<Page<Session>> sessions(QSqlDatabase &db, const SessionQuery &query);
    static Result<QStringList> roles(QSqlDatabase &db);
    // One user's sign-in attempts, newest first (the index on user and time).
    static Result<Page<LoginEvent>> signIns(QSqlDatabase &db, const SignInQuery &query);
    static Result<LogoutAllPreview> previewLogoutAll(QSqlDatabase &db, const LogoutAllScope &scope);
};
