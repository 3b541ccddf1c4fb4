#pragma once

#include "models/domain/Session.h"

// A session an operator ended, with whose it was and the reason the audit trail holds.
struct EndedSession : Session
{
    QString userEmail;
    QString userName;
    QString reason;
    QString ticket;
    qint64 auditEntryId = 0; // 0 when no entry matches (ended before the trail recorded targets)

    bool operator==(const EndedSession &) const = default;
};
