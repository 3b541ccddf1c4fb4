#include "views/common/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <limits>

namespace {

// How narrow an elastic column may get: room for a few characters and the ellipsis.
int minimumWidth(const QTableView *table)
{
    return table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4;
}

} // namespace

ColumnFitter::ColumnFitter(QTableView *table, const QHash<int, int> &preferred)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
    , m_preferred(preferred)
{
    for (auto it = m_preferred.cbegin(); it != m_preferred.cend(); ++it)
        table->horizontalHeader()->setSectionResizeMode(it.key(), QHeaderView::Interactive);
    m_viewport->installEventFilter(this);
    // A column hidden or shown (what the source records, known after signing in) leaves or takes
    // room; a column the user drags keeps its width.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int, int oldSize, int newSize) {
                if ((oldSize == 0 || newSize == 0) && !m_fitting)
                    QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
            });
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Not m_table->viewport(): while the table is being destroyed it is no longer a table.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    if (m_fitting || !m_table->model())
        return;
    m_fitting = true;
    const QHeaderView *header = m_table->horizontalHeader();
    int fixed = 0;
    int elastic = 0;
    QList<int> widths; // of the elastic columns in sight
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (m_preferred.contains(column)) {
            elastic += m_preferred.value(column);
            widths << m_preferred.value(column);
        } else {
            fixed += header->sectionSize(column);
        }
    }
    const int room = m_table->viewport()->width() - fixed;
    const int minimum = minimumWidth(m_table);
    // Short of room, the widest give up first: each column keeps its preferred width up to a cap
    // chosen so that together they fill the room (a name column is not squeezed to nothing for
    // the sake of a long explanation). With room to spare, they share it in proportion.
    int cap = std::numeric_limits<int>::max();
    if (room < elastic) {
        std::sort(widths.begin(), widths.end());
        int remaining = room;
        qsizetype left = widths.size();
        for (const int width : std::as_const(widths)) {
            if (qint64(width) * left > remaining) {
                cap = remaining / int(left);
                break;
            }
            remaining -= width;
            --left;
        }
    }
    for (auto it = m_preferred.cbegin(); it != m_preferred.cend(); ++it) {
        const int share = room < elastic ? std::min(it.value(), cap)
                          : elastic > 0  ? int(qint64(room) * it.value() / elastic)
                                         : it.value();
        m_table->setColumnWidth(it.key(), std::max(minimum, share));
    }
    m_fitting = false;
}
