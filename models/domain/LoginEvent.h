#pragma once

#include "models/domain/Origin.h"

#include <QDateTime>
#include <QString>

// One sign-in attempt of a user, successful or not.
struct LoginEvent
{
    qint64 id = 0;
    QString userId;
    QDateTime at;
    bool success = false;
    QString sessionId; // empty for failed attempts
    Origin origin;
    // Who the user is, where a listing of several users' sign-ins names them.
    QString userEmail;
    QString userName;

    bool operator==(const LoginEvent &) const = default;
};
