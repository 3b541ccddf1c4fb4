#pragma once

#include <QString>
#include <QVariant>

// One user's sessions, sorted and paged by the source.
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
    bool includeEnded = false;
    SortField sortField = SortField::LastActivity;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100;
    QVariant cursor;
};
