#include "models/audit/AuditBook.h"

#include "models/Logging.h"
#include "models/audit/AuditChain.h"
#include "models/audit/AuditTrail.h"
#include "models/storage/SqlTransaction.h"

using namespace Qt::Literals::StringLiterals;

AuditBook::AuditBook(const QString &store, const QString &witnessPath)
    : m_store(store)
    , m_witness(witnessPath)
{}

Result<qint64> AuditBook::append(QSqlDatabase &db, const SqlTransaction &transaction,
                                 const QList<AuditEntry> &entries) const
{
    auto appended = transaction.run<qint64>(
        db, [&entries](QSqlDatabase &inTransaction) { return AuditTrail::append(inTransaction, entries); });
    if (appended.ok())
        rememberHead(db);
    return appended;
}

void AuditBook::rememberHead(QSqlDatabase &db) const
{
    const auto head = AuditTrail::head(db);
    if (!head.ok() || head.value().first == 0)
        return;
    if (const auto seen = m_witness.seen(m_store)) {
        const auto there = AuditTrail::hashOf(db, seen->entry);
        if (!there.ok() || there.value() != seen->hash) {
            qCWarning(lcAudit).noquote()
                << "the audit trail of" << m_store << "no longer holds entry" << seen->entry
                << "as this computer saw it; the witness keeps it for verification";
            return;
        }
    }
    m_witness.remember({m_store, head.value().first, head.value().second, QDateTime::currentDateTimeUtc()});
}

Result<AuditVerification> AuditBook::verify(QSqlDatabase &db,
                                            const std::optional<AuditCheckpoint> &against) const
{
    // One statement reads the trail as of one moment, while others keep appending.
    AuditChain::Verifier verifier;
    if (auto error = AuditTrail::verify(db, verifier))
        return *error;
    AuditVerification result{verifier.intact(),
                             verifier.checked(),
                             verifier.firstBadId(),
                             verifier.problem(),
                             verifier.headHash(),
                             QDateTime::currentDateTimeUtc(),
                             m_store,
                             QString()};
    // The chain cannot see a missing tail by itself: a head seen before, by this computer or
    // in an auditor's checkpoint, must still be there, with the same hash.
    QList<std::pair<AuditCheckpoint, QString>> heads;
    if (const auto seen = m_witness.seen(m_store))
        heads.append({*seen, tr("this computer")});
    if (!m_witness.readable())
        result.note = tr("This computer's record of the heads it saw (%1) cannot be read, so entries cut off "
                         "the trail's end would not be noticed; it was left as it is.")
                          .arg(m_witness.path());
    if (against)
        heads.append({*against, tr("the checkpoint")});
    for (const auto &[head, seenBy] : std::as_const(heads)) {
        if (!result.intact)
            break;
        const auto there = AuditTrail::hashOf(db, head.entry);
        if (!there.ok())
            return there.error();
        const QString problem = head.contradiction(verifier.checked(), there.value(), seenBy);
        if (problem.isEmpty())
            continue;
        if (head.store != m_store) // a copy elsewhere may hold the head; another store does not
            return SourceError{SourceError::Code::InvalidInput,
                               tr("The checkpoint is of the store %1, not of this one (%2), and this "
                                  "store does not hold its head: if this is a copy or a move of that "
                                  "store, entries are missing or changed; otherwise check the checkpoint "
                                  "against the store it names.")
                                   .arg(head.store, m_store),
                               {}};
        result.intact = false;
        result.firstBadId = qMin(head.entry, verifier.checked() + 1);
        result.problem = problem;
    }
    if (result.intact && verifier.checked() > 0)
        m_witness.remember({m_store, verifier.checked(), verifier.headHash(), result.verifiedAt});
    return result;
}
