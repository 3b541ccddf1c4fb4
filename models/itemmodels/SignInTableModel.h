#pragma once

#include "models/domain/LoginEvent.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/SignInQuery.h"

// Sign-in attempts, newest first, failed ones standing out: one user's for the detail pane (which
// hides the user column), or everybody's, filtered, for the Sign-ins page.
class SignInTableModel final : public PagedTableModel<LoginEvent, SignInQuery>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ResultColumn,
        LocationColumn,
        DeviceColumn,
        IpColumn,
        NetworkColumn, // the organisation that owns the address's network (an ASN database's)
        ColumnCount
    };

    explicit SignInTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whose sign-ins to show; an empty id empties the model.
    void setUserId(const QString &userId);

protected:
    QFuture<Result<Page<LoginEvent>>> fetch(const SignInQuery &query) override;
    std::optional<SignInQuery::SortField> sortFieldOf(int column) const override;

private:
    QVariant displayData(const LoginEvent &event, int column, const QDateTime &now) const;
    QString toolTip(const LoginEvent &event, int column) const;
};
