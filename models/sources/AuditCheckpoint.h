#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// A head of a store's audit trail that someone saw: which store, which entry, its hash, when. This
// computer keeps the newest one of each store it opened (AuditWitness); an auditor keeps one as a
// line of text elsewhere (a ticket, an e-mail). A later trail must still hold that entry with that
// hash: a trail cut at its end, or a store replaced by an older copy, does not.
struct AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoint)

public:
    QString store; // the store's identity (AuditVerification::store)
    qint64 entry = 0;
    QString hash;
    QDateTime seenAt;

    // "sessiondesk-checkpoint v1 entry=85 hash=… at=2026-12-06T08:00:00Z store=…", one line.
    QString line() const;
    static std::optional<AuditCheckpoint> parse(const QString &line);

    // Why a trail whose last entry is lastEntry, and whose entry at this checkpoint's number has
    // hashThere (empty: none), contradicts this checkpoint; empty when it does not. seenBy says who
    // saw it ("this computer", "the checkpoint").
    QString contradiction(qint64 lastEntry, const QString &hashThere, const QString &seenBy) const;
};
