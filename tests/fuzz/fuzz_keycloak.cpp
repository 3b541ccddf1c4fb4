// Keycloak Admin REST API answers (users, their sessions, brute-force statuses, admin events and
// the access token's payload), mapped as KeycloakSessionSource maps them. Properties: nothing
// crashes; ids are kept; times are valid and in UTC or absent; a session never expires before it
// started; a status below the threshold and not locked raises no flag; an admin event is always a
// keycloak_… entry with an outcome.
#include "FuzzSupport.h"
#include "models/sources/keycloak/KeycloakJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void checkTime(const QDateTime &time, const char *what)
{
    Fuzz::check(!time.isValid() || time.timeSpec() == Qt::UTC, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QJsonDocument document = QJsonDocument::fromJson(input);
    const QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const User user = KeycloakJson::user(object);
        Fuzz::check(user.id == object.value(u"id").toString(), "a user mapped with another id");
        checkTime(user.createdAt, "a user's creation time not in UTC");
        checkTime(user.tokensNotBefore, "notBefore not in UTC");
        (void)KeycloakJson::label(object);
        // The realm's limits come from the realm's own answer: any number.
        const qint64 idle = KeycloakJson::durationMs(object.value(u"ssoSessionIdleTimeout"));
        const qint64 lifespan = KeycloakJson::durationMs(object.value(u"ssoSessionMaxLifespan"));
        const Session session = KeycloakJson::session(object, user.id, idle, lifespan);
        Fuzz::check(session.id == object.value(u"id").toString(), "a session mapped with another id");
        checkTime(session.createdAt, "a session's start not in UTC");
        checkTime(session.lastSeenAt, "a session's last activity not in UTC");
        checkTime(session.expiresAt, "a session's expiry not in UTC");
        Fuzz::check(!session.expiresAt.isValid() || !session.createdAt.isValid() || lifespan <= 0 ||
                        session.expiresAt <= session.createdAt.addMSecs(lifespan),
                    "a session outliving the realm's lifespan");
        const auto flag = KeycloakJson::bruteForceFlag(user, object, 30, 720);
        Fuzz::check(!flag || object.value(u"disabled").toBool() || object.value(u"numFailures").toInt() >= 30,
                    "a flag raised below the threshold");
        Fuzz::check(!flag || flag->userId == user.id, "a flag on another user");
        const AuditEntry event = KeycloakJson::adminEvent(object, {{user.id, user.email}});
        Fuzz::check(event.action.startsWith(QStringLiteral("keycloak_")),
                    "an admin event under another action");
        Fuzz::check(event.outcome == QStringLiteral("success") || event.outcome == QStringLiteral("failed"),
                    "an admin event without an outcome");
        checkTime(event.at, "an admin event's time not in UTC");
        const LoginEvent login = KeycloakJson::loginEvent(object);
        Fuzz::check(login.id >= 0 && login.id < (qint64(1) << 53), "a sign-in id JSON cannot keep exact");
        Fuzz::check(login.success == (object.value(u"type").toString() == QStringLiteral("LOGIN")),
                    "a sign-in's result not its type");
        Fuzz::check(login.success || login.sessionId.isEmpty(), "a failed sign-in with a session");
        checkTime(login.at, "a sign-in's time not in UTC");
    }
    // An access token: header.payload.signature, the payload in base64url.
    (void)KeycloakJson::tokenRoles(input, QStringLiteral("master"));
    (void)KeycloakJson::tokenRoles("x." + input.toBase64(QByteArray::Base64UrlEncoding) + ".y",
                                   QStringLiteral("master"));
    return 0;
}
