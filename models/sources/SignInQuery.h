#pragma once

#include <QString>
#include <QVariant>

// Sign-in attempts (login events), newest first, paged by the source: one user's for the detail
// pane.
struct SignInQuery
{
    enum class SortField {
        At,
    };

    QString userId; // one user's sign-ins
    SortField sortField = SortField::At;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 50;
    QVariant cursor;
};
