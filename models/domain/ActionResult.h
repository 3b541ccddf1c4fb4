#pragma once

#include <QDateTime>

// What an admin action did, as counted inside its transaction.
struct ActionResult
{
    int usersAffected = 0;
    int sessionsEnded = 0;
    int settingsChanged = 0;
    qint64 auditEntryId = 0;
    qint64 createdId = 0; // what the action created, if anything (a planned logout)
    QDateTime at;
};
