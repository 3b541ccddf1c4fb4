#pragma once

#include "models/sources/Result.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <utility>

namespace Futures {

// Calls handler(result) on context's thread once future has a result. Nothing is called if
// context is destroyed first or the future was cancelled (its source shut down), so a handler
// never touches a dead object. The watcher is a child of context and cleans itself up.
template<typename T, typename Handler>
void onResult(const QFuture<T> &future, QObject *context, Handler &&handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         if (!watcher->future().isCanceled() && watcher->future().resultCount() > 0)
                             handler(watcher->future().result());
                     });
    watcher->setFuture(future);
}

// Runs an event loop until the future has finished, sleeping while there is nothing to do. Only
// for code with no event loop of its own running: the CLI, the benchmark, start-up before
// QApplication::exec(); never inside the console's pages.
template<typename T>
void waitUntilFinished(const QFuture<T> &future)
{
    if (future.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
}

// A future that already holds result.
template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

// A started promise of a Result, shared by the callbacks that will fulfil it.
template<typename T>
std::shared_ptr<QPromise<Result<T>>> started()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

// Gives the promise its result and finishes it.
template<typename T>
void settle(QPromise<Result<T>> &promise, Result<T> result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

} // namespace Futures
