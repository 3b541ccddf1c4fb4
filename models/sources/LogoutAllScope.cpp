#include "sources/LogoutAllScope.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject LogoutAllScope::toJson() const
{
    return {{u"keptUsers"_s, QJsonArray::fromStringList(keepUserIds)},
            {u"excludedRoles"_s, QJsonArray::fromStringList(excludeRoles)},
            {u"revokeTokens"_s, revokeTokens}};
}

LogoutAllScope LogoutAllScope::fromJson(const QJsonObject &object)
{
    LogoutAllScope scope;
    for (const QJsonValue &id : object.value(u"keptUsers"_s).toArray())
        scope.keepUserIds << id.toString();
    for (const QJsonValue &role : object.value(u"excludedRoles"_s).toArray())
        scope.excludeRoles << role.toString();
    scope.revokeTokens = object.value(u"revokeTokens"_s).toBool(true);
    return scope;
}
