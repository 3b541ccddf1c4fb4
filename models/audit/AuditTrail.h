#pragma once

#include "models/audit/AuditChain.h"
#include "models/domain/ActionContext.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/EndedSession.h"
#include "models/sources/AuditQuery.h"
#include "models/sources/EndedSessionQuery.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The store's audit trail. append() runs inside the caller's transaction, so an action and its
// audit entry commit together or not at all, and it chains the entry to the
// last one while holding the store's write lock, so that appends from several consoles line up.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // An entry for an action taken in context at time `at`, before counts and targets are known.
    static AuditEntry entryFor(const ActionContext &context, const QString &action, const QDateTime &at);
    // Returns the new entry's id.
    static Result<qint64> append(QSqlDatabase &db, const AuditEntry &entry);
    // Appends the entries in order; returns the first one's id (0 for none).
    static Result<qint64> append(QSqlDatabase &db, const QList<AuditEntry> &entries);
    // Chains the entries written before the trail had a chain (the upgrade to schema version 3).
    static std::optional<SourceError> chainUnchained(QSqlDatabase &db);
    // Walks the whole trail through the verifier.
    static std::optional<SourceError> verify(QSqlDatabase &db, AuditChain::Verifier &verifier);
    // The hash of entry id; empty when there is no such entry.
    static Result<QString> hashOf(QSqlDatabase &db, qint64 id);
    // The newest entry's id and hash; id 0 for an empty trail.
    static Result<std::pair<qint64, QString>> head(QSqlDatabase &db);

    static Result<Page<AuditEntry>> list(QSqlDatabase &db, const AuditQuery &query);
    // Fills in the addresses of the users the entries' values name by id (AuditEntry::userEmails).
    static std::optional<SourceError> nameKeptUsers(QSqlDatabase &db, QList<AuditEntry> &entries);
    // Sessions ended by operators, each with the reason of the audit entry that ended it.
    static Result<Page<EndedSession>> endedSessions(QSqlDatabase &db, const EndedSessionQuery &query);
};
