#include "models/sources/keycloak/KeycloakToken.h"

#include "models/Logging.h"
#include "models/sources/Futures.h"
#include "models/sources/keycloak/KeycloakJson.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

KeycloakToken::KeycloakToken(RestClient *client, Grant grant, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_grant(std::move(grant))
{}

QFuture<std::optional<SourceError>> KeycloakToken::fresh()
{
    if (m_expires.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_expires) > 20)
        return QtFuture::makeReadyFuture(std::optional<SourceError>());
    // Requests made while a token is on its way wait for that one instead of asking again.
    if (m_request.isValid() && !m_request.isFinished())
        return m_request;
    auto promise = std::make_shared<QPromise<std::optional<SourceError>>>();
    promise->start();
    m_request = promise->future();
    QUrlQuery form;
    if (!m_refreshToken.isEmpty()) {
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, u"admin-cli"_s);
        form.addQueryItem(u"refresh_token"_s, QString::fromLatin1(m_refreshToken));
    } else if (!m_grant.clientId.isEmpty()) {
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, m_grant.clientId);
        form.addQueryItem(u"client_secret"_s, m_grant.secret);
    } else if (!m_grant.secret.isEmpty()) {
        form.addQueryItem(u"grant_type"_s, u"password"_s);
        form.addQueryItem(u"client_id"_s, u"admin-cli"_s);
        form.addQueryItem(u"username"_s, m_grant.username);
        form.addQueryItem(u"password"_s, m_grant.secret);
        // Used once: the refresh token stands in for it from now on.
        m_grant.secret.fill(u'\0');
        m_grant.secret.clear();
    } else {
        promise->addResult(
            SourceError{SourceError::Code::PermissionDenied,
                        tr("The session with %1 ended; connect again.").arg(m_client->serverName()),
                        {}});
        promise->finish();
        return promise->future();
    }
    request(form, promise);
    return promise->future();
}

QString KeycloakToken::tokenRealm() const
{
    // Administrators sign in to the master realm; a service account to its own realm.
    return m_grant.clientId.isEmpty() ? u"master"_s : m_grant.realm;
}

QFuture<void> KeycloakToken::revoke()
{
    m_role.reset();
    m_canViewEvents = false;
    m_expires = QDateTime(); // the next request asks for a new one, or says the session ended
    if (m_refreshToken.isEmpty()) {
        m_client->setBearerToken({});
        return QtFuture::makeReadyFuture();
    }
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, u"admin-cli"_s);
    form.addQueryItem(u"token"_s, QString::fromLatin1(m_refreshToken));
    form.addQueryItem(u"token_type_hint"_s, u"refresh_token"_s);
    m_refreshToken.clear();
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    Futures::onResult(
        m_client->postForm(u"/realms/%1/protocol/openid-connect/revoke"_s.arg(tokenRealm()), form), this,
        [this, promise](const Result<RestClient::Reply> &reply) {
            if (!reply.ok()) // the session then ends when Keycloak expires it
                qCWarning(lcRest) << "revoking the console's refresh token failed:" << reply.error().text;
            m_client->setBearerToken({});
            promise->finish();
        });
    return promise->future();
}

void KeycloakToken::request(const QUrlQuery &form,
                            std::shared_ptr<QPromise<std::optional<SourceError>>> promise)
{
    Futures::onResult(
        m_client->postForm(u"/realms/%1/protocol/openid-connect/token"_s.arg(tokenRealm()), form), this,
        [this, promise](const Result<RestClient::Reply> &reply) {
            std::optional<SourceError> failure;
            const QJsonObject answer = reply.ok() ? reply.value().json.object() : QJsonObject();
            const QByteArray token = answer.value(u"access_token").toString().toLatin1();
            if (!reply.ok()) {
                // A refused password or client secret at sign-in (not an expired refresh token).
                const bool refused =
                    m_refreshToken.isEmpty() && reply.error().code == SourceError::Code::SignInRefused;
                m_refreshToken.clear();
                failure = reply.error();
                if (refused)
                    failure = SourceError{SourceError::Code::SignInRefused,
                                          tr("%1 refused the account %2 or its password.")
                                              .arg(m_client->serverName(), account()),
                                          reply.error().detail};
            } else if (token.isEmpty()) {
                failure = SourceError{
                    SourceError::Code::Failed,
                    tr("%1 answered the sign-in without an access token.").arg(m_client->serverName()),
                    {}};
            } else {
                m_client->setBearerToken(token);
                m_refreshToken = answer.value(u"refresh_token").toString().toLatin1();
                m_expires = QDateTime::currentDateTimeUtc().addSecs(answer.value(u"expires_in").toInteger());
                const QSet<QString> roles = KeycloakJson::tokenRoles(token, m_grant.realm);
                const bool manages = roles.contains(u"admin"_s) || roles.contains(u"manage-users"_s);
                if (manages)
                    m_role = Role::Administrator;
                else if (roles.contains(u"view-users"_s))
                    m_role = Role::Auditor;
                else
                    m_role.reset();
                m_canViewEvents = roles.contains(u"admin"_s) || roles.contains(u"view-events"_s);
            }
            promise->addResult(failure);
            promise->finish();
        });
}
