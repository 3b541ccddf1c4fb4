#pragma once

#include "models/demo/DemoOptions.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QFuture>

class SqlSessionSource;

// Fills a new, empty SessionDesk store with demo data (DemoGenerator) in one transaction, the fast
// way for each database: SQLite without its indexes and SessionDesk's triggers, PostgreSQL by
// COPY with indexes and foreign keys built afterwards. A store that holds users is refused.
class DemoFiller final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFiller)

public:
    struct Counts
    {
        qint64 users = 0;
        qint64 sessions = 0;
        qint64 events = 0;
    };

    static QFuture<Result<Counts>> fill(SqlSessionSource &store, const DemoOptions &options);
};
