#pragma once

#include "models/domain/Session.h"
#include "models/domain/User.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/SessionQuery.h"
#include "models/sources/UserQuery.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <functional>
#include <memory>

class RestClient;

// What better-auth's admin API lists, as the console reads it: a page of users with the figures
// better-auth's list lacks (filled from each user's sessions), every user, one user's sessions.
// It remembers what the answers taught: the token of each session listed (in memory only, to end
// it with; never shown or logged), the roles seen and each user's address for the journal.
class AddressPlaces;

class BetterAuthDirectory final : public QObject
{
    Q_OBJECT

public:
    struct KnownSession
    {
        QString userId;
        QString token;
    };

    // places (may be null) names the places and networks of the sessions' addresses.
    BetterAuthDirectory(RestClient *client, std::shared_ptr<const AddressPlaces> places, int concurrency,
                        QObject *parent = nullptr);

    // Why better-auth cannot list users sorted by field, before anything is asked of it.
    static std::optional<SourceError> refusedUserSort(UserQuery::SortField field);

    // The token of the session this console signed in with: its session is marked as the
    // console's own, and kept when its user is logged out.
    void setConsoleToken(const QString &token) { m_consoleToken = token; }
    const QString &consoleToken() const { return m_consoleToken; }

    QFuture<Result<Page<User>>> users(const UserQuery &query);
    QFuture<Result<User>> userByEmail(const QString &email);
    // Every user, page by page (for log out all, its preview and the flags).
    QFuture<Result<QList<User>>> allUsers();
    // The user with that id as better-auth's list gives it; NotFound when it has none.
    QFuture<Result<QJsonObject>> userById(const QString &userId);
    // A user object as a User, its address and roles remembered.
    User user(const QJsonObject &object);

    // One user's sessions as better-auth lists them (expired ones included), their tokens
    // remembered.
    QFuture<Result<QList<Session>>> userSessions(const QString &userId);
    // Lists the sessions of each user with bounded concurrency, calling each(index, sessions) as
    // they come; done(error) once all have, or after the first failure (no more are asked for).
    void withSessionsOf(const QStringList &userIds, std::function<void(int, const QList<Session> &)> each,
                        std::function<void(const std::optional<SourceError> &)> done);
    // The user and token of a session: as listed before, or found among every user's sessions.
    QFuture<Result<KnownSession>> knownSession(const QString &sessionId);
    QString tokenOf(const QString &sessionId) const { return m_sessions.value(sessionId).token; }
    void forgetSession(const QString &sessionId) { m_sessions.remove(sessionId); }

    // The user's address as last listed; the id when none was.
    QString emailOf(const QString &userId) const { return m_emails.value(userId, userId); }
    // The admin plugin's roles, and any other an application gave the users seen so far (every
    // user once allUsers() has answered).
    QStringList roles() const;
    void noteRole(const QString &role) { m_roles.insert(role); }

private:
    // A session object as a Session, its token remembered.
    Session session(const QJsonObject &object);
    // better-auth's sortBy for field; empty for a field it cannot sort by.
    static QString sortKey(UserQuery::SortField field);
    // Fills the per-user figures from each user's sessions (better-auth's list has none).
    void addSessionFigures(std::shared_ptr<Page<User>> page,
                           std::shared_ptr<QPromise<Result<Page<User>>>> promise);

    RestClient *m_client = nullptr;
    std::shared_ptr<const AddressPlaces> m_places;
    int m_concurrency = 8;
    QString m_consoleToken;
    QHash<QString, KnownSession> m_sessions; // by session id; tokens stay in memory
    QSet<QString> m_roles;                   // application roles seen so far
    QHash<QString, QString> m_emails;        // user id to email, for the journal
};
