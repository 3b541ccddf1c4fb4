#pragma once

#include <QJsonObject>
#include <QStringList>

// Who "Log out all users" spares and what it does besides ending sessions.
struct LogoutAllScope
{
    QStringList keepUserIds;  // e.g. the operator's own account
    QStringList excludeRoles; // application roles left signed in
    bool revokeTokens = true; // also reject access tokens issued before now

    bool operator==(const LogoutAllScope &) const = default;

    // {"keptUsers": [...], "excludedRoles": [...], "revokeTokens": bool}: as audit entries and
    // planned logouts keep it.
    QJsonObject toJson() const;
    static LogoutAllScope fromJson(const QJsonObject &object);
};
