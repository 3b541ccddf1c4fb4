#pragma once

#include "models/sources/Result.h"
#include "models/storage/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Runs work inside one write transaction: everything it does commits together or not at all.
// BEGIN IMMEDIATE takes the write lock up front, so SQLite's busy timeout applies (a deferred
// transaction that upgrades later fails at once instead of waiting). While another program holds
// the lock, the transaction is retried up to `attempts` times, each waiting the connection's busy
// timeout, and then refused with a clear message.
class SqlTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(SqlTransaction)

public:
    SqlTransaction(int attempts, int busyTimeoutMs)
        : m_attempts(attempts)
        , m_busyTimeoutMs(busyTimeoutMs)
    {}

    // work: Result<T> (QSqlDatabase &db); an error result rolls everything back.
    template<typename T, typename Work>
    Result<T> run(QSqlDatabase &db, Work work) const
    {
        if (auto error = begin(db))
            return *error;
        Result<T> result = work(db);
        if (!result.ok()) {
            rollback(db);
            return result;
        }
        if (auto error = commit(db))
            return *error;
        return result;
    }

private:
    std::optional<SourceError> begin(QSqlDatabase &db) const;
    std::optional<SourceError> commit(QSqlDatabase &db) const;
    void rollback(QSqlDatabase &db) const;

    int m_attempts = 1;
    int m_busyTimeoutMs = 0;
};
