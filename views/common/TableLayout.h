#pragma once

#include <QStringList>

class QTableView;

// The common look of SessionDesk's tables: whole-row selection, no in-place editing, alternating
// rows tall enough for a button, hover tracking for button delegates, sortable headers.
class TableLayout final
{
public:
    static void configure(QTableView *table);
    // Sizes the first typicalValues.size() columns to fit their header (with the sort arrow) and a
    // typical value; stretchColumn takes what is left.
    static void fitColumns(QTableView *table, const QStringList &typicalValues, int stretchColumn);
};
