#include "models/itemmodels/UserTableModel.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/SessionSource.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr UserQuery::SortField sortFields[] = {
    UserQuery::SortField::Name,    UserQuery::SortField::Email,        UserQuery::SortField::Role,
    UserQuery::SortField::Status,  UserQuery::SortField::Flags,        UserQuery::SortField::ActiveSessions,
    UserQuery::SortField::Devices, UserQuery::SortField::LastActivity, UserQuery::SortField::LastLocation,
};
}

UserTableModel::UserTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<User, UserQuery>(source, parent)
{}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<UserQuery::SortField> UserTableModel::sortFieldOf(int column) const
{
    if (column < 0 || column >= int(std::size(sortFields)))
        return std::nullopt;
    return sortFields[column];
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const User &user = *loaded;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(user, column);
    case Qt::AccessibleTextRole: // the severity in words, not only the flag's colour
        if (column == FlagsColumn && user.flagSeverity)
            return flagsText(user);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1 <%2>").arg(user.displayName, user.email);
        if (column == StatusColumn && !user.statusReason.isEmpty())
            return user.statusReason;
        if (column == FlagsColumn && user.flagSeverity)
            return flagsText(user);
        if (column == LastActivityColumn)
            return DisplayFormat::exactTime(user.lastActivity);
        if (column == LocationColumn)
            return DisplayFormat::place(user.lastCity, user.lastCountry);
        if (column == ActionColumn)
            return actionToolTip(user);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SessionsColumn || column == DevicesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case EmphasisRole:
        if (column == StatusColumn && user.status == UserStatus::Frozen)
            return int(Emphasis::Warning);
        if (column == StatusColumn && user.status == UserStatus::Deactivated)
            return int(Emphasis::Muted);
        if (column == FlagsColumn && user.flagSeverity == FlagSeverity::High)
            return int(Emphasis::Alert);
        if (column == FlagsColumn && user.flagSeverity == FlagSeverity::Medium)
            return int(Emphasis::Warning);
        return {};
    case SeverityRole:
        if (column == FlagsColumn && user.flagSeverity)
            return int(*user.flagSeverity);
        return {};
    case IdRole:
        return user.id;
    case RawValueRole:
        return rawData(user, column);
    case ActionEnabledRole:
        return user.activeSessions > 0 && source()->capabilities().has(Capabilities::Capability::LogoutUser);
    default:
        return {};
    }
}

QVariant UserTableModel::displayData(const User &user, int column) const
{
    switch (column) {
    case NameColumn:
        return user.displayName;
    case EmailColumn:
        return user.email;
    case RoleColumn:
        return user.role;
    case StatusColumn:
        return User::statusText(user.status);
    case FlagsColumn:
        return user.openFlags > 0 ? DisplayFormat::count(user.openFlags) : QString();
    case SessionsColumn:
        return DisplayFormat::count(user.activeSessions);
    case DevicesColumn:
        return DisplayFormat::count(user.devices);
    case LastActivityColumn:
        return DisplayFormat::relativeTime(user.lastActivity, QDateTime::currentDateTimeUtc());
    case LocationColumn:
        return DisplayFormat::place(user.lastCity, user.lastCountry);
    case ActionColumn:
        return tr("Log out");
    default:
        return {};
    }
}

QVariant UserTableModel::rawData(const User &user, int column) const
{
    switch (column) {
    case NameColumn:
        return user.displayName;
    case EmailColumn:
        return user.email;
    case RoleColumn:
        return user.role;
    case StatusColumn:
        return User::statusKey(user.status);
    case FlagsColumn: // as the store sorts: the highest severity first, then the number
        return user.flagSeverity ? (int(*user.flagSeverity) + 1) * 10 + user.openFlags : 0;
    case SessionsColumn:
        return user.activeSessions;
    case DevicesColumn:
        return user.devices;
    case LastActivityColumn:
        return user.lastActivity;
    case LocationColumn:
        return user.lastCity;
    default:
        return {};
    }
}

QString UserTableModel::flagsText(const User &user)
{
    return tr("%Ln open flag(s), the most serious of severity %1", nullptr, user.openFlags)
        .arg(Flag::severityText(user.flagSeverity.value_or(FlagSeverity::Low)));
}

QString UserTableModel::actionToolTip(const User &user) const
{
    const Capabilities capabilities = source()->capabilities();
    if (!capabilities.has(Capabilities::Capability::LogoutUser))
        return capabilities.reason(Capabilities::Capability::LogoutUser);
    if (user.activeSessions == 0)
        return tr("%1 has no active session.").arg(user.displayName);
    const QString sessions =
        tr("End the %Ln active session(s) of %1", nullptr, user.activeSessions).arg(user.displayName);
    if (!capabilities.has(Capabilities::Capability::RevokeTokens))
        return sessions + u". "_s + capabilities.reason(Capabilities::Capability::RevokeTokens);
    return tr("%1 and reject the access tokens issued to them (Space)").arg(sessions);
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == FlagsColumn)
            return tr("Open flags: how many, and the most serious as a flag in its colour");
        if (section == SessionsColumn)
            return tr("Active sessions: not ended and not expired");
        if (section == DevicesColumn)
            return tr("Distinct devices among the active sessions");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case FlagsColumn:
        return tr("Flags");
    case SessionsColumn:
        return tr("Sessions");
    case DevicesColumn:
        return tr("Devices");
    case LastActivityColumn:
        return tr("Last activity");
    case LocationColumn:
        return tr("Last location");
    case ActionColumn:
        return tr("Action");
    default:
        return {};
    }
}

void UserTableModel::setFilterText(const QString &text)
{
    if (m_query.text == text)
        return;
    m_query.text = text;
    requery();
}

void UserTableModel::setStatusFilter(std::optional<UserStatus> status, bool flagged)
{
    if (m_query.status == status && m_query.flagged == flagged)
        return;
    m_query.status = status;
    m_query.flagged = flagged;
    requery();
}

QFuture<Result<Page<User>>> UserTableModel::fetch(const UserQuery &query)
{
    return source()->users(query);
}
