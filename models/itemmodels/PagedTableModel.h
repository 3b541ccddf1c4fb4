#pragma once

#include "models/itemmodels/PagedModelBase.h"
#include "models/itemmodels/RowDiff.h"
#include "models/sources/Futures.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <optional>

// A table of rows fetched page by page from a SessionSource as the view scrolls
// (canFetchMore/fetchMore). Answers arrive asynchronously, one question at a time; an answer to a
// superseded question is dropped. The question is a Query (filter, sort, limit, cursor), answered
// by the source; subclasses say how to ask it and which column sorts by which field. Rows are
// identified by their `id`.
//
// The model holds only a window of pages: each page keeps the cursor that fetched it, and the
// rows of the pages used least recently beyond windowPages() are let go. A row whose page was let
// go reads as not loaded (loadedRow() is null) and its page is asked for again from its cursor, so
// scrolling far costs the memory of a few pages, not of every row passed.
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

    // A new filter (the query's other fields); the sort and page size stay as they are. Read at
    // once if the model has been started.
    void setFilter(Query filter)
    {
        assignFilter(std::move(filter));
        requery();
    }
    // A new filter, read at once (a page that shows what its filters find).
    void search(Query filter)
    {
        assignFilter(std::move(filter));
        reload();
    }
    // Empties the model without asking the source (no subject to show, or a filter
    // that is none).
    void clear()
    {
        ++m_generation;
        m_started = false;
        m_inFlight = false;
        m_refreshPending = false;
        m_reloadWanted = false;
        m_appendWanted = false;
        m_wanted.clear();
        setLoading(false);
        beginResetModel();
        m_blocks.clear();
        m_nextCursor = QVariant();
        updateOffsets();
        endResetModel();
        setTotalCount(0);
    }
    const Query &query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_nextCursor.isValid();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!parent.isValid() && m_nextCursor.isValid()) {
            m_appendWanted = true;
            next();
        }
    }

    void reload() override
    {
        ++m_generation; // whatever is in flight is answered for an older question
        m_inFlight = false;
        m_refreshPending = false;
        m_appendWanted = false;
        m_wanted.clear();
        m_reloadWanted = true;
        next();
    }

    void refresh() override
    {
        if (!m_started)
            return;
        if (m_inFlight)
            m_refreshPending = true;
        else
            wantLoadedPagesAgain();
    }

    // The row if its page is held; otherwise null, and the page is asked for again.
    const Row *loadedRow(int row) const
    {
        const int page = pageOf(row);
        if (page < 0)
            return nullptr;
        Block &block = m_blocks[page];
        block.lastUse = ++m_useClock;
        if (block.loaded)
            return &block.rows.at(row - m_offsets.at(page));
        auto *self = const_cast<PagedTableModel *>(this);
        if (!self->m_wanted.contains(page)) {
            self->m_wanted.insert(page);
            // Not from inside data(): a view reading rows must not see them change meanwhile.
            QMetaObject::invokeMethod(
                self,
                [self, generation = m_generation] {
                    if (generation == self->m_generation)
                        self->next();
                },
                Qt::QueuedConnection);
        }
        return nullptr;
    }
    // The row, or an empty one (no id) while its page is on its way.
    const Row &rowAt(int row) const
    {
        static const Row none{};
        const Row *loaded = loadedRow(row);
        return loaded ? *loaded : none;
    }
    // The row of the id among the rows held, or -1.
    int rowOf(const typename RowDiff<Row>::Id &id) const
    {
        for (int page = 0; page < m_blocks.size(); ++page) {
            const Block &block = m_blocks.at(page);
            for (int i = 0; block.loaded && i < block.rows.size(); ++i) {
                if (block.rows.at(i).id == id)
                    return m_offsets.at(page) + i;
            }
        }
        return -1;
    }
    // How many rows the model holds (the rows of the pages in its window).
    int loadedRowCount() const
    {
        int rows = 0;
        for (const Block &block : m_blocks)
            rows += block.loaded ? int(block.rows.size()) : 0;
        return rows;
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

    // Sets whose rows the model shows (field of the query, a user's id or address): the rows are
    // read again, or none are shown for an empty one.
    void setSubject(QString Query::*field, const QString &subject)
    {
        if (m_query.*field == subject)
            return;
        m_query.*field = subject;
        if (subject.isEmpty())
            clear();
        else
            reload();
    }

private:
    void assignFilter(Query filter)
    {
        filter.sortField = m_query.sortField;
        filter.order = m_query.order;
        filter.limit = m_query.limit;
        filter.cursor = QVariant();
        m_query = std::move(filter);
    }

    // One page: the cursor that fetched it, how many rows it covers, and its rows while held.
    struct Block
    {
        QVariant start;
        int count = 0;
        bool loaded = false;
        QList<Row> rows;
        quint64 lastUse = 0;
    };
    enum class Kind {
        Reload, // the first page, replacing everything
        Append, // the page after the last one
        Load,   // a page again, from its own cursor
    };
    // An answer, and for a page that was held the edits that turn its rows into the answer's.
    struct Answer
    {
        Result<Page<Row>> page;
        RowDiff<Row> diff;
    };

    // Starts the next question if none is in flight: a reload, then pages wanted in order (a
    // refresh goes down the pages, each starting where the one before now ends), then more rows.
    void next()
    {
        if (m_inFlight)
            return;
        if (m_reloadWanted) {
            m_reloadWanted = false;
            request(Kind::Reload, 0);
        } else if (!m_wanted.isEmpty()) {
            const int page = *std::min_element(m_wanted.cbegin(), m_wanted.cend());
            m_wanted.remove(page);
            request(Kind::Load, page);
        } else if (m_appendWanted) {
            m_appendWanted = false;
            if (m_nextCursor.isValid() || m_blocks.isEmpty())
                request(Kind::Append, int(m_blocks.size()));
        }
        if (!m_inFlight)
            setLoading(false);
    }

    void wantLoadedPagesAgain()
    {
        if (m_blocks.isEmpty())
            m_appendWanted = true; // nothing was there: ask from the start
        for (int page = 0; page < m_blocks.size(); ++page) {
            if (m_blocks.at(page).loaded)
                m_wanted.insert(page);
        }
        next();
    }

    void request(Kind kind, int page)
    {
        m_started = true;
        m_inFlight = true;
        const quint64 generation = m_generation;
        Query query = m_query;
        QList<Row> shown;
        bool wasLoaded = false;
        if (kind == Kind::Reload) {
            query.cursor = QVariant();
            query.limit = pageSize();
        } else if (kind == Kind::Append) {
            query.cursor = m_blocks.isEmpty() ? QVariant() : m_nextCursor;
            query.limit = pageSize();
        } else {
            const Block &block = m_blocks.at(page);
            query.cursor = block.start;
            // The last page may grow up to a page; the others keep their size, so that the rows
            // after them stay where they are.
            query.limit = page == m_blocks.size() - 1 ? qMax(pageSize(), block.count) : block.count;
            wasLoaded = block.loaded;
            shown = block.rows;
        }
        setLoading(true);
        // The diff runs where the answer is produced (the source's thread), on a shared copy of
        // the page's rows: they cannot change meanwhile, since nothing else is asked while a
        // question is in flight and a reload drops this answer.
        auto answer = fetch(query).then([wasLoaded, shown](const Result<Page<Row>> &result) {
            Answer answered{result, {}};
            if (wasLoaded && result.ok())
                answered.diff = RowDiff<Row>::compute(shown, result.value().rows);
            return answered;
        });
        Futures::onResult(
            answer, this,
            [this, kind, page, wasLoaded, start = query.cursor, generation](const Answer &answered) {
                if (generation != m_generation)
                    return;
                m_inFlight = false;
                if (answered.page.ok()) {
                    apply(kind, page, wasLoaded, start, answered.page.value(), answered.diff);
                } else {
                    Q_EMIT errorOccurred(answered.page.error());
                    m_wanted.clear();
                }
                if (m_refreshPending) {
                    m_refreshPending = false;
                    wantLoadedPagesAgain();
                } else {
                    next();
                }
            });
    }

    void apply(Kind kind, int page, bool wasLoaded, const QVariant &start, const Page<Row> &answer,
               const RowDiff<Row> &diff)
    {
        // State first, signals after: a view may call fetchMore() from rowsInserted.
        switch (kind) {
        case Kind::Reload:
            beginResetModel();
            m_blocks = {Block{QVariant(), int(answer.rows.size()), true, answer.rows, ++m_useClock}};
            m_nextCursor = answer.nextCursor;
            updateOffsets();
            endResetModel();
            break;
        case Kind::Append:
            m_nextCursor = answer.nextCursor;
            if (!answer.rows.isEmpty()) {
                beginInsertRows({}, m_rowCount, int(m_rowCount + answer.rows.size() - 1));
                m_blocks.append(Block{start, int(answer.rows.size()), true, answer.rows, ++m_useClock});
                updateOffsets();
                endInsertRows();
            }
            break;
        case Kind::Load:
            if (wasLoaded)
                replay(page, diff, answer.rows);
            else
                fill(page, answer.rows);
            follow(page, answer.nextCursor);
            break;
        }
        if (answer.total >= 0)
            setTotalCount(answer.total);
        letGo(kind == Kind::Load ? page : int(m_blocks.size()) - 1);
        Q_EMIT pageLoaded();
    }

    // The page after `page` now starts where this one ends; if nothing comes after it any more,
    // the pages after it go.
    void follow(int page, const QVariant &nextCursor)
    {
        if (page == m_blocks.size() - 1) {
            m_nextCursor = nextCursor;
        } else if (!nextCursor.isValid()) {
            const int first = m_offsets.at(page + 1);
            const bool rowsGo = first < m_rowCount;
            if (rowsGo)
                beginRemoveRows({}, first, m_rowCount - 1);
            m_blocks.resize(page + 1);
            updateOffsets();
            if (rowsGo)
                endRemoveRows();
            m_nextCursor = QVariant();
            m_wanted.removeIf([page](int wanted) { return wanted > page; });
        } else if (m_blocks.at(page + 1).start != nextCursor) {
            m_blocks[page + 1].start = nextCursor;
            if (m_blocks.at(page + 1).loaded)
                m_wanted.insert(page + 1);
        }
    }

    // A page that was let go comes back: its rows, more or fewer if the source changed meanwhile.
    void fill(int page, const QList<Row> &rows)
    {
        Block &block = m_blocks[page];
        const int first = m_offsets.at(page);
        const int count = int(rows.size());
        if (count > block.count) {
            beginInsertRows({}, first + block.count, first + count - 1);
            block.count = count;
            updateOffsets();
            endInsertRows();
        } else if (count < block.count) {
            beginRemoveRows({}, first + count, first + block.count - 1);
            block.count = count;
            updateOffsets();
            endRemoveRows();
        }
        block.rows = rows;
        block.loaded = true;
        block.lastUse = ++m_useClock;
        if (count > 0)
            Q_EMIT dataChanged(index(first, 0), index(first + count - 1, columnCount() - 1));
    }

    // Announces diff's edits one by one, so that rows which stay keep their identity for
    // selections and persistent indexes, then takes the new rows and announces changed values.
    void replay(int page, const RowDiff<Row> &diff, const QList<Row> &rows)
    {
        Block &block = m_blocks[page];
        const int first = m_offsets.at(page);
        for (const RowEdit &edit : diff.edits) {
            switch (edit.kind) {
            case RowEdit::Kind::Remove:
                beginRemoveRows({}, first + edit.first, first + edit.last);
                block.rows.remove(edit.first, edit.last - edit.first + 1);
                block.count = int(block.rows.size());
                updateOffsets();
                endRemoveRows();
                break;
            case RowEdit::Kind::Move:
                beginMoveRows({}, first + edit.first, first + edit.first, {}, first + edit.to);
                block.rows.move(edit.first, edit.to);
                endMoveRows();
                break;
            case RowEdit::Kind::Insert:
                beginInsertRows({}, first + edit.to, first + edit.to);
                block.rows.insert(edit.to, rows.at(edit.to));
                block.count = int(block.rows.size());
                updateOffsets();
                endInsertRows();
                break;
            }
        }
        block.rows = rows; // same ids in the same order now; this brings the new values
        for (int start = 0; start < diff.changed.size();) {
            int end = start;
            while (end + 1 < diff.changed.size() && diff.changed.at(end + 1) == diff.changed.at(end) + 1)
                ++end;
            Q_EMIT dataChanged(index(first + diff.changed.at(start), 0),
                               index(first + diff.changed.at(end), columnCount() - 1));
            start = end + 1;
        }
    }

    // Lets go of the rows of the pages used least recently beyond the window, never `kept`'s.
    void letGo(int kept)
    {
        QList<int> loaded;
        for (int page = 0; page < m_blocks.size(); ++page) {
            if (m_blocks.at(page).loaded && page != kept)
                loaded.append(page);
        }
        if (loaded.size() < windowPages())
            return;
        std::sort(loaded.begin(), loaded.end(),
                  [this](int a, int b) { return m_blocks.at(a).lastUse < m_blocks.at(b).lastUse; });
        for (qsizetype i = 0; i < loaded.size() - (windowPages() - 1); ++i) {
            Block &block = m_blocks[loaded.at(i)];
            block.loaded = false;
            block.rows = QList<Row>();
        }
    }

    int pageOf(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return -1;
        const auto after = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), row);
        return int(after - m_offsets.cbegin()) - 1;
    }

    void updateOffsets()
    {
        m_offsets.resize(m_blocks.size());
        int offset = 0;
        for (int page = 0; page < m_blocks.size(); ++page) {
            m_offsets[page] = offset;
            offset += m_blocks.at(page).count;
        }
        m_rowCount = offset;
    }

    mutable QList<Block> m_blocks;
    QList<int> m_offsets; // the first row of each page
    int m_rowCount = 0;
    QVariant m_nextCursor; // after the last page; invalid when the source has no more rows
    QSet<int> m_wanted;    // pages to ask for (again)
    mutable quint64 m_useClock = 0;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_inFlight = false;
    bool m_reloadWanted = false;
    bool m_appendWanted = false;
    bool m_refreshPending = false;
};
