#include "models/sources/LogoutAllScope.h"

#include "models/domain/DisplayFormat.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QJsonObject LogoutAllScope::toJson() const
{
    QJsonObject object{{u"keptUsers"_s, QJsonArray::fromStringList(keepUserIds)},
                       {u"excludedRoles"_s, QJsonArray::fromStringList(excludeRoles)},
                       {u"revokeTokens"_s, revokeTokens}};
    if (!matching.isEmpty())
        object.insert(u"matching"_s, matching.toJson());
    return object;
}

LogoutAllScope LogoutAllScope::fromJson(const QJsonObject &object)
{
    LogoutAllScope scope;
    for (const QJsonValue &id : object.value(u"keptUsers"_s).toArray())
        scope.keepUserIds << id.toString();
    for (const QJsonValue &role : object.value(u"excludedRoles"_s).toArray())
        scope.excludeRoles << role.toString();
    scope.revokeTokens = object.value(u"revokeTokens"_s).toBool(true);
    scope.matching = SessionFilter::fromJson(object.value(u"matching"_s).toObject());
    return scope;
}

std::optional<SourceError> LogoutAllScope::checkRoles(const QStringList &roles) const
{
    QStringList unknown;
    for (const QString &role : excludeRoles) {
        if (role.trimmed().isEmpty())
            return SourceError{SourceError::Code::InvalidInput,
                               tr("An empty role cannot be spared; nothing was ended."),
                               {}};
        if (!roles.contains(role) && !unknown.contains(role))
            unknown << role;
    }
    if (unknown.isEmpty())
        return std::nullopt;
    return SourceError{
        SourceError::Code::NotFound,
        roles.isEmpty() ? tr("No user has the role %1, so it spares nobody; nothing was ended. No user has "
                             "any role.")
                              .arg(unknown.join(u", "_s))
                        : tr("No user has the role %1, so it spares nobody; nothing was ended. The roles "
                             "are: %2.")
                              .arg(unknown.join(u", "_s), roles.join(u", "_s)),
        {}};
}

SourceError LogoutAllScope::administratorsOnly()
{
    return {SourceError::Code::PermissionDenied,
            tr("Only administrators can end the sessions of many users at once."),
            {}};
}

SourceError LogoutAllScope::nothingMatches() const
{
    return {SourceError::Code::NotFound,
            keepUserIds.isEmpty() && excludeRoles.isEmpty()
                ? tr("No active session matches the filter; nothing was ended.")
                : tr("No active session matches the filter but those of the users and roles spared; "
                     "nothing was ended."),
            {}};
}

SourceError LogoutAllScope::unknownUsers(const QStringList &missing)
{
    return {SourceError::Code::NotFound,
            tr("There is no user %1 to keep signed in; nothing was ended.").arg(missing.join(u", "_s)),
            {}};
}

std::optional<SourceError> LogoutAllScope::refuseGrown(qint64 matched) const
{
    if (!previewedSessions || matched <= *previewedSessions)
        return std::nullopt;
    return SourceError{SourceError::Code::Conflict,
                       tr("More sessions match now than the preview counted (%1, not %2): nothing was "
                          "ended. Look at the preview again.")
                           .arg(DisplayFormat::count(matched), DisplayFormat::count(*previewedSessions)),
                       {}};
}
