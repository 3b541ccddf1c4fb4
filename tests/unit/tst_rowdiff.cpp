#include "models/itemmodels/RowDiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Row
{
    QString id;
    int value = 0;
    bool operator==(const Row &) const = default;
};

// "a b:2 c" -> rows a=0, b=2, c=0
QList<Row> rows(const QString &spec)
{
    QList<Row> list;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        list.append({parts.at(0), parts.value(1).toInt()});
    }
    return list;
}

QStringList ids(const QList<Row> &list)
{
    QStringList result;
    for (const Row &row : list)
        result.append(row.id);
    return result;
}

} // namespace

class tst_RowDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayReachesTheNewList_data();
    void replayReachesTheNewList();
};

void tst_RowDiff::replayReachesTheNewList_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("removals");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("insertions");
    QTest::addColumn<QList<int>>("changed");
    QTest::newRow("nothing") << u"a b c"_s << u"a b c"_s << 0 << 0 << 0 << QList<int>{};
    QTest::newRow("one value") << u"a b c"_s << u"a b:1 c"_s << 0 << 0 << 0 << QList<int>{1};
    QTest::newRow("values in a run") << u"a b c d"_s << u"a b:1 c:1 d"_s << 0 << 0 << 0 << QList<int>{1, 2};
    QTest::newRow("removed range") << u"a b c d e"_s << u"a e"_s << 1 << 0 << 0 << QList<int>{};
    QTest::newRow("removed apart") << u"a b c d e"_s << u"b d"_s << 3 << 0 << 0 << QList<int>{};
    QTest::newRow("inserted first") << u"b c"_s << u"a b c"_s << 0 << 0 << 1 << QList<int>{};
    QTest::newRow("inserted last") << u"a b"_s << u"a b c"_s << 0 << 0 << 1 << QList<int>{};
    QTest::newRow("moved up") << u"a b c d"_s << u"d a b c"_s << 0 << 1 << 0 << QList<int>{};
    QTest::newRow("moved and changed") << u"a b c"_s << u"c:5 a b"_s << 0 << 1 << 0 << QList<int>{0};
    QTest::newRow("everything") << u"a b:1 c d e"_s << u"x e b:2 y a"_s << 1 << 2 << 2 << QList<int>{2};
    QTest::newRow("from empty") << QString() << u"a b"_s << 0 << 0 << 2 << QList<int>{};
    QTest::newRow("to empty") << u"a b"_s << QString() << 1 << 0 << 0 << QList<int>{};
}

void tst_RowDiff::replayReachesTheNewList()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, removals);
    QFETCH(int, moves);
    QFETCH(int, insertions);
    QFETCH(QList<int>, changed);

    const QList<Row> oldRows = rows(before);
    const QList<Row> newRows = rows(after);
    const auto diff = RowDiff<Row>::compute(oldRows, newRows);

    // Replay the edits the way a model does; every step must be valid where it applies.
    QList<Row> replayed = oldRows;
    int counted[3] = {};
    for (const RowEdit &edit : diff.edits) {
        switch (edit.kind) {
        case RowEdit::Kind::Remove:
            QVERIFY(edit.first >= 0 && edit.first <= edit.last && edit.last < replayed.size());
            replayed.remove(edit.first, edit.last - edit.first + 1);
            ++counted[0];
            break;
        case RowEdit::Kind::Move:
            QVERIFY(edit.to >= 0 && edit.to < edit.first && edit.first < replayed.size());
            replayed.move(edit.first, edit.to);
            ++counted[1];
            break;
        case RowEdit::Kind::Insert:
            QVERIFY(edit.to >= 0 && edit.to <= replayed.size());
            replayed.insert(edit.to, newRows.at(edit.to));
            ++counted[2];
            break;
        }
    }
    QCOMPARE(ids(replayed), ids(newRows));
    QCOMPARE(counted[0], removals);
    QCOMPARE(counted[1], moves);
    QCOMPARE(counted[2], insertions);
    QCOMPARE(diff.changed, changed);
}

QTEST_APPLESS_MAIN(tst_RowDiff)
#include "tst_rowdiff.moc"
