#pragma once

#include "models/domain/User.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/UserQuery.h"

// The Users page: one row per user, sorted and filtered by the source, fetched page by page.
// The last column holds the per-row "Log out" action, painted by a button delegate.
class UserTableModel final : public PagedTableModel<User, UserQuery>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,
        StatusColumn,
        SessionsColumn,
        DevicesColumn,
        LastActivityColumn,
        LocationColumn,
        ActionColumn,
        ColumnCount
    };

    explicit UserTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilterText(const QString &text);
    void setStatusFilter(std::optional<UserStatus> status);

protected:
    QFuture<Result<Page<User>>> fetch(const UserQuery &query) override;
    std::optional<UserQuery::SortField> sortFieldOf(int column) const override;

private:
    QVariant displayData(const User &user, int column) const;
    QVariant rawData(const User &user, int column) const;
    QString actionToolTip(const User &user) const;
};
