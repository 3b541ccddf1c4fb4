#pragma once

#include "models/domain/Session.h"
#include "models/domain/User.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/UserQuery.h"
#include "models/sources/remote/RestClient.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>

// What a Keycloak realm's Admin API lists, as the console reads it: a page of users with their
// session figures, every user, one user's sessions. It remembers what the answers taught: what
// the console calls each user (for the journal) and whose each session is.
class AddressPlaces;

class KeycloakDirectory final : public QObject
{
    Q_OBJECT

public:
    using Reply = Result<RestClient::Reply>;
    using Request = std::function<QFuture<Reply>()>;
    // Sends a request with a valid token (the source's, renewed when it is about to expire).
    using Api = std::function<QFuture<Reply>(Request)>;

    // places (may be null) names the places and networks of addresses.
    KeycloakDirectory(RestClient *client, std::shared_ptr<const AddressPlaces> places, const QString &realm,
                      int concurrency, Api api, QObject *parent = nullptr);
    const std::shared_ptr<const AddressPlaces> &places() const { return m_places; }

    // Why Keycloak cannot list users in that order, before anything is asked of it.
    static std::optional<SourceError> refusedUserSort(UserQuery::SortField field, Qt::SortOrder order);
    // The path of the realm's admin resource path ("/users" → "/admin/realms/REALM/users").
    QString admin(const QString &path) const;
    // The realm's limits, which give each session its expiry (0: the realm sets none).
    void setSessionLimits(qint64 idleTimeoutMs, qint64 maxLifespanMs);

    QFuture<Result<Page<User>>> users(const UserQuery &query);
    // Every user, page by page (for log out all, its preview and the flags).
    QFuture<Result<QList<User>>> allUsers();
    QFuture<Result<QList<Session>>> userSessions(const QString &userId);
    // The active sessions of each user (by id), bounded concurrency; stops at the first failure.
    void sessionsOf(const QStringList &userIds, std::function<void(Result<QList<QList<Session>>>)> done);
    // Learns what to call the user first when no listing has shown them yet, then calls then.
    void withLabel(const QString &userId, std::function<void()> then);

    // The user's email (or user name) as last listed; the id when none was.
    QString labelOf(const QString &userId) const { return m_labels.value(userId, userId); }
    const QHash<QString, QString> &labels() const { return m_labels; }
    // User id to the name shown (first and last name), as last listed.
    const QHash<QString, QString> &names() const { return m_names; }
    // Whose the session is, as last listed; empty when no listing showed it.
    QString userOfSession(const QString &sessionId) const { return m_sessionUser.value(sessionId); }
    // A UserRepresentation as a User, what to call them remembered.
    User user(const QJsonObject &object);

private:
    RestClient *m_client = nullptr;
    std::shared_ptr<const AddressPlaces> m_places;
    QString m_realm;
    int m_concurrency = 8;
    Api m_api;
    qint64 m_idleTimeoutMs = 0; // the realm's SSO idle timeout; 0: unknown
    qint64 m_maxLifespanMs = 0;
    QHash<QString, QString> m_labels;      // user id to email (or username), for the journal
    QHash<QString, QString> m_names;       // user id to display name
    QHash<QString, QString> m_sessionUser; // session id to user id, from listings
};
