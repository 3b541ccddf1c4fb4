#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Sessions that operators ended, by user, operator, reason and time; newest first unless asked.
struct EndedSessionQuery
{
    enum class SortField {
        EndedAt,
    };

    QString user;       // email or id
    QString operatorId; // who ended them
    QString reason;     // words in the reason given
    QDateTime from;
    QDateTime to;
    SortField sortField = SortField::EndedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100;
    QVariant cursor;
};
