#pragma once

#include "models/domain/Session.h"
#include "models/sources/Page.h"
#include "models/sources/SessionFilter.h"

#include <QString>
#include <QVariant>

// One user's sessions, or (no userId) the active sessions of all users that the filter matches
// (Capability::SearchSessions), sorted and paged by the source.
struct SessionQuery
{
    enum class SortField {
        Device, // by user agent
        IpAddress,
        Location,
        Started,
        LastActivity,
        Expires,
        Status, // open sessions first (ascending), then by end time
    };

    QString userId;
    bool includeEnded = false; // one user's only
    SessionFilter filter;      // without a userId
    SortField sortField = SortField::LastActivity;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100;
    QVariant cursor;

    // The page this query asks for of one user's sessions as a source listed them all at once:
    // those past their expiry ended as expired (and left out unless ended ones are asked for),
    // sorted, from the cursor's offset.
    Page<Session> pageOf(const QList<Session> &sessions) const;
};
