#pragma once

#include <QList>
#include <QVariant>

// One page of a query. nextCursor is opaque to callers (keyset values for SQL sources, an offset
// for REST APIs that only page by offset) and invalid on the last page.
template<typename Row>
struct Page
{
    QList<Row> rows;
    qint64 total = -1; // matching rows in the whole source, counted by the source
    QVariant nextCursor;

    bool hasMore() const { return nextCursor.isValid(); }
};
