#include "models/sources/keycloak/KeycloakJson.h"

#include "models/audit/AuditTrail.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QDateTime KeycloakJson::time(const QJsonValue &value)
{
    const qint64 ms = value.toInteger();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 KeycloakJson::durationMs(const QJsonValue &seconds)
{
    constexpr qint64 century = 100LL * 366 * 24 * 3600;
    return std::clamp(seconds.toInteger(), qint64(0), century) * 1000;
}

User KeycloakJson::user(const QJsonObject &object)
{
    User user;
    user.id = object.value(u"id").toString();
    user.email = object.value(u"email").toString();
    user.displayName =
        QStringList{object.value(u"firstName").toString(), object.value(u"lastName").toString()}
            .join(u' ')
            .trimmed();
    if (user.displayName.isEmpty())
        user.displayName = object.value(u"username").toString();
    user.createdAt = time(object.value(u"createdTimestamp"));
    user.status = object.value(u"enabled").toBool(true) ? UserStatus::Active : UserStatus::Frozen;
    const qint64 notBefore = object.value(u"notBefore").toInteger();
    if (notBefore > 0)
        user.tokensNotBefore = QDateTime::fromSecsSinceEpoch(notBefore, Qt::UTC);
    return user;
}

QString KeycloakJson::label(const QJsonObject &user)
{
    const QString email = user.value(u"email").toString();
    return email.isEmpty() ? user.value(u"username").toString() : email;
}

Session KeycloakJson::session(const QJsonObject &object, const QString &userId, qint64 idleTimeoutMs,
                              qint64 maxLifespanMs)
{
    Session session;
    session.id = object.value(u"id").toString();
    session.userId = userId;
    session.createdAt = time(object.value(u"start"));
    session.lastSeenAt = time(object.value(u"lastAccess"));
    session.origin.ip = object.value(u"ipAddress").toString();
    if (idleTimeoutMs > 0 && session.lastSeenAt.isValid())
        session.expiresAt = session.lastSeenAt.addMSecs(idleTimeoutMs);
    if (maxLifespanMs > 0 && session.createdAt.isValid()) {
        const QDateTime lifespanEnd = session.createdAt.addMSecs(maxLifespanMs);
        session.expiresAt = session.expiresAt.isValid() ? qMin(session.expiresAt, lifespanEnd) : lifespanEnd;
    }
    return session;
}

QSet<QString> KeycloakJson::tokenRoles(const QByteArray &token, const QString &realm)
{
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(1),
                                                                               QByteArray::Base64UrlEncoding))
                                    .object();
    QSet<QString> roles;
    const auto add = [&roles](const QJsonValue &list) {
        for (const QJsonValue &role : list.toArray())
            roles.insert(role.toString());
    };
    add(payload.value(u"realm_access").toObject().value(u"roles"));
    // The realm's management roles: on "<realm>-realm" for master's administrators, on
    // "realm-management" for the realm's own accounts.
    const QJsonObject clients = payload.value(u"resource_access").toObject();
    add(clients.value(realm + u"-realm"_s).toObject().value(u"roles"));
    add(clients.value(u"realm-management").toObject().value(u"roles"));
    return roles;
}

std::optional<Flag> KeycloakJson::bruteForceFlag(const User &user, const QJsonObject &status, int threshold,
                                                 int windowMinutes)
{
    const int failures = status.value(u"numFailures").toInt();
    const bool locked = status.value(u"disabled").toBool();
    if (!locked && failures < threshold)
        return std::nullopt;
    Flag flag;
    flag.userId = user.id;
    flag.userName = user.displayName;
    flag.userEmail = user.email;
    flag.userStatus = user.status;
    flag.rule = Flag::Rule::FailedLoginBurst;
    flag.severity = locked ? Flag::Severity::High : Flag::severityOf(flag.rule);
    flag.lastSeen = KeycloakJson::time(status.value(u"lastFailure"));
    flag.firstSeen = flag.lastSeen;
    const QString from = status.value(u"lastIPFailure").toString();
    flag.evidence = {{u"failures"_s, failures},
                     {u"addresses"_s, QJsonArray{from}},
                     {u"threshold"_s, threshold},
                     {u"windowMinutes"_s, windowMinutes}};
    flag.explanation =
        locked
            ? tr("Keycloak locked the account after %1 failed sign-ins, the last from %2")
                  .arg(failures)
                  .arg(from)
            : tr("%1 failed sign-ins, the last from %2; threshold %3").arg(failures).arg(from).arg(threshold);
    flag.id = Flag::findingId(user.id, u"keycloak-brute-force"_s);
    return flag;
}

AuditEntry KeycloakJson::adminEvent(const QJsonObject &event, const QHash<QString, QString> &labels)
{
    const QJsonObject who = event.value(u"authDetails").toObject();
    Operator keycloakAdmin;
    keycloakAdmin.id = who.value(u"userId").toString();
    keycloakAdmin.osAccount = tr("Keycloak");
    keycloakAdmin.host = who.value(u"ipAddress").toString();
    AuditEntry entry = AuditTrail::entryFor(
        ActionContext{keycloakAdmin, tr("Keycloak admin event (no reason recorded)"), {}}, {},
        time(event.value(u"time")));
    entry.action = u"keycloak_%1_%2"_s.arg(event.value(u"operationType").toString().toLower(),
                                           event.value(u"resourceType").toString().toLower());
    const QString path = event.value(u"resourcePath").toString();
    if (path.startsWith(u"users/"_s))
        entry.targetUser = labels.value(path.section(u'/', 1, 1), path.section(u'/', 1, 1));
    if (path.startsWith(u"sessions/"_s))
        entry.targetSession = path.section(u'/', 1, 1);
    entry.outcome = event.value(u"error").toString().isEmpty() ? u"success"_s : u"failed"_s;
    entry.newValue = QString::fromUtf8(QJsonDocument(QJsonObject{{u"resourcePath"_s, path},
                                                                 {u"clientId"_s, who.value(u"clientId")},
                                                                 {u"error"_s, event.value(u"error")}})
                                           .toJson(QJsonDocument::Compact));
    return entry;
}

LoginEvent KeycloakJson::loginEvent(const QJsonObject &event)
{
    LoginEvent login;
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(event).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256);
    // 53 bits: an id that JSON readers (JavaScript, jq) keep exact.
    login.id = qFromBigEndian<qint64>(digest.constData()) & ((qint64(1) << 53) - 1);
    login.userId = event.value(u"userId").toString();
    login.at = time(event.value(u"time"));
    login.success = event.value(u"type").toString() == u"LOGIN";
    if (login.success)
        login.sessionId = event.value(u"sessionId").toString();
    login.origin.ip = event.value(u"ipAddress").toString();
    login.userName = event.value(u"details").toObject().value(u"username").toString();
    return login;
}
