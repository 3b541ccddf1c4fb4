#include "models/itemmodels/SessionTableModel.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/SessionSource.h"

namespace {
constexpr std::optional<SessionQuery::SortField> sortFields[] = {
    std::nullopt, // the user: sessions are kept by user id, which says nothing to a person
    SessionQuery::SortField::Device,
    SessionQuery::SortField::IpAddress,
    SessionQuery::SortField::Location,
    std::nullopt, // the network: named after the sessions are read, never by the store
    SessionQuery::SortField::Started,
    SessionQuery::SortField::LastActivity,
    SessionQuery::SortField::Expires,
    SessionQuery::SortField::Status,
};
}

SessionTableModel::SessionTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<Session, SessionQuery>(source, parent)
{
    setPageSize(50);
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const Session &session = *loaded;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(session, index.column(), now);
    case Qt::ToolTipRole:
        return toolTip(session, index.column(), now);
    case EmphasisRole:
        if (!session.isActive(now) && index.column() != ActionColumn)
            return int(Emphasis::Muted);
        return {};
    case IdRole:
        return session.id;
    case RawValueRole:
        return rawData(session, index.column());
    case ActionEnabledRole:
        return session.isActive(now) && source()->capabilities().has(Capabilities::Capability::EndSession);
    default:
        return {};
    }
}

QVariant SessionTableModel::displayData(const Session &session, int column, const QDateTime &now) const
{
    switch (column) {
    case UserColumn:
        return session.userName.isEmpty() ? session.userEmail : session.userName;
    case DeviceColumn:
        return session.deviceSummary();
    case IpColumn:
        return DisplayFormat::address(session.origin.ip); // the tooltip has it as stored
    case LocationColumn:
        return DisplayFormat::place(session.origin.city, session.origin.country);
    case NetworkColumn:
        return session.origin.network;
    case StartedColumn:
        // Some applications do not record when a session started.
        return session.createdAt.isValid() ? DisplayFormat::relativeTime(session.createdAt, now)
                                           : tr("unknown");
    case LastActivityColumn:
        return DisplayFormat::relativeTime(session.lastSeenAt, now);
    case ExpiresColumn:
        return DisplayFormat::relativeTime(session.expiresAt, now);
    case StatusColumn:
        if (session.isActive(now))
            return tr("Active");
        return session.endReason ? Session::endReasonText(*session.endReason)
                                 : Session::endReasonText(EndReason::Expired);
    case ActionColumn:
        return tr("End");
    default:
        return {};
    }
}

QString SessionTableModel::toolTip(const Session &session, int column, const QDateTime &now) const
{
    switch (column) {
    case UserColumn:
        return session.userEmail;
    case DeviceColumn:
        return session.origin.userAgent;
    case IpColumn:
        return session.origin.ip;
    case LocationColumn:
        return DisplayFormat::placeToolTip(session.origin);
    case NetworkColumn:
        return DisplayFormat::networkToolTip(session.origin);
    case StartedColumn:
        return DisplayFormat::exactTime(session.createdAt);
    case LastActivityColumn:
        return DisplayFormat::exactTime(session.lastSeenAt);
    case ExpiresColumn:
        return DisplayFormat::exactTime(session.expiresAt);
    case StatusColumn:
        if (session.endedAt.isValid() && !session.endedBy.isEmpty())
            return tr("Ended %1 by %2").arg(DisplayFormat::exactTime(session.endedAt), session.endedBy);
        if (session.endedAt.isValid())
            return tr("Ended %1").arg(DisplayFormat::exactTime(session.endedAt));
        return {};
    case ActionColumn: {
        const Capabilities capabilities = source()->capabilities();
        if (!capabilities.has(Capabilities::Capability::EndSession))
            return capabilities.reason(Capabilities::Capability::EndSession);
        if (!session.isActive(now))
            return tr("This session has already ended.");
        if (session.thisConsole)
            return tr("This console is signed in with this session: ending it signs the console out.");
        return tr("End this session only; the user's other sessions stay signed in (Space)");
    }
    default:
        return {};
    }
}

QVariant SessionTableModel::rawData(const Session &session, int column) const
{
    switch (column) {
    case UserColumn:
        return session.userEmail;
    case DeviceColumn:
        return session.origin.userAgent;
    case IpColumn:
        return session.origin.ip;
    case LocationColumn:
        return session.origin.city;
    case NetworkColumn:
        return session.origin.network;
    case StartedColumn:
        return session.createdAt;
    case LastActivityColumn:
        return session.lastSeenAt;
    case ExpiresColumn:
        return session.expiresAt;
    case StatusColumn:
        return session.endedAt;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case DeviceColumn:
        return tr("Device");
    case IpColumn:
        return tr("IP address");
    case LocationColumn:
        return tr("Location");
    case NetworkColumn:
        return tr("Network");
    case StartedColumn:
        return tr("Started");
    case LastActivityColumn:
        return tr("Last activity");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case ActionColumn:
        return tr("Action");
    default:
        return {};
    }
}

std::optional<SessionQuery::SortField> SessionTableModel::sortFieldOf(int column) const
{
    if (column < 0 || column >= int(std::size(sortFields)))
        return std::nullopt;
    return sortFields[column];
}

void SessionTableModel::setUserId(const QString &userId)
{
    setSubject(&SessionQuery::userId, userId);
}

void SessionTableModel::searchAll(const SessionFilter &filter)
{
    SessionQuery query;
    query.filter = filter;
    search(query);
}

void SessionTableModel::setIncludeEnded(bool include)
{
    if (m_query.includeEnded == include)
        return;
    m_query.includeEnded = include;
    requery();
}

QFuture<Result<Page<Session>>> SessionTableModel::fetch(const SessionQuery &query)
{
    return source()->sessions(query);
}
