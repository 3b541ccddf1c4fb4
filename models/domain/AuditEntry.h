#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// One entry of the audit trail: who did what to whom, when, why, with what outcome.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorId;
    QString osAccount;
    QString host;
    QString action; // logout_user, end_session, …
    QString targetUser;
    QString targetSession;
    int count = 0; // sessions ended
    QString reason;
    QString ticket;
    QString outcome;  // success
    QString oldValue; // settings changes: the values before, as a JSON object
    QString newValue; // … and after
    QString prevHash; // the hash chain (audit/AuditChain.h)
    QString hash;
    QString targetUserEmail;            // shown with the target; not part of the entry's hash
    QHash<QString, QString> userEmails; // users the values name by id → their addresses; not hashed

    bool operator==(const AuditEntry &) const = default;
};
