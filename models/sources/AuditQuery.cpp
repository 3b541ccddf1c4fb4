#include "sources/AuditQuery.h"

#include "domain/DisplayFormat.h"

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
