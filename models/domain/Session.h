#pragma once

#include "models/domain/Origin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

enum class EndReason {
    UserLogout,
    GlobalLogout,
    AdminLogout,
    AdminLogoutAll,
    Frozen,
    Deactivated,
    Expired,
};

// One login session of a user.
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    QString id;
    QString userId;
    QString userEmail; // the user's address and name, where sessions of several users are listed
    QString userName;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    Origin origin;
    QDateTime endedAt; // null while the session is open
    std::optional<EndReason> endReason;
    QString endedBy;
    bool thisConsole = false; // the session this console (or CLI run) is signed in with

    bool operator==(const Session &) const = default;

    // For sources that delete the sessions they end: one still listed but past its expiry ended
    // then, as expired.
    void endIfExpired(const QDateTime &now)
    {
        if (isActive(now))
            return;
        endedAt = expiresAt;
        endReason = EndReason::Expired;
    }

    // A session without an expiry (invalid expiresAt) never expires.
    bool isActive(const QDateTime &now) const
    {
        return endedAt.isNull() && (!expiresAt.isValid() || expiresAt > now);
    }

    // "Desktop · Firefox 128 on Linux", and "this console" for the console's own session.
    QString deviceSummary() const;

    static QString endReasonKey(EndReason reason);
    static std::optional<EndReason> endReasonFromKey(const QString &key);
    static QString endReasonText(EndReason reason);
};
