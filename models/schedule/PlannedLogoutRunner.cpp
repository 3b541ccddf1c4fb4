#include "models/schedule/PlannedLogoutRunner.h"

#include "models/Logging.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QPromise>

#include <memory>

PlannedLogoutRunner::PlannedLogoutRunner(SessionSource *source, Clock clock, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_timer, &QTimer::timeout, this, &PlannedLogoutRunner::runDue);
}

void PlannedLogoutRunner::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runDue();
}

QFuture<int> PlannedLogoutRunner::runDue()
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    const auto finish = [this, promise](int done) {
        m_running = false;
        promise->addResult(done);
        promise->finish();
    };
    if (m_running || !m_source->currentOperator().role) { // only an operator's console runs plans
        promise->addResult(0);
        promise->finish();
        return promise->future();
    }
    m_running = true;
    Futures::onResult(m_source->plannedLogouts(true), this,
                      [this, finish](const Result<QList<PlannedLogout>> &pending) {
                          if (!pending.ok()) {
                              qCInfo(lcSchedule) << "cannot read planned logouts:" << pending.error().text;
                              return finish(0);
                          }
                          QList<PlannedLogout> due;
                          const QDateTime now = m_clock();
                          for (const PlannedLogout &plan : pending.value()) {
                              if (plan.runAt <= now)
                                  due.append(plan);
                          }
                          runNext(due, 0, finish);
                      });
    return promise->future();
}

void PlannedLogoutRunner::runNext(QList<PlannedLogout> due, int done, const std::function<void(int)> &finish)
{
    if (due.isEmpty())
        return finish(done);
    const PlannedLogout plan = due.takeFirst();
    qCInfo(lcSchedule) << "running planned logout" << plan.id << "due at" << plan.runAt;
    Futures::onResult(m_source->runPlannedLogout(plan), this,
                      [this, plan, due, done, finish](const Result<ActionResult> &result) {
                          if (!result.ok() && result.error().code == SourceError::Code::Conflict) {
                              // Another console ran it first, or the store's clock says it is not
                              // due yet: not this run's failure, and the next check sees which.
                              qCInfo(lcSchedule)
                                  << "planned logout" << plan.id << "not run now:" << result.error().text;
                              return runNext(due, done, finish);
                          }
                          Q_EMIT ran(plan, result);
                          runNext(due, done + (result.ok() ? 1 : 0), finish);
                      });
}
