#pragma once

#include "models/domain/Operator.h"
#include "models/sources/remote/RestClient.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>

class QUrlQuery;

// The console's access token for a Keycloak server's Admin REST API, on the client's requests: got
// by the password grant of an administrator of the master realm (the password is used once, the
// refresh token stands in for it afterwards) or by the client-credentials grant of a realm's
// service account; renewed before it expires; revoked at sign-out (RFC 7009), which ends the
// administrator's session in the master realm. What the token's roles allow is read from it.
class KeycloakToken final : public QObject
{
    Q_OBJECT

public:
    struct Grant
    {
        QString realm;    // the realm administered
        QString username; // password grant: the administrator (master realm)
        QString clientId; // client-credentials grant instead: the realm's client
        QString secret;   // the password (used once) or the client secret (kept in memory)
    };

    KeycloakToken(RestClient *client, Grant grant, QObject *parent = nullptr);

    // A token valid for a while longer: the one there is, or a new one (requests made while one is
    // on its way wait for that one).
    QFuture<std::optional<SourceError>> fresh();
    // Revokes the refresh token; a service account has none. The client sends no token afterwards.
    QFuture<void> revoke();

    // What the token's roles allow: manage-users (administrator), view-users only (auditor).
    std::optional<Role> role() const { return m_role; }
    bool canViewEvents() const { return m_canViewEvents; }

private:
    // The realm whose token endpoint the console uses: master for an administrator, the realm for
    // a service account.
    QString tokenRealm() const;
    QString account() const { return m_grant.username.isEmpty() ? m_grant.clientId : m_grant.username; }
    void request(const QUrlQuery &form, std::shared_ptr<QPromise<std::optional<SourceError>>> promise);

    RestClient *m_client = nullptr;
    Grant m_grant;
    QByteArray m_refreshToken;
    QFuture<std::optional<SourceError>> m_request; // the token request in flight, if one is
    QDateTime m_expires;
    std::optional<Role> m_role;
    bool m_canViewEvents = false;
};
