#pragma once

#include "models/sources/Result.h"
#include "models/sources/SessionFilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Who "Log out all users" spares and what it does besides ending sessions; with a filter, the
// active sessions it matches only ("End Matching Sessions": Capability::SearchSessions).
struct LogoutAllScope
{
    Q_DECLARE_TR_FUNCTIONS(LogoutAllScope)

public:
    QStringList keepUserIds;  // e.g. the operator's own account
    QStringList excludeRoles; // application roles left signed in
    bool revokeTokens = true; // also reject access tokens issued before now (of the users affected)
    SessionFilter matching;   // empty: every active session
    // The matching sessions the operator saw counted and confirmed ending (End Matching Sessions):
    // more matching when they are ended is refused, with nothing ended. None: whatever matches then.
    std::optional<qint64> previewedSessions;

    bool operator==(const LogoutAllScope &) const = default;

    // {"keptUsers": [...], "excludedRoles": [...], "revokeTokens": bool, "matching": {...}}, the
    // filter only when there is one: as audit entries and planned logouts keep it.
    QJsonObject toJson() const;
    static LogoutAllScope fromJson(const QJsonObject &object);

    // Refuses the roles spared that are empty or that no user holds (roles: those users hold):
    // sparing nobody by a typing mistake would log out the very users meant to stay signed in.
    std::optional<SourceError> checkRoles(const QStringList &roles) const;
    // Refuses kept users that do not exist (missing: their ids or addresses).
    static SourceError unknownUsers(const QStringList &missing);
    // Why an operator who may not log out all users may not end matching sessions either.
    static SourceError administratorsOnly();
    // Refuses ending matching sessions when none is left to end (those spared left out).
    SourceError nothingMatches() const;
    // Why ending matched sessions is refused: more than previewedSessions match now (sessions began
    // since the preview), or none.
    std::optional<SourceError> refuseGrown(qint64 matched) const;
};
