#include "views/common/TableLayout.h"

#include "views/common/ColumnFitter.h"
#include "views/common/EmphasisDelegate.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

void TableLayout::configure(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setMouseTracking(true);
    table->setSortingEnabled(true);
    table->setItemDelegate(new EmphasisDelegate(table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight); // "Last act…", not "ast activi"
}

void TableLayout::fitColumns(QTableView *table, const QStringList &typicalValues,
                             const QList<int> &elasticColumns)
{
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics headerMetrics = table->horizontalHeader()->fontMetrics();
    const int arrow = table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, table);
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, table) + 16;
    for (int column = 0; column < typicalValues.size(); ++column) {
        const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(headerMetrics.horizontalAdvance(header) + arrow,
                               metrics.horizontalAdvance(typicalValues.at(column)));
        table->setColumnWidth(column, width + padding);
    }
    QHash<int, int> preferred;
    for (int column : elasticColumns)
        preferred.insert(column, table->columnWidth(column));
    // Fitted once the other columns have their widths (a row's buttons are sized after this).
    QMetaObject::invokeMethod(new ColumnFitter(table, preferred), &ColumnFitter::fit, Qt::QueuedConnection);
}
