#include "models/itemmodels/SignInTableModel.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/SessionSource.h"

SignInTableModel::SignInTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<LoginEvent, SignInQuery>(source, parent)
{
    setPageSize(50);
}

int SignInTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignInTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoginEvent *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const LoginEvent &event = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column(), QDateTime::currentDateTimeUtc());
    case Qt::ToolTipRole:
        return toolTip(event, index.column());
    case EmphasisRole: // the result of a failed one stands out; a whole red row would shout
        return event.success || index.column() != ResultColumn ? QVariant() : QVariant(int(Emphasis::Alert));
    case IdRole:
        return event.id;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return event.at;
        case ResultColumn:
            return event.success;
        case UserColumn:
            return event.userEmail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SignInTableModel::displayData(const LoginEvent &event, int column, const QDateTime &now) const
{
    switch (column) {
    case TimeColumn:
        return DisplayFormat::relativeTime(event.at, now);
    case UserColumn:
        return event.userName.isEmpty() ? event.userEmail : event.userName;
    case ResultColumn:
        return event.success ? tr("Signed in") : tr("Failed");
    case LocationColumn:
        return DisplayFormat::place(event.origin.city, event.origin.country);
    case DeviceColumn:
        return event.origin.userAgent.isEmpty() ? QString() : DisplayFormat::device(event.origin.userAgent);
    case IpColumn:
        return DisplayFormat::address(event.origin.ip);
    case NetworkColumn:
        return event.origin.network;
    default:
        return {};
    }
}

QString SignInTableModel::toolTip(const LoginEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayFormat::exactTime(event.at);
    case UserColumn:
        return event.userEmail;
    case ResultColumn:
        return event.success ? tr("The sign-in succeeded and started a session.")
                             : tr("The sign-in was refused; no session started.");
    case LocationColumn:
        return DisplayFormat::placeToolTip(event.origin);
    case DeviceColumn:
        return event.origin.userAgent;
    case IpColumn:
        return event.origin.ip;
    case NetworkColumn:
        return DisplayFormat::networkToolTip(event.origin);
    default:
        return {};
    }
}

QVariant SignInTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ResultColumn:
        return tr("Result");
    case LocationColumn:
        return tr("Location");
    case DeviceColumn:
        return tr("Device");
    case IpColumn:
        return tr("IP address");
    case NetworkColumn:
        return tr("Network");
    default:
        return {};
    }
}

std::optional<SignInQuery::SortField> SignInTableModel::sortFieldOf(int column) const
{
    if (column == TimeColumn)
        return SignInQuery::SortField::At;
    return std::nullopt;
}

void SignInTableModel::setUserId(const QString &userId)
{
    setSubject(&SignInQuery::userId, userId);
}

QFuture<Result<Page<LoginEvent>>> SignInTableModel::fetch(const SignInQuery &query)
{
    return source()->signIns(query);
}
