#pragma once

#include "itemmodels/PagedModelBase.h"
#include "sources/Futures.h"
#include "sources/Page.h"
#include "sources/Result.h"

#include <QFuture>
#include <QSet>

#include <optional>

// A table of rows fetched page by page from a SessionSource as the view scrolls
// (canFetchMore/fetchMore). Answers arrive asynchronously; an answer to a superseded request is
// dropped. The question is a Query (filter, sort, limit, cursor), answered by the source;
// subclasses say how to ask it, which column sorts by which field, and how a row is identified.
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
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (idOf(m_rows.at(i)) == id)
                return i;
        }
        return -1;
    }

protected:
    virtual QFuture<Result<Page<Row>>> fetch(const Query &query) = 0;
    // The field a column sorts by; none for columns that do not sort (actions).
    virtual std::optional<typename Query::SortField> sortFieldOf(int column) const = 0;
    virtual QString idOf(const Row &row) const = 0;

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

    void request(Kind kind)
    {
        m_started = true;
        const quint64 generation = m_generation;
        Query query = m_query;
        query.cursor = kind == Kind::FetchMore ? m_nextCursor : QVariant();
        query.limit = kind == Kind::Refresh ? qMax(pageSize(), int(m_rows.size())) : pageSize();
        setLoading(true);
        Futures::onResult(fetch(query), this, [this, kind, generation](const Result<Page<Row>> &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (result.ok())
                apply(kind, result.value());
            else
                Q_EMIT errorOccurred(result.error());
            if (m_refreshPending) {
                m_refreshPending = false;
                request(Kind::Refresh);
            }
        });
    }

    void apply(Kind kind, const Page<Row> &page)
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
            sync(page.rows);
            break;
        }
        if (page.total >= 0)
            setTotalCount(page.total);
        Q_EMIT pageLoaded();
    }

    // Turns m_rows into fresh with removals, moves, insertions and dataChanged for rows whose
    // values changed: rows that stay keep their identity for selections and persistent indexes.
    void sync(const QList<Row> &fresh)
    {
        QSet<QString> freshIds;
        for (const Row &row : fresh)
            freshIds.insert(idOf(row));
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (freshIds.contains(idOf(m_rows.at(i)))) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !freshIds.contains(idOf(m_rows.at(i))))
                --i;
            beginRemoveRows({}, i + 1, last);
            m_rows.remove(i + 1, last - i);
            endRemoveRows();
        }

        QSet<QString> present;
        for (const Row &row : std::as_const(m_rows))
            present.insert(idOf(row));
        QList<int> changed; // positions before i never move again, so these stay valid
        for (int i = 0; i < fresh.size(); ++i) {
            const QString id = idOf(fresh.at(i));
            if (i < m_rows.size() && idOf(m_rows.at(i)) == id) {
                // in place
            } else if (present.contains(id)) {
                int from = i + 1;
                while (idOf(m_rows.at(from)) != id)
                    ++from;
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, fresh.at(i));
                endInsertRows();
                continue;
            }
            if (!(m_rows.at(i) == fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                changed.append(i);
            }
        }
        for (int start = 0; start < changed.size();) {
            int end = start;
            while (end + 1 < changed.size() && changed.at(end + 1) == changed.at(end) + 1)
                ++end;
            Q_EMIT dataChanged(index(changed.at(start), 0), index(changed.at(end), columnCount() - 1));
            start = end + 1;
        }
    }

    QList<Row> m_rows;
    QVariant m_nextCursor;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_refreshPending = false;
};
