#include "views/common/EmptyNote.h"

#include "models/itemmodels/PagedModelBase.h"

#include <QEvent>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

EmptyNote::EmptyNote(QTableView *table, PagedModelBase *model, const QString &text)
    : QLabel(text, table->viewport())
    , m_table(table)
    , m_model(model)
{
    setObjectName(table->objectName() + u"EmptyNote"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    table->viewport()->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyNote::follow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyNote::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyNote::follow);
    connect(model, &PagedModelBase::loadingChanged, this, &EmptyNote::follow);
    follow();
}

bool EmptyNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    return QLabel::eventFilter(watched, event);
}

void EmptyNote::follow()
{
    setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    setVisible(m_model->rowCount() == 0 && !m_model->isLoading());
}
