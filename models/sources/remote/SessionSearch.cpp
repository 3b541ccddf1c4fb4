#include "models/sources/remote/SessionSearch.h"

#include "models/sources/Futures.h"
#include "models/sources/remote/BoundedRun.h"

#include <QSet>

using Futures::settle;
using Futures::started;

QFuture<Result<QList<Session>>> SessionSearch::matching(QObject *context, int concurrency, QList<User> users,
                                                        const SessionFilter &filter,
                                                        UserSessions userSessions)
{
    if (!filter.userId.isEmpty())
        users.removeIf([&filter](const User &user) { return user.id != filter.userId; });
    auto promise = started<QList<Session>>();
    BoundedRun<QList<Session>>::collect(
        context, int(users.size()), concurrency,
        [users, userSessions](int index) { return userSessions(users.at(index).id); },
        [users, filter, promise](const Result<QList<QList<Session>>> &listed) {
            if (!listed.ok())
                return settle(*promise, Result<QList<Session>>(listed.error()));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<Session> found;
            for (int index = 0; index < listed.value().size(); ++index) {
                for (Session session : listed.value().at(index)) {
                    if (!session.isActive(now) || !filter.matches(session))
                        continue;
                    session.userEmail = users.at(index).email;
                    session.userName = users.at(index).displayName;
                    found.append(session);
                }
            }
            settle(*promise, Result<QList<Session>>(found));
        });
    return promise->future();
}

QFuture<Result<Page<Session>>> SessionSearch::page(QObject *context, int concurrency,
                                                   const QFuture<Result<QList<User>>> &users,
                                                   const SessionQuery &query, UserSessions userSessions)
{
    auto promise = started<Page<Session>>();
    Futures::onResult(
        users, context, [context, concurrency, query, userSessions, promise](const Result<QList<User>> &all) {
            if (!all.ok())
                return settle(*promise, Result<Page<Session>>(all.error()));
            Futures::onResult(matching(context, concurrency, all.value(), query.filter, userSessions),
                              context, [query, promise](const Result<QList<Session>> &found) {
                                  settle(*promise, found.ok()
                                                       ? Result<Page<Session>>(query.pageOf(found.value()))
                                                       : Result<Page<Session>>(found.error()));
                              });
        });
    return promise->future();
}

QStringList SessionSearch::usersOf(const QList<Session> &sessions)
{
    QStringList ids;
    QSet<QString> seen;
    for (const Session &session : sessions) {
        if (!seen.contains(session.userId)) {
            seen.insert(session.userId);
            ids << session.userId;
        }
    }
    return ids;
}

LogoutAllPreview SessionSearch::previewOf(const QList<Session> &matched)
{
    LogoutAllPreview preview;
    preview.sessions = matched.size();
    preview.users = usersOf(matched).size();
    return preview;
}

Result<QStringList> SessionSearch::usersToEnd(const QList<Session> &matched, const LogoutAllScope &scope)
{
    if (matched.isEmpty())
        return scope.nothingMatches();
    if (auto grown = scope.refuseGrown(matched.size()))
        return *grown;
    return usersOf(matched);
}
