#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

// Keeps a table's columns within its width, so that the columns at the right (a row's buttons)
// stay in sight on a small screen: while every column fits at its preferred width, the elastic
// columns (long text, elided when short of room) share what is left over in proportion; when they
// do not fit, the widest elastic columns give up what is missing first, down to a minimum. Refits
// whenever the table's viewport changes size.
class ColumnFitter final : public QObject
{
public:
    // preferred: the elastic columns' preferred widths; the other columns keep theirs.
    ColumnFitter(QTableView *table, const QHash<int, int> &preferred);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    QObject *m_viewport; // the table's, compared with only
    QHash<int, int> m_preferred;
    bool m_fitting = false;
};
