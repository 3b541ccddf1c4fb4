#pragma once

#include "models/domain/Overview.h"
#include "models/sources/Result.h"

#include <QSqlDatabase>

// The Overview page's figures from a SessionDesk store, counted by the database from what it keeps
// for them (schema version 16): the per-user figures for the users signed in, an index of the
// open sessions by country and user agent, the sign-ins per hour (a table in SQLite, the index on
// their time in PostgreSQL), the open flags and the audit trail's last week.
class SqlOverview final
{
public:
    static Result<Overview> read(QSqlDatabase &db, const QDateTime &now);
};
