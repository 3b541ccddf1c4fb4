#pragma once

#include "models/domain/EndedSession.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/EndedSessionQuery.h"

// The sessions operators ended, with whose they were, who ended them and why, fetched page by
// page from the source (the Audit page's "Ended sessions" tab).
class EndedSessionTableModel final : public PagedTableModel<EndedSession, EndedSessionQuery>
{
    Q_OBJECT

public:
    enum Column {
        EndedColumn,
        UserColumn,
        OperatorColumn,
        HowColumn,
        ReasonColumn,
        TicketColumn,
        EntryColumn,
        DeviceColumn, // with the address and place in its tooltip
        ColumnCount
    };

    explicit EndedSessionTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QFuture<Result<Page<EndedSession>>> fetch(const EndedSessionQuery &query) override;
    std::optional<EndedSessionQuery::SortField> sortFieldOf(int column) const override;
};
