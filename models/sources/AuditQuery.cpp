#include "models/sources/AuditQuery.h"

#include "models/domain/DisplayFormat.h"

QString AuditQuery::description() const
{
    QStringList parts;
    if (from.isValid())
        parts << tr("from %1").arg(DisplayFormat::exactTime(from));
    if (to.isValid())
        parts << tr("before %1").arg(DisplayFormat::exactTime(to));
    if (!operatorId.isEmpty())
        parts << tr("operator %1").arg(operatorId);
    if (!action.isEmpty())
        parts << tr("action %1").arg(action);
    if (!targetUser.isEmpty())
        parts << tr("user %1").arg(targetUser);
    if (!text.isEmpty())
        parts << tr("containing \"%1\"").arg(text);
    return parts.isEmpty() ? tr("all entries") : parts.join(QStringLiteral(", "));
}

QString AuditQuery::orderDescription() const
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (sortField) {
    case SortField::At:
        return ascending ? tr("by time, oldest first") : tr("by time, newest first");
    case SortField::Operator:
        return ascending ? tr("by operator, A to Z") : tr("by operator, Z to A");
    case SortField::Action:
        return ascending ? tr("by action, A to Z") : tr("by action, Z to A");
    case SortField::TargetUser:
        return ascending ? tr("by user, A to Z") : tr("by user, Z to A");
    case SortField::Count:
        return ascending ? tr("by count, smallest first") : tr("by count, largest first");
    }
    Q_UNREACHABLE();
}
