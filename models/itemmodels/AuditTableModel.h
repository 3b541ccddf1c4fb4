#pragma once

#include "models/domain/AuditEntry.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/AuditQuery.h"

// The Audit page: the trail's entries, filtered and sorted by the source, fetched page by page.
class AuditTableModel final : public PagedTableModel<AuditEntry, AuditQuery>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        UserColumn,
        CountColumn,
        OutcomeColumn,
        ReasonColumn,
        TicketColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit AuditTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The entries about one user (their id or address; the detail pane), read at once; empty
    // empties the model.
    void setTargetUser(const QString &user);

protected:
    QFuture<Result<Page<AuditEntry>>> fetch(const AuditQuery &query) override;
    std::optional<AuditQuery::SortField> sortFieldOf(int column) const override;
};
