#pragma once

#include "models/domain/AuditEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The hash chain over the audit trail, independent of where entries are
// kept. Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical
// encoding; the first entry follows genesis(). The encoding is documented in
// docs/store-contract.md, with a script an auditor can check a store with.
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // What the first entry follows: 64 zeros.
    static QString genesis();
    // "SessionDesk audit entry v1\n", then one line per field in a fixed order:
    // "name=<length in bytes>:<UTF-8 value>\n", or "name=~\n" when the field is empty.
    static QByteArray canonical(const AuditEntry &entry);
    // Lower-case hex SHA-256 of the previous hash, "\n", and the canonical encoding.
    static QString hash(const QString &previousHash, const AuditEntry &entry);

    // Checks entries handed over in the trail's order (ascending id), one at a time, and keeps
    // the first that does not fit: changed after it was written, or not following the entry
    // before it (an entry deleted, inserted or moved).
    class Verifier final
    {
    public:
        // False once an entry did not fit; later entries are not looked at.
        bool add(const AuditEntry &entry);

        bool intact() const { return !m_broken; }
        qint64 checked() const { return m_checked; }
        qint64 firstBadId() const { return m_firstBadId; }
        QString problem() const { return m_problem; } // one sentence, empty while intact
        QString headHash() const { return m_head; }   // the last good entry's hash

    private:
        QString m_head = genesis();
        qint64 m_lastId = 0;
        qint64 m_checked = 0;
        qint64 m_firstBadId = 0;
        bool m_broken = false;
        QString m_problem;
    };
};
