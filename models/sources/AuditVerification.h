#pragma once

#include <QDateTime>
#include <QString>

// The outcome of recomputing the audit trail's hash chain.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;    // entries checked and found in order
    qint64 firstBadId = 0; // the first entry that does not match; 0 while intact
    QString problem;       // what is wrong with it, in one sentence
    QString headHash;      // the hash of the last good entry: quote it to pin the trail down
    QDateTime verifiedAt;
    QString store; // the store's identity, as checkpoints of its trail name it
    QString note;  // what limits the verification (this computer's record of heads cannot be read)
};
