#include "models/itemmodels/EndedSessionTableModel.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/UserAgent.h"
#include "models/sources/SessionSource.h"

EndedSessionTableModel::EndedSessionTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<EndedSession, EndedSessionQuery>(source, parent)
{}

int EndedSessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<EndedSessionQuery::SortField> EndedSessionTableModel::sortFieldOf(int column) const
{
    if (column == EndedColumn)
        return EndedSessionQuery::SortField::EndedAt;
    return std::nullopt;
}

QVariant EndedSessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndedSession *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const EndedSession &ended = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EndedColumn:
            return DisplayFormat::exactTime(ended.endedAt);
        case UserColumn:
            return ended.userEmail;
        case DeviceColumn:
            return UserAgent::parse(ended.origin.userAgent).summary();
        case OperatorColumn:
            return ended.endedBy;
        case HowColumn:
            return ended.endReason ? Session::endReasonText(*ended.endReason) : QString();
        case ReasonColumn:
            return ended.reason;
        case TicketColumn:
            return ended.ticket;
        case EntryColumn:
            return ended.auditEntryId > 0 ? QVariant(ended.auditEntryId) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserColumn:
            return tr("%1, session %2").arg(ended.userName, ended.id);
        case DeviceColumn:
            return tr("%1 from %2 (%3)")
                .arg(ended.origin.userAgent, ended.origin.ip,
                     DisplayFormat::place(ended.origin.city, ended.origin.country));
        case ReasonColumn:
            return ended.reason;
        case EntryColumn:
            return ended.auditEntryId > 0 ? tr("The audit entry that ended this session")
                                          : tr("No audit entry names this session");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EntryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return ended.id;
    case RawValueRole:
        switch (index.column()) {
        case EndedColumn:
            return ended.endedAt;
        case EntryColumn:
            return ended.auditEntryId;
        }
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant EndedSessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndedColumn:
        return tr("Ended");
    case UserColumn:
        return tr("User");
    case DeviceColumn:
        return tr("Device");
    case OperatorColumn:
        return tr("Ended by");
    case HowColumn:
        return tr("How");
    case ReasonColumn:
        return tr("Reason");
    case TicketColumn:
        return tr("Ticket");
    case EntryColumn:
        return tr("Entry");
    }
    return {};
}

QFuture<Result<Page<EndedSession>>> EndedSessionTableModel::fetch(const EndedSessionQuery &query)
{
    return source()->endedSessions(query);
}
