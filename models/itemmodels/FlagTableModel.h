#pragma once

#include "models/domain/Flag.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/sources/FlagQuery.h"

// The Flagged page: suspicious-login findings, most recently seen first, fetched page by page.
class FlagTableModel final : public PagedTableModel<Flag, FlagQuery>
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        UserColumn,
        RuleColumn,
        ExplanationColumn,
        FirstSeenColumn,
        LastSeenColumn,
        StatusColumn,
        ColumnCount
    };

    explicit FlagTableModel(SessionSource *source, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Open and frozen flags only, or all.
    void setOpenOnly(bool openOnly);
    // One rule's flags; every rule's when none.
    void setRule(std::optional<Flag::Rule> rule);
    // One user's flags (the detail pane), read at once; an empty id empties the model.
    void setUserId(const QString &userId);

protected:
    QFuture<Result<Page<Flag>>> fetch(const FlagQuery &query) override;
    std::optional<FlagQuery::SortField> sortFieldOf(int column) const override;
};
