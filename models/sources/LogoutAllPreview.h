#pragma once

#include <QtGlobal>

// What "Log out all users" would do right now.
struct LogoutAllPreview
{
    qint64 sessions = 0;   // active sessions that would end
    qint64 users = 0;      // users they belong to
    qint64 tokenUsers = 0; // users whose access tokens would be rejected
};
