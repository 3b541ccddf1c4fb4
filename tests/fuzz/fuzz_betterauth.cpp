// better-auth's admin API answers (a JSON object of users or sessions, or anything else a server
// might send), mapped as RestSessionSource maps them. Properties: nothing crashes; a mapped value
// carries the id the answer gave; times are either valid and in UTC or absent.
#include "FuzzSupport.h"
#include "models/sources/rest/BetterAuthJson.h"

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
    Fuzz::application();
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
    for (const QString &key :
         {QStringLiteral("users"), QStringLiteral("sessions")}) // list-users and list-user-sessions
        for (const QJsonValue &value : document.object().value(key).toArray())
            items.append(value);
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const User user = BetterAuthJson::user(object);
        Fuzz::check(user.id == object.value(u"id").toString(), "a user mapped with another id");
        checkTime(user.createdAt, "a user's creation time not in UTC");
        Fuzz::check(user.status ==
                        (object.value(u"banned").toBool() ? UserStatus::Frozen : UserStatus::Active),
                    "a ban not mapped to a freeze");
        for (const QString &role : BetterAuthJson::roles(user))
            Fuzz::check(!role.isEmpty() && role == role.trimmed() && !role.contains(u','),
                        "a role with commas or spaces around it", role);
        const Session session = BetterAuthJson::session(object);
        Fuzz::check(session.id == object.value(u"id").toString(), "a session mapped with another id");
        checkTime(session.createdAt, "a session's start not in UTC");
        checkTime(session.lastSeenAt, "a session's last activity not in UTC");
        checkTime(session.expiresAt, "a session's expiry not in UTC");
        (void)session.deviceSummary();
    }
    return 0;
}
