#pragma once

#include "models/domain/ActionResult.h"
#include "models/sources/PlannedLogout.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

class SessionSource;

// Carries out planned logouts when they are due: in the console every interval while it is open,
// and once per `sessiondesk-cli schedule run` (from cron), when the console's account is an
// operator of the store. A time missed while nothing ran is caught up at the next check within
// PlannedLogout::missedAfterMinutes; later, the plan fails as missed. The store makes sure each
// plan runs once. The clock is injected, so that tests decide what "now" is.
class PlannedLogoutRunner final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit PlannedLogoutRunner(SessionSource *source, Clock clock = {}, QObject *parent = nullptr);

    // Checks at once, then every intervalMs.
    void start(int intervalMs);
    // Runs every pending plan whose time has come, one after the other; the future gives how many
    // ran. A check while one is under way, or from a console that is no operator's, does nothing.
    QFuture<int> runDue();

Q_SIGNALS:
    // A plan was run, or failed for good. A plan the store would not run now (another console ran
    // it, or by the store's clock it is not due yet) is left for the next check, unreported.
    void ran(const PlannedLogout &plan, const Result<ActionResult> &result);

private:
    void runNext(QList<PlannedLogout> due, int done, const std::function<void(int)> &finish);

    SessionSource *m_source = nullptr;
    Clock m_clock;
    QTimer m_timer;
    bool m_running = false;
};
