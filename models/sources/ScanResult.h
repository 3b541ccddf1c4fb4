#pragma once

#include <QtGlobal>

// What a detection scan read and found.
struct ScanResult
{
    qint64 usersScanned = 0;
    qint64 eventsScanned = 0;
    int flagsRaised = 0;     // new flags
    int flagsUpdated = 0;    // open flags seen again
    int usersFrozen = 0;     // frozen automatically (auto_freeze_high)
    int findingsRefused = 0; // PostgreSQL: findings the store's own data did not support
};
