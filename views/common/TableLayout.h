#pragma once

#include <QList>
#include <QStringList>

class QTableView;

// The common look of SessionDesk's tables: whole-row selection, no in-place editing, alternating
// rows tall enough for a button, hover tracking for button delegates, sortable headers.
class TableLayout final
{
public:
    static void configure(QTableView *table);
    // Sizes the first typicalValues.size() columns to fit their header (with the sort arrow) and a
    // typical value. The elastic columns (long text) share what the table's width leaves, so that
    // every column stays in sight on a small screen (ColumnFitter).
    static void fitColumns(QTableView *table, const QStringList &typicalValues,
                           const QList<int> &elasticColumns);
};
