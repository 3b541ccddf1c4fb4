#include "sources/sql/SqlWorker.h"

SqlWorker::SqlWorker(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SqlWorker::~SqlWorker()
{
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            const QString name = m_db.connectionName();
            m_db.close();
            m_db = QSqlDatabase();
            if (!name.isEmpty())
                QSqlDatabase::removeDatabase(name);
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}
