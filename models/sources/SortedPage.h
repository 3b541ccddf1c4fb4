#pragma once

#include "models/sources/Page.h"

#include <QVariant>

#include <algorithm>

// One page of rows a source sorted itself (REST APIs that answer everything at once, findings
// computed on the spot): by key in order, from the offset in cursor.
template<typename Row, typename Key>
Page<Row> sortedPage(QList<Row> rows, Key key, Qt::SortOrder order, const QVariant &cursor, int limit)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const auto compared = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    });
    Page<Row> page;
    page.total = rows.size();
    const int offset = cursor.toInt();
    page.rows = rows.mid(offset, limit);
    if (offset + page.rows.size() < rows.size())
        page.nextCursor = int(offset + page.rows.size());
    return page;
}
