#pragma once

#include "models/domain/Session.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/SessionQuery.h"

// One user's sessions for the detail pane, or the active sessions of all users that a filter
// matches for the Sessions page (whose user the User column names), with an "End" action per
// active session.
class SessionTableModel final : public PagedTableModel<Session, SessionQuery>
{
    Q_OBJECT

public:
    enum Column {
        UserColumn, // the Sessions page's; the pane, showing one user's, hides it
        DeviceColumn,
        IpColumn,
        LocationColumn,
        NetworkColumn, // the organisation that owns the address's network (an ASN database's)
        StartedColumn,
        LastActivityColumn,
        ExpiresColumn,
        StatusColumn,
        ActionColumn,
        ColumnCount
    };

    explicit SessionTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whose sessions to show; an empty id empties the model.
    void setUserId(const QString &userId);
    QString userId() const { return m_query.userId; }
    void setIncludeEnded(bool include);
    // The active sessions of all users that filter matches (Capability::SearchSessions), read at once.
    void searchAll(const SessionFilter &filter);

protected:
    QFuture<Result<Page<Session>>> fetch(const SessionQuery &query) override;
    std::optional<SessionQuery::SortField> sortFieldOf(int column) const override;

private:
    QVariant displayData(const Session &session, int column, const QDateTime &now) const;
    QVariant rawData(const Session &session, int column) const;
    QString toolTip(const Session &session, int column, const QDateTime &now) const;
};
