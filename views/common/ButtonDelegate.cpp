#include "views/common/ButtonDelegate.h"

#include "models/itemmodels/PagedModelBase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

QSize ButtonDelegate::buttonSize(const QWidget *widget, const QFontMetrics &metrics, const QString &text)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionButton button;
    button.text = text;
    button.fontMetrics = metrics;
    const QSize content(metrics.horizontalAdvance(text), metrics.height());
    return style->sizeFromContents(QStyle::CT_PushButton, &button, content, widget);
}

int ButtonDelegate::cellWidth(const QAbstractItemView *view, const QString &header, const QString &label)
{
    const int headerWidth = view->fontMetrics().horizontalAdvance(header) + 24;
    return qMax(headerWidth, buttonSize(view, view->fontMetrics(), label).width() + 16);
}

QRect ButtonDelegate::buttonRect(const QRect &cell, const QSize &hint)
{
    const QSize size(qMin(hint.width(), cell.width() - 4), qMin(hint.height(), cell.height() - 2));
    QRect rect(QPoint(), size);
    rect.moveCenter(cell.center());
    return rect;
}

void ButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The cell background (selection, alternating rows) without text.
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    QStyleOptionButton button;
    button.text = index.data(Qt::DisplayRole).toString();
    button.rect = buttonRect(option.rect, buttonSize(option.widget, option.fontMetrics, button.text));
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    const bool enabled = index.data(PagedModelBase::ActionEnabledRole).toBool();
    button.state = enabled ? QStyle::State_Enabled : QStyle::State_None;
    if (!enabled)
        button.palette.setCurrentColorGroup(QPalette::Disabled);
    if (enabled && (option.state & QStyle::State_MouseOver))
        button.state |= QStyle::State_MouseOver;
    if (enabled && m_pressed == index)
        button.state |= QStyle::State_Sunken;
    if ((option.state & QStyle::State_HasFocus) && enabled)
        button.state |= QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return buttonSize(option.widget, option.fontMetrics, index.data(Qt::DisplayRole).toString()) +
           QSize(12, 4);
}

ButtonDelegate::ButtonDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
{
    view->installEventFilter(this);
}

bool ButtonDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const auto *view = static_cast<QAbstractItemView *>(watched);
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || view->itemDelegateForColumn(current.column()) != this)
        return false;
    if (current.data(PagedModelBase::ActionEnabledRole).toBool())
        Q_EMIT clicked(current);
    return true;
}

bool ButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    const bool enabled = index.data(PagedModelBase::ActionEnabledRole).toBool();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect rect =
            buttonRect(option.rect, buttonSize(option.widget, option.fontMetrics, index.data().toString()));
        if (mouse->button() != Qt::LeftButton || !rect.contains(mouse->position().toPoint()))
            return false;
        m_pressed = enabled ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return true; // a press on the button, enabled or not, is not a row click
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect rect =
            buttonRect(option.rect, buttonSize(option.widget, option.fontMetrics, index.data().toString()));
        const bool wasPressed = m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (!rect.contains(mouse->position().toPoint()))
            return false;
        if (wasPressed && enabled)
            Q_EMIT clicked(index);
        return true;
    }
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Space && key->key() != Qt::Key_Select)
            return false;
        if (enabled)
            Q_EMIT clicked(index);
        return true;
    }
    default:
        return false;
    }
}
