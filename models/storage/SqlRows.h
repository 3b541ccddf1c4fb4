#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Session.h"
#include "models/domain/User.h"
#include "models/sources/SourceError.h"
#include "models/storage/StringPool.h"

#include <QSqlQuery>

// The native store's rows as domain values: the column lists queries select and the functions
// that read a row of them. Repeated strings are shared through the pool.
class SqlRows final
{
public:
    // users u JOIN user_stats s
    static const QString &userColumns();
    static const QString &sessionColumns();
    static const QString &loginEventColumns();
    // audit_log a
    static const QString &auditColumns();

    static User userFrom(const QSqlQuery &query, StringPool &pool);
    static Session sessionFrom(const QSqlQuery &query, StringPool &pool);
    static LoginEvent loginEventFrom(const QSqlQuery &query, StringPool &pool);
    static AuditEntry auditEntryFrom(const QSqlQuery &query, StringPool &pool);

    static SourceError notOpen();
};
