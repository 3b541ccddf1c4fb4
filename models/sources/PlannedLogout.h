#pragma once

#include "models/sources/LogoutAllScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// A Log Out All Users planned for a time, announced to users until it runs (docs/store-contract.md,
// table planned_logouts). It runs once, as the administrator who planned it, when a console or
// `sessiondesk-cli schedule run` finds it due; cancelled ones never run.
struct PlannedLogout
{
    Q_DECLARE_TR_FUNCTIONS(PlannedLogout)

public:
    enum class Status {
        Pending,   // announced, waiting for its time
        Done,      // ran; outcome says what it ended
        Cancelled, // cancelled by an administrator; outcome says who and why
        Failed,    // could not run (the planner is no longer an administrator); outcome says why
    };

    qint64 id = 0;
    QDateTime runAt;
    QString message; // for users, shown by applications until it runs
    QString reason;
    QString ticket;
    LogoutAllScope scope;
    QDateTime createdAt;
    QString createdBy;        // the operator who planned it
    QString createdByAccount; // their OS account, whose role the run needs
    Status status = Status::Pending;
    QDateTime finishedAt;
    QString outcome;
    QString ranBy; // the console that ran it or found it missed: "login (OS account) on host"

    // A plan no console ran within this long after its time fails as missed: signing everybody
    // out hours or days after the announced time would surprise them and the operators alike.
    static constexpr int missedAfterMinutes = 60;
    // Why the plan can no longer run at now (missed), or empty.
    QString missed(const QDateTime &now) const;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusText(Status status);
    // "in 1 h 25 min", "in 3 min", "now": the time left until at, from now.
    static QString countdown(const QDateTime &at, const QDateTime &now);
};
