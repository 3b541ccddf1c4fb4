#pragma once

#include "models/sources/Futures.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

// Runs count jobs with at most `concurrency` in flight, for REST APIs that do one thing per
// request. each(index, result) is called on context's thread as each job finishes; done() once the
// last one has (or, after stop() answered true, once those in flight have). Nothing is called
// after context is destroyed.
template<typename T>
class BoundedRun final
{
public:
    using Start = std::function<QFuture<Result<T>>(int index)>;
    using Each = std::function<void(int index, const Result<T> &result)>;

    static void run(QObject *context, int count, int concurrency, Start start, Each each,
                    std::function<void()> done, std::function<bool()> stop = {})
    {
        auto state = std::make_shared<BoundedRun>();
        state->m_context = context;
        state->m_count = count;
        state->m_start = std::move(start);
        state->m_each = std::move(each);
        state->m_done = std::move(done);
        state->m_stop = std::move(stop);
        if (count == 0) {
            state->m_done();
            return;
        }
        for (int i = 0; i < qMax(1, concurrency) && i < count; ++i)
            startNext(state);
    }

    // Runs the jobs as run() does and answers with every result in order, or with the first failure
    // (no more jobs are started after it).
    static void collect(QObject *context, int count, int concurrency, Start start,
                        std::function<void(const Result<QList<T>> &)> done)
    {
        auto values = std::make_shared<QList<T>>(count);
        auto failure = std::make_shared<std::optional<SourceError>>();
        run(
            context, count, concurrency, std::move(start),
            [values, failure](int index, const Result<T> &result) {
                if (result.ok())
                    (*values)[index] = result.value();
                else if (!*failure)
                    *failure = result.error();
            },
            [values, failure, done] {
                done(*failure ? Result<QList<T>>(**failure) : Result<QList<T>>(*values));
            },
            [failure] { return failure->has_value(); });
    }

private:
    static void startNext(const std::shared_ptr<BoundedRun> &state)
    {
        const int index = state->m_next++;
        ++state->m_inFlight;
        Futures::onResult(state->m_start(index), state->m_context, [state, index](const Result<T> &result) {
            --state->m_inFlight;
            state->m_each(index, result);
            const bool stopping = state->m_stop && state->m_stop();
            if (!stopping && state->m_next < state->m_count)
                startNext(state);
            else if (state->m_inFlight == 0)
                state->m_done();
        });
    }

    QObject *m_context = nullptr;
    int m_count = 0;
    int m_next = 0;
    int m_inFlight = 0;
    Start m_start;
    Each m_each;
    std::function<void()> m_done;
    std::function<bool()> m_stop;
};
