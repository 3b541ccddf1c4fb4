#include "models/storage/SqlTransaction.h"

#include "models/Logging.h"

using namespace Qt::Literals::StringLiterals;

std::optional<SourceError> SqlTransaction::begin(QSqlDatabase &db) const
{
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(db);
        // SQLite: take the write lock up front (see the header). PostgreSQL locks rows as it goes.
        auto error = Sql::exec(query, Sql::isPostgres(db) ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
        if (!error)
            return std::nullopt;
        if (error->code != SourceError::Code::Busy || attempt >= m_attempts) {
            if (error->code == SourceError::Code::Busy) {
                const double seconds = m_attempts * m_busyTimeoutMs / 1000.0;
                error->text = tr("The store is locked by another program; SessionDesk waited %1 s for it. "
                                 "Nothing was changed. Try again when the other program has finished.")
                                  .arg(seconds, 0, 'g', 3);
            }
            return error;
        }
        qCInfo(lcSql) << "store busy, retrying transaction, attempt" << attempt + 1 << "of" << m_attempts;
    }
}

std::optional<SourceError> SqlTransaction::commit(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"COMMIT"_s)) {
        rollback(db);
        return error;
    }
    return std::nullopt;
}

void SqlTransaction::rollback(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"ROLLBACK"_s))
        qCInfo(lcSql) << "rollback failed:" << query.lastError().text();
}
