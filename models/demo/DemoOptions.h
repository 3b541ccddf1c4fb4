#pragma once

#include <QDateTime>

// How much demo data to make. The same options (seed and now included) give the same data.
struct DemoOptions
{
    int users = 1000;
    int sessions = 4000; // all sessions, ended ones included
    int events = 12000;  // login events, failures included
    quint64 seed = 1;
    QDateTime now = QDateTime::currentDateTimeUtc();
};
