#pragma once

#include <QStringList>

// Who "Log out all users" spares and what it does besides ending sessions.
struct LogoutAllScope
{
    QStringList keepUserIds;  // e.g. the operator's own account
    QStringList excludeRoles; // application roles left signed in
    bool revokeTokens = true; // also reject access tokens issued before now
};
