#include "models/itemmodels/AuditTableModel.h"

#include "models/audit/AuditText.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/SessionSource.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// "old → new" for entries that changed values (settings, operators).
// The stored values, as written: for the tooltip under their reading.
QString storedValues(const AuditEntry &entry)
{
    if (entry.oldValue.isEmpty() && entry.newValue.isEmpty())
        return {};
    if (entry.oldValue.isEmpty())
        return entry.newValue;
    return entry.oldValue + u" → "_s + entry.newValue;
}

} // namespace

AuditTableModel::AuditTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<AuditEntry, AuditQuery>(source, parent)
{}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<AuditQuery::SortField> AuditTableModel::sortFieldOf(int column) const
{
    switch (column) {
    case TimeColumn:
        return AuditQuery::SortField::At;
    case OperatorColumn:
        return AuditQuery::SortField::Operator;
    case ActionColumn:
        return AuditQuery::SortField::Action;
    case UserColumn:
        return AuditQuery::SortField::TargetUser;
    case CountColumn:
        return AuditQuery::SortField::Count;
    }
    return std::nullopt;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const AuditEntry &entry = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::exactTime(entry.at);
        case OperatorColumn:
            return entry.operatorId;
        case ActionColumn:
            return AuditText::action(entry.action);
        case UserColumn:
            return entry.targetUserEmail.isEmpty() ? entry.targetUser : entry.targetUserEmail;
        case CountColumn:
            return DisplayFormat::count(entry.count); // grouped as the operator's locale writes numbers
        case OutcomeColumn:
            return AuditText::outcome(entry);
        case ReasonColumn:
            return entry.reason;
        case TicketColumn:
            return entry.ticket;
        case ChangeColumn:
            return AuditText::change(entry);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("Entry %1 · hash %2").arg(entry.id).arg(entry.hash);
        case OperatorColumn:
            return tr("OS account %1 on %2").arg(entry.osAccount, entry.host);
        case UserColumn:
            return entry.targetSession.isEmpty()
                       ? entry.targetUser
                       : tr("%1, session %2").arg(entry.targetUser, entry.targetSession);
        case ActionColumn:
            return entry.action; // the key scripts and --json use
        case OutcomeColumn:
            return AuditText::outcome(entry);
        case ReasonColumn:
            return entry.reason;
        case ChangeColumn:
            return QString(AuditText::change(entry) + u"\n\n"_s + storedValues(entry));
        }
        return {};
    case EmphasisRole:
        if (index.column() == OutcomeColumn && AuditText::fellShort(entry))
            return int(Emphasis::Alert);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return entry.id;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at;
        case CountColumn:
            return entry.count;
        }
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case UserColumn:
        return tr("User");
    case CountColumn:
        return tr("Count");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case TicketColumn:
        return tr("Ticket");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

QFuture<Result<Page<AuditEntry>>> AuditTableModel::fetch(const AuditQuery &query)
{
    return source()->auditEntries(query);
}

void AuditTableModel::setTargetUser(const QString &user)
{
    setSubject(&AuditQuery::targetUser, user);
}
