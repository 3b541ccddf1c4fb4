#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

enum class UserStatus {
    Active,
    Frozen,
    Deactivated,
};

// How serious a suspicious-login finding is (Flag::Severity), from least to most.
enum class FlagSeverity {
    Low,
    Medium,
    High,
};

// One account of the application, with the per-user aggregates the store maintains.
struct User
{
    Q_DECLARE_TR_FUNCTIONS(User)

public:
    QString id;
    QString email;
    QString displayName;
    QString role;
    UserStatus status = UserStatus::Active;
    QString statusReason;
    QDateTime createdAt;
    QDateTime tokensNotBefore; // null when never set

    int activeSessions = 0;
    int devices = 0;        // distinct devices among the active sessions
    QDateTime lastActivity; // null when the user never had a session
    QString lastCity;
    QString lastCountry;
    int openFlags = 0;                        // flags open, or the account frozen because of them
    std::optional<FlagSeverity> flagSeverity; // the highest of them; none without open flags

    bool operator==(const User &) const = default;

    static QString statusKey(UserStatus status);
    static std::optional<UserStatus> statusFromKey(const QString &key);
    static QString statusText(UserStatus status);
};
