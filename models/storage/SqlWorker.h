#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <memory>
#include <type_traits>

// A thread that owns one QSqlDatabase connection (connections are bound to the thread that opened
// them) and runs jobs on it in order; connections a job opens beside it, named "<its name>-…", are
// closed with it. run() returns at once with a future of the job's result, so
// nothing SQL ever runs on the caller's thread. Destroying the worker cancels jobs not yet started.
class SqlWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SqlWorker(const QString &threadName, QObject *parent = nullptr);
    ~SqlWorker() override;

    // job: T (QSqlDatabase &db). The first job is expected to open db (see SqlSessionSource::open).
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, QSqlDatabase &>>
    {
        using T = std::invoke_result_t<Job, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<T>>();
        auto future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, promise, job = std::move(job)]() mutable {
                if (m_stopping.load())
                    return; // the promise dies unfinished: the future reports cancelled
                promise->addResult(job(m_db));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; jobs are posted to it
    QSqlDatabase m_db;            // used on m_thread only
    std::atomic_bool m_stopping = false;
};
