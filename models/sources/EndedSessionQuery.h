#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Sessions that operators ended, newest first, by user, operator, reason and time.
struct EndedSessionQuery
{
    QString user;       // email or id
    QString operatorId; // who ended them
    QString reason;     // words in the reason given
    QDateTime from;
    QDateTime to;
    int limit = 100;
    QVariant cursor;
};
