#pragma once

#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/storage/Sql.h"
#include "models/storage/StringPool.h"

#include <QSqlQuery>
#include <QSqlRecord>

// Keyset paging over SQL: the condition for the rows after a cursor, and a page fetched with
// one row more than asked to learn whether another follows.
class SqlPage final
{
public:
    // Rows after the cursor (sort value, id) in the given order. Written as a bound on the sort
    // column plus a tie-break rather than as a row value, so that SQLite seeks in the index even
    // for COLLATE NOCASE columns instead of scanning up to the cursor.
    static QString keysetCondition(const QString &sortColumn, const QString &idColumn, Qt::SortOrder order);
    static QVariantList keysetArgs(const QVariant &cursor);
    // ASC or DESC, for ORDER BY.
    static QString direction(Qt::SortOrder order);

    // Runs select (whose last column is the sort key and whose id is column 0) and counts the
    // total with count when it is given (first pages).
    template<typename Row, typename RowFrom>
    static Result<Page<Row>> fetch(QSqlDatabase &db, const QString &select, const QVariantList &args,
                                   int limit, const QString &count, const QVariantList &countArgs,
                                   RowFrom rowFrom)
    {
        Page<Row> page;
        QSqlQuery query(db);
        if (auto error = Sql::exec(query, select, args + QVariantList{limit + 1}))
            return *error;
        QVariant lastKey;
        QVariant lastId;
        StringPool pool;
        const int keyColumn = query.record().count() - 1;
        while (query.next()) {
            if (page.rows.size() == limit) {
                page.nextCursor = QVariantList{lastKey, lastId};
                break;
            }
            page.rows.append(rowFrom(query, pool));
            lastKey = query.value(keyColumn);
            lastId = query.value(0);
        }
        if (!count.isEmpty()) {
            if (auto error = Sql::exec(query, count, countArgs))
                return *error;
            query.next();
            page.total = query.value(0).toLongLong();
        }
        return page;
    }
};
