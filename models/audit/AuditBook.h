#pragma once

#include "models/audit/AuditWitness.h"
#include "models/domain/AuditEntry.h"
#include "models/sources/AuditCheckpoint.h"
#include "models/sources/AuditVerification.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class SqlTransaction;

// The audit trail of one database as this computer keeps watch over it: appends entries and
// remembers the trail's head in this computer's witness (AuditWitness), and verifies the chain
// against that witness and an auditor's checkpoint, which find a cut-off tail the chain alone
// cannot. The same for a SessionDesk store and for the local journal of a source without a trail.
// Runs on the caller's worker thread, on its connection.
class AuditBook final
{
    Q_DECLARE_TR_FUNCTIONS(AuditBook)

public:
    // store: how checkpoints and the witness name the database (its file, or its server and
    // database); witnessPath: empty for the user's data directory.
    AuditBook(const QString &store, const QString &witnessPath);

    // Appends entries in one transaction; the first entry's id.
    Result<qint64> append(QSqlDatabase &db, const SqlTransaction &transaction,
                          const QList<AuditEntry> &entries) const;
    // After a commit that appended entries: this computer remembers the trail's new head, unless
    // the head it saw before is gone (then it keeps that one, for verification to report).
    void rememberHead(QSqlDatabase &db) const;
    Result<AuditVerification> verify(QSqlDatabase &db, const std::optional<AuditCheckpoint> &against) const;

private:
    QString m_store;
    AuditWitness m_witness;
};
