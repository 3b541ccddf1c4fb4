#pragma once

#include "models/domain/Session.h"
#include "models/domain/User.h"
#include "models/sources/LogoutAllPreview.h"
#include "models/sources/LogoutAllScope.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/SessionFilter.h"
#include "models/sources/SessionQuery.h"

#include <QFuture>
#include <QObject>

#include <functional>

// The active sessions of all users that a filter matches, for APIs that list sessions user by user
// (better-auth, Keycloak): each user's sessions are listed with bounded concurrency and filtered
// here, as the stores filter them (SessionFilter::matches).
class SessionSearch final
{
public:
    // One user's sessions, as the API lists them.
    using UserSessions = std::function<QFuture<Result<QList<Session>>>(const QString &userId)>;

    // The active sessions of users (of filter.userId only, when set) that filter matches, each
    // naming its user (email and name); the first failure fails it.
    static QFuture<Result<QList<Session>>> matching(QObject *context, int concurrency, QList<User> users,
                                                    const SessionFilter &filter, UserSessions userSessions);
    // The users of sessions, each once, in the order they first come.
    static QStringList usersOf(const QList<Session> &sessions);
    // What ending the matched sessions would do: them and their users.
    static LogoutAllPreview previewOf(const QList<Session> &matched);
    // The users whose matched sessions scope ends, or why none may be: nothing matches, or more
    // than the operator saw counted (LogoutAllScope::refuseGrown).
    static Result<QStringList> usersToEnd(const QList<Session> &matched, const LogoutAllScope &scope);
    // The same for a search's answer: its failure as it came.
    static Result<QStringList> usersToEnd(const Result<QList<Session>> &found, const LogoutAllScope &scope)
    {
        return found.ok() ? usersToEnd(found.value(), scope) : Result<QStringList>(found.error());
    }
    // The page query asks for of the sessions its filter matches among users once they are listed.
    static QFuture<Result<Page<Session>>> page(QObject *context, int concurrency,
                                               const QFuture<Result<QList<User>>> &users,
                                               const SessionQuery &query, UserSessions userSessions);
};
