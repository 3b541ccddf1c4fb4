#include "models/sources/rest/BetterAuthJson.h"

#include <QLocale>

namespace {

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

User BetterAuthJson::user(const QJsonObject &object)
{
    User user;
    user.id = object.value(u"id").toString();
    user.email = object.value(u"email").toString();
    user.displayName = object.value(u"name").toString();
    user.role = object.value(u"role").toString();
    user.createdAt = timeFrom(object.value(u"createdAt"));
    if (object.value(u"banned").toBool()) {
        user.status = UserStatus::Frozen;
        user.statusReason = object.value(u"banReason").toString();
        const QDateTime until = timeFrom(object.value(u"banExpires"));
        if (until.isValid())
            user.statusReason =
                tr("%1 (until %2)")
                    .arg(user.statusReason, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    return user;
}

Session BetterAuthJson::session(const QJsonObject &object)
{
    Session session;
    session.id = object.value(u"id").toString();
    session.userId = object.value(u"userId").toString();
    session.createdAt = timeFrom(object.value(u"createdAt"));
    session.lastSeenAt = timeFrom(object.value(u"updatedAt"));
    session.expiresAt = timeFrom(object.value(u"expiresAt"));
    session.origin.ip = object.value(u"ipAddress").toString();
    session.origin.userAgent = object.value(u"userAgent").toString();
    return session;
}

QStringList BetterAuthJson::roles(const User &user)
{
    QStringList roles;
    for (const QString &role : user.role.split(u','))
        if (const QString name = role.trimmed(); !name.isEmpty())
            roles << name;
    return roles;
}
