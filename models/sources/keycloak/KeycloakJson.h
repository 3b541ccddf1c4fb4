#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Flag.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Session.h"
#include "models/domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

// Keycloak's Admin REST API answers, mapped into domain values. Pure functions of the answer, so
// that a malformed or hostile answer can be tried on them alone (tests/fuzz); the source keeps
// what it remembers of users and sessions itself.
class KeycloakJson final
{
    Q_DECLARE_TR_FUNCTIONS(KeycloakJson)

public:
    // Keycloak's times are milliseconds since the epoch; none for zero, negative or absent.
    static QDateTime time(const QJsonValue &value);
    // A realm's limit in seconds (ssoSessionIdleTimeout, ssoSessionMaxLifespan) in milliseconds;
    // 0 for none, and at most a century whatever the server says.
    static qint64 durationMs(const QJsonValue &seconds);
    // A UserRepresentation: disabled is frozen; notBefore (seconds) rejects older tokens.
    static User user(const QJsonObject &object);
    // What the console calls the user in its messages: the email, else the user name.
    static QString label(const QJsonObject &user);
    // A UserSessionRepresentation of userId's; it expires when idle for idleTimeoutMs or
    // maxLifespanMs after its start, whichever comes first (0: the realm sets no such limit).
    static Session session(const QJsonObject &object, const QString &userId, qint64 idleTimeoutMs,
                           qint64 maxLifespanMs);
    // The roles an access token carries for realm (its payload, read, not verified: the server
    // decides): the realm's roles and its management roles.
    static QSet<QString> tokenRoles(const QByteArray &token, const QString &realm);
    // The flag a user's brute-force status (attack-detection) raises: locked by Keycloak, or
    // threshold failed sign-ins or more within windowMinutes; none below that.
    static std::optional<Flag> bruteForceFlag(const User &user, const QJsonObject &status, int threshold,
                                              int windowMinutes);
    // An admin event (AdminEventRepresentation) as an entry of the local journal: action
    // keycloak_<operation>_<resource>, by the Keycloak administrator who made it, its target user
    // named by labels (user id to what the console calls them) where it has one.
    static AuditEntry adminEvent(const QJsonObject &event, const QHash<QString, QString> &labels);
    // A login event (EventRepresentation of type LOGIN or LOGIN_ERROR) as a sign-in attempt, its
    // user named by the user name typed (details.username) until the directory names them. Its id
    // (53 bits) is drawn from what it says, the same each time it is read.
    static LoginEvent loginEvent(const QJsonObject &event);
};
