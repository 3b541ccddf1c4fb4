#include "views/common/EmphasisDelegate.h"

#include "models/itemmodels/PagedModelBase.h"

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Emphasis = PagedModelBase::Emphasis;
    switch (Emphasis(index.data(PagedModelBase::EmphasisRole).toInt())) {
    case Emphasis::None:
        return;
    case Emphasis::Alert:
        option->palette.setColor(QPalette::Text, QColor(0xa5, 0x1d, 0x2d));
        option->font.setBold(true);
        return;
    case Emphasis::Warning:
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x5c, 0x00));
        return;
    case Emphasis::Muted:
        option->palette.setColor(QPalette::Text, QColor(0x6b, 0x6b, 0x6b));
        return;
    }
}
