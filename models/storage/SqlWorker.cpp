#include "models/storage/SqlWorker.h"

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
            // The worker's connection, and those a job opened beside it ("<name>-…").
            const QString name = m_db.connectionName();
            m_db.close();
            m_db = QSqlDatabase();
            if (!name.isEmpty()) {
                for (const QString &connection : QSqlDatabase::connectionNames()) {
                    if (connection == name || connection.startsWith(name + u'-')) {
                        QSqlDatabase::database(connection, false).close();
                        QSqlDatabase::removeDatabase(connection);
                    }
                }
            }
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}
