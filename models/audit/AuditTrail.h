#pragma once

#include "domain/ActionContext.h"
#include "domain/AuditEntry.h"
#include "sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Appends entries to the store's audit trail. append() runs inside the caller's transaction, so
// an action and its audit entry commit together or not at all (DESIGN.md section 1).
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // An entry for an action taken in context at time `at`, before counts and targets are known.
    static AuditEntry entryFor(const ActionContext &context, const QString &action, const QDateTime &at);
    // Returns the new entry's id.
    static Result<qint64> append(QSqlDatabase &db, const AuditEntry &entry);
};
