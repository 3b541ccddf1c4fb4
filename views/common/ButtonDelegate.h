#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Paints a push button in each cell of an action column (one delegate, never a widget per row).
// The label is the cell's DisplayRole, enabled state its PagedModelBase::ActionEnabledRole.
// Mouse clicks, and Space or Enter on the focused cell, emit clicked().
class ButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // view: the table whose action column(s) this delegate paints; it watches the view's keys.
    explicit ButtonDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button sits inside a cell rectangle.
    static QRect buttonRect(const QRect &cell, const QSize &hint);
    // A column width that fits the header and a button labelled label.
    static int cellWidth(const QAbstractItemView *view, const QString &header, const QString &label);

Q_SIGNALS:
    void clicked(const QModelIndex &index);

protected:
    // Enter and Return never reach a delegate (the view turns them into activated()), so the
    // delegate takes them from its view when the current cell is one of its buttons.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QSize buttonSize(const QWidget *widget, const QFontMetrics &metrics, const QString &text);

    QPersistentModelIndex m_pressed;
};
