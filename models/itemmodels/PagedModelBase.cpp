#include "models/itemmodels/PagedModelBase.h"

#include "models/sources/SessionSource.h"

PagedModelBase::PagedModelBase(SessionSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &SessionSource::changed, this, &PagedModelBase::refresh);
    // What the operator may do shows in the rows (enabled buttons).
    connect(source, &SessionSource::operatorChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void PagedModelBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedModelBase::setTotalCount(qint64 total)
{
    if (total < 0 || m_total == total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}
