#pragma once

#include "models/domain/Flag.h"
#include "models/sources/Page.h"

#include <QString>
#include <QVariant>

// The Flagged page's question: open flags (open or frozen) or all, newest activity first.
struct FlagQuery
{
    enum class SortField {
        Severity,
        User,
        Rule,
        FirstSeen,
        LastSeen,
        Status,
    };

    bool openOnly = true;
    QString userId;                 // one user's flags; all users when empty
    std::optional<Flag::Rule> rule; // one rule's flags; every rule's when none
    SortField sortField = SortField::LastSeen;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100;
    QVariant cursor;

    // The page of findings (computed by the source, not stored) this query asks for: the user's,
    // sorted, from the cursor's offset.
    Page<Flag> pageOf(const QList<Flag> &findings) const;
};
