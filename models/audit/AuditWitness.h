#pragma once

#include "models/sources/AuditCheckpoint.h"

#include <QString>

#include <optional>

// What this computer has seen of the audit trails of the stores it opened: per store, the newest
// head (entry, hash, when), kept in a file of the user's outside every store, so that the next
// verification finds a trail cut at its end, or a store replaced by an older copy. Two consoles at
// once take turns on the file (a lock file beside it); it is replaced whole, never half-written.
class AuditWitness final
{
public:
    // The user's data directory (…/SessionDesk/audit-witness.json) when path is empty.
    explicit AuditWitness(const QString &path = {});

    QString path() const { return m_path; }
    // False when the file is there but cannot be read (damaged, not JSON): nothing is then known.
    bool readable() const;
    // The newest head seen of store, if any.
    std::optional<AuditCheckpoint> seen(const QString &store) const;
    // Remembers head unless a newer head of the same store is remembered already.
    void remember(const AuditCheckpoint &head) const;

private:
    QString m_path;
};
