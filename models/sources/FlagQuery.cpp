#include "models/sources/FlagQuery.h"

#include "models/sources/SortedPage.h"

Page<Flag> FlagQuery::pageOf(const QList<Flag> &findings) const
{
    QList<Flag> rows;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(rows), [this](const Flag &flag) {
        return (userId.isEmpty() || flag.userId == userId) && (!rule || flag.rule == *rule);
    });
    const auto key = [this](const Flag &flag) -> QVariant {
        switch (sortField) {
        case SortField::Severity:
            return int(flag.severity);
        case SortField::User:
            return flag.userName;
        case SortField::Rule:
            return Flag::ruleText(flag.rule);
        case SortField::FirstSeen:
            return flag.firstSeen;
        case SortField::LastSeen:
            return flag.lastSeen;
        case SortField::Status:
            return int(flag.status);
        }
        return {};
    };
    return sortedPage(rows, key, order, cursor, limit);
}
