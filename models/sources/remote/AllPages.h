#pragma once

#include "models/sources/Futures.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

// Every row of a listing a server gives in pages (better-auth's users, Keycloak's): fetch(offset)
// answers the rows from offset on and whether more follow; the answer is all rows in order, or the
// first failure. One page at a time, each asked once the one before has come.
template<typename T>
class AllPages final
{
public:
    struct Part
    {
        QList<T> rows;
        bool more = false;
    };
    using Fetch = std::function<QFuture<Result<Part>>(qsizetype offset)>;

    static QFuture<Result<QList<T>>> collect(QObject *context, Fetch fetch)
    {
        auto promise = Futures::started<QList<T>>();
        next(context, std::make_shared<Fetch>(std::move(fetch)), std::make_shared<QList<T>>(), promise);
        return promise->future();
    }

private:
    static void next(QObject *context, std::shared_ptr<Fetch> fetch, std::shared_ptr<QList<T>> rows,
                     std::shared_ptr<QPromise<Result<QList<T>>>> promise)
    {
        Futures::onResult((*fetch)(rows->size()), context, [=](const Result<Part> &part) {
            if (!part.ok())
                return Futures::settle(*promise, Result<QList<T>>(part.error()));
            rows->append(part.value().rows);
            // A page with nothing in it ends the listing, whatever the server says about more.
            if (!part.value().more || part.value().rows.isEmpty())
                return Futures::settle(*promise, Result<QList<T>>(*rows));
            next(context, fetch, rows, promise);
        });
    }
};
