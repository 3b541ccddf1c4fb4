#pragma once

#include "models/domain/Flag.h"
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
        FlagsColumn, // open flags: their number, and the highest severity (SeverityRole)
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
    // The users of that status (everybody when none), and of those only the ones with open flags
    // when flagged (Capability::UserFlags).
    void setStatusFilter(std::optional<UserStatus> status, bool flagged = false);

protected:
    QFuture<Result<Page<User>>> fetch(const UserQuery &query) override;
    std::optional<UserQuery::SortField> sortFieldOf(int column) const override;

private:
    QVariant displayData(const User &user, int column) const;
    QVariant rawData(const User &user, int column) const;
    QString actionToolTip(const User &user) const;
    // "2 open flags, the most serious of severity High"
    static QString flagsText(const User &user);
};
