#include "views/common/EmphasisDelegate.h"

#include "models/domain/User.h"
#include "models/itemmodels/PagedModelBase.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {

const QColor alertColour(0xa5, 0x1d, 0x2d);
const QColor warningColour(0xb3, 0x5c, 0x00);
const QColor mutedColour(0x6b, 0x6b, 0x6b);

// The flag icon in the severity's colour.
QIcon severityIcon(FlagSeverity severity)
{
    static QIcon icons[3];
    QIcon &icon = icons[int(severity)];
    if (!icon.isNull())
        return icon;
    const QColor colour = severity == FlagSeverity::High     ? alertColour
                          : severity == FlagSeverity::Medium ? warningColour
                                                             : mutedColour;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap = QIcon(QStringLiteral(":/icons/flag.svg")).pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const QVariant severity = index.data(PagedModelBase::SeverityRole); severity.isValid()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = severityIcon(FlagSeverity(severity.toInt()));
    }
    using Emphasis = PagedModelBase::Emphasis;
    switch (Emphasis(index.data(PagedModelBase::EmphasisRole).toInt())) {
    case Emphasis::None:
        return;
    case Emphasis::Alert:
        option->palette.setColor(QPalette::Text, alertColour);
        option->font.setBold(true);
        return;
    case Emphasis::Warning:
        option->palette.setColor(QPalette::Text, warningColour);
        return;
    case Emphasis::Muted:
        option->palette.setColor(QPalette::Text, mutedColour);
        return;
    }
}
