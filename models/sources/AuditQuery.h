#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

// The Audit page's question: entries filtered, sorted and paged by the source.
struct AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    enum class SortField {
        At,
        Operator,
        Action,
        TargetUser,
        Count,
    };

    QDateTime from;     // from this time on; open when invalid
    QDateTime to;       // before this time; open when invalid
    QString operatorId; // one operator's entries
    QString action;     // one action (logout_user, settings_change, …)
    QString targetUser; // entries about this user: their email or id
    QString text;       // words in the reason, ticket, operator, action, target or values
    SortField sortField = SortField::At;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100; // 0: every matching entry at once (exports)
    QVariant cursor;

    // The filter in words, for exports: "operator anna, from 2026-11-01 00:00:00 UTC".
    QString description() const;
    // The order in words: "by time, newest first".
    QString orderDescription() const;
};
