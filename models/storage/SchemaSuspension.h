#pragma once

#include "models/sources/Result.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

// Row-by-row triggers and index updates make bulk changes slow: these take a store's own indexes,
// triggers and foreign keys away for one bulk change and say how to bring them back. Run inside
// the bulk change's transaction, so that no other connection ever sees them missing.
class SchemaSuspension final
{
public:
    // SQLite: a condition on sqlite_master naming SessionDesk's own triggers; an application's
    // triggers are never suspended, since they must see every change.
    static QString ownTriggers();
    // SQLite: drops the indexes and triggers that `which` (a condition on sqlite_master) selects and
    // returns the statements that bring them back from their own stored definitions, indexes first.
    static Result<QStringList> suspend(QSqlQuery &query, const QString &which);
    // PostgreSQL, for a bulk load into tables (the steps of PostgreSQL's "Populating a Database"):
    // drops the indexes that back no constraint and the foreign keys of those tables, and returns the
    // statements that build them again in one pass each, indexes first. The triggers are the
    // caller's (ALTER TABLE … DISABLE TRIGGER keeps them).
    static Result<QStringList> suspendPg(QSqlQuery &query, const QString &tables);
};
