#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <type_traits>
#include <utility>

// The edits that turn one list of rows into another, matching rows by their `id`: removals,
// moves and insertions in the order a model must announce them, then the rows whose values changed.
// A pure function of its inputs, so it runs on any thread: the item models compute it where the
// answer arrives, off the GUI thread, and only replay it there.
struct RowEdit
{
    enum class Kind {
        Remove, // rows first..last
        Move,   // row first to position to (first > to)
        Insert, // a row at position to, taken from the new list
    };
    Kind kind = Kind::Remove;
    int first = 0;
    int last = 0;
    int to = 0;

    bool operator==(const RowEdit &) const = default;
};

template<typename Row>
struct RowDiff
{
    using Id = std::decay_t<decltype(std::declval<Row>().id)>;

    QList<RowEdit> edits; // positions as they are when each edit applies
    QList<int> changed;   // positions, in the new list, of kept rows whose values differ

    static RowDiff compute(const QList<Row> &before, const QList<Row> &after)
    {
        RowDiff diff;
        QSet<Id> afterIds;
        afterIds.reserve(after.size());
        for (const Row &row : after)
            afterIds.insert(row.id);

        QList<Id> ids; // the list as edited so far
        QHash<Id, int> beforeIndex;
        ids.reserve(before.size());
        beforeIndex.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            ids.append(before.at(i).id);
            beforeIndex.insert(before.at(i).id, i);
        }
        for (int i = int(ids.size()) - 1; i >= 0;) {
            if (afterIds.contains(ids.at(i))) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !afterIds.contains(ids.at(i)))
                --i;
            diff.edits.append({RowEdit::Kind::Remove, i + 1, last, 0});
            ids.remove(i + 1, last - i);
        }

        for (int i = 0; i < after.size(); ++i) {
            const Id &id = after.at(i).id;
            const auto old = beforeIndex.constFind(id);
            if (old == beforeIndex.cend()) {
                diff.edits.append({RowEdit::Kind::Insert, 0, 0, i});
                ids.insert(i, id);
                continue;
            }
            if (ids.at(i) != id) {
                int from = i + 1;
                while (ids.at(from) != id)
                    ++from;
                diff.edits.append({RowEdit::Kind::Move, from, from, i});
                ids.move(from, i);
            }
            if (!(before.at(*old) == after.at(i)))
                diff.changed.append(i);
        }
        return diff;
    }
};
