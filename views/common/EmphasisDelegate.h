#pragma once

#include <QStyledItemDelegate>

// Colours what an item model marks with PagedModelBase::EmphasisRole: alerts in red and bold,
// warnings in amber, what is no longer current in grey; and shows a flag severity
// (PagedModelBase::SeverityRole) as a flag in the same colours (grey for low). The models say what
// stands out; the colours are the views'.
class EmphasisDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
