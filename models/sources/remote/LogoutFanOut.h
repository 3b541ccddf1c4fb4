#pragma once

#include "models/sources/LogoutAllScope.h"
#include "models/sources/SessionSource.h"

#include <QCoreApplication>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

// Logs many users out over an API that takes one user per request (better-auth, Keycloak): at most
// `concurrency` requests in flight, the promise's progress advanced as each user is done, and none
// started once the promise is cancelled (Stop). What ended stays ended: the result says how far it
// got and who could not be logged out, so that running it again finishes it (users left without
// sessions are skipped), and the journal entries say the same.
class LogoutFanOut final
{
    Q_DECLARE_TR_FUNCTIONS(LogoutFanOut)

public:
    using Promise = std::shared_ptr<QPromise<Result<ActionResult>>>;
    // Ends one user's sessions, answering how many ended.
    using EndOne = std::function<QFuture<Result<int>>(const QString &userId)>;
    // How the journal and the result name a user: their address, else the id.
    using Label = std::function<QString(const QString &userId)>;
    // For the operator, and for the journal (to be written with it).
    struct Outcome
    {
        Result<ActionResult> result;
        QList<AuditEntry> entries;
    };

    // Whether to start no more users (SessionSource::stopRequested).
    using Stop = std::function<bool()>;

    // scope: a logout of all users, journaled as one entry with the scope (and who failed); none:
    // one entry per user. Starts no more users once stop answers true or the promise is cancelled.
    static void run(QObject *context, int concurrency, const QStringList &userIds, EndOne endOne,
                    const ActionContext &action, const std::optional<LogoutAllScope> &scope, Label label,
                    Promise promise, Stop stop, std::function<void(const Outcome &)> done);

    // The outcome of outcomes (per user: not started, the sessions ended, or why not), as run()
    // gives it to done.
    static Outcome outcomeOf(const QStringList &userIds, const QList<std::optional<Result<int>>> &outcomes,
                             const ActionContext &action, const std::optional<LogoutAllScope> &scope,
                             const Label &label);
};
