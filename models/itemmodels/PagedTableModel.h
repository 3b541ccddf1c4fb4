#pragma once

#include "itemmodels/PagedModelBase.h"
#include "itemmodels/RowDiff.h"
#include "sources/Futures.h"
#include "sources/Page.h"
#include "sources/Result.h"

#include <QFuture>
#include <QSet>

#include <optional>

// A table of rows fetched page by page from a SessionSource as the view scrolls
// (canFetchMore/fetchMore). Answers arrive asynchronously; an answer to a superseded request is
// dropped. The question is a Query (filter, sort, limit, cursor), answered by the source;
// subclasses say how to ask it and which column sorts by which field. Rows are identified by
// their `id`.
template<typename Row, typename Query>
class PagedTableModel : public PagedModelBase
{
public:
    using PagedModelBase::PagedModelBase;

    // Sorting happens in the source: a new sort asks for the first page again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        const auto field = sortFieldOf(column);
        if (!field || (m_query.sortField == *field && m_query.order == order))
            return;
        m_query.sortField = *field;
        m_query.order = order;
        requery();
    }

    // A new filter (the query's other fields); the sort and page size stay as they are.
    void setFilter(Query filter)
    {
        filter.sortField = m_query.sortField;
        filter.order = m_query.order;
        filter.limit = m_query.limit;
        filter.cursor = QVariant();
        m_query = filter;
        requery();
    }
    const Query &query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_nextCursor.isValid();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!parent.isValid() && m_nextCursor.isValid() && !isLoading())
            request(Kind::FetchMore);
    }

    void reload() override
    {
        ++m_generation; // whatever is in flight is answered for an older question
        m_refreshPending = false;
        request(Kind::Reload);
    }

    void refresh() override
    {
        if (!m_started)
            return;
        if (isLoading())
            m_refreshPending = true;
        else
            request(Kind::Refresh);
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const typename RowDiff<Row>::Id &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

protected:
    virtual QFuture<Result<Page<Row>>> fetch(const Query &query) = 0;
    // The field a column sorts by; none for columns that do not sort (actions).
    virtual std::optional<typename Query::SortField> sortFieldOf(int column) const = 0;

    Query m_query;

    // The question changed (sort, filter): ask again if the model has been started.
    void requery()
    {
        if (m_started)
            reload();
    }

    // Empties the model without asking the source (no subject to show).
    void clear()
    {
        ++m_generation;
        m_started = false;
        m_refreshPending = false;
        setLoading(false);
        beginResetModel();
        m_rows.clear();
        m_nextCursor = QVariant();
        endResetModel();
        setTotalCount(0);
    }

private:
    enum class Kind {
        Reload,
        FetchMore,
        Refresh,
    };

    // An answer, and for a refresh the edits that turn the rows shown into it.
    struct Answer
    {
        Result<Page<Row>> page;
        RowDiff<Row> diff;
    };

    void request(Kind kind)
    {
        m_started = true;
        const quint64 generation = m_generation;
        Query query = m_query;
        query.cursor = kind == Kind::FetchMore ? m_nextCursor : QVariant();
        query.limit = kind == Kind::Refresh ? qMax(pageSize(), int(m_rows.size())) : pageSize();
        setLoading(true);
        // The diff runs where the answer is produced (the source's thread), on a shared copy of
        // the rows: the rows cannot change meanwhile, since nothing else is asked while loading
        // and a reload drops this answer.
        auto answer = fetch(query).then([kind, shown = m_rows](const Result<Page<Row>> &page) {
            Answer result{page, {}};
            if (kind == Kind::Refresh && page.ok())
                result.diff = RowDiff<Row>::compute(shown, page.value().rows);
            return result;
        });
        Futures::onResult(answer, this, [this, kind, generation](const Answer &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (result.page.ok())
                apply(kind, result.page.value(), result.diff);
            else
                Q_EMIT errorOccurred(result.page.error());
            if (m_refreshPending) {
                m_refreshPending = false;
                request(Kind::Refresh);
            }
        });
    }

    void apply(Kind kind, const Page<Row> &page, const RowDiff<Row> &diff)
    {
        // State first, signals after: a view may call fetchMore() from rowsInserted.
        m_nextCursor = page.nextCursor;
        switch (kind) {
        case Kind::Reload:
            beginResetModel();
            m_rows = page.rows;
            endResetModel();
            break;
        case Kind::FetchMore:
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                m_rows.append(page.rows);
                endInsertRows();
            }
            break;
        case Kind::Refresh:
            replay(diff, page.rows);
            break;
        }
        if (page.total >= 0)
            setTotalCount(page.total);
        Q_EMIT pageLoaded();
    }

    // Announces diff's edits one by one, so that rows which stay keep their identity for
    // selections and persistent indexes, then takes the new rows and announces changed values.
    void replay(const RowDiff<Row> &diff, const QList<Row> &rows)
    {
        for (const RowEdit &edit : diff.edits) {
            switch (edit.kind) {
            case RowEdit::Kind::Remove:
                beginRemoveRows({}, edit.first, edit.last);
                m_rows.remove(edit.first, edit.last - edit.first + 1);
                endRemoveRows();
                break;
            case RowEdit::Kind::Move:
                beginMoveRows({}, edit.first, edit.first, {}, edit.to);
                m_rows.move(edit.first, edit.to);
                endMoveRows();
                break;
            case RowEdit::Kind::Insert:
                beginInsertRows({}, edit.to, edit.to);
                m_rows.insert(edit.to, rows.at(edit.to));
                endInsertRows();
                break;
            }
        }
        m_rows = rows; // same ids in the same order now; this brings the new values
        for (int start = 0; start < diff.changed.size();) {
            int end = start;
            while (end + 1 < diff.changed.size() && diff.changed.at(end + 1) == diff.changed.at(end) + 1)
                ++end;
            Q_EMIT dataChanged(index(diff.changed.at(start), 0),
                               index(diff.changed.at(end), columnCount() - 1));
            start = end + 1;
        }
    }

    QList<Row> m_rows;
    QVariant m_nextCursor;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_refreshPending = false;
};
