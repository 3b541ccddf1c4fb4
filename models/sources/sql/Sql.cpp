#include "sources/sql/Sql.h"

#include "Logging.h"

using namespace Qt::Literals::StringLiterals;

std::optional<SourceError> Sql::exec(QSqlQuery &query, const QString &sql, const QVariantList &args)
{
    query.setForwardOnly(true);
    // Without arguments, run it as it is: PostgreSQL cannot prepare BEGIN or most DDL.
    if (args.isEmpty()) {
        if (!query.exec(sql))
            return error(query.lastError(), tr("Running a query"));
        return std::nullopt;
    }
    if (!query.prepare(sql))
        return error(query.lastError(), tr("Preparing a query"));
    for (int i = 0; i < args.size(); ++i)
        query.bindValue(i, args.at(i));
    if (!query.exec())
        return error(query.lastError(), tr("Running a query"));
    return std::nullopt;
}

SourceError Sql::error(const QSqlError &error, const QString &what)
{
    // SQLite reports extended result codes (at most four digits); the primary code is the low
    // byte. PostgreSQL reports five-character SQLSTATEs, which must not be read as SQLite's.
    const QString native = error.nativeErrorCode();
    const int code = native.size() <= 4 ? native.toInt() & 0xff : 0;
    const QString detail = error.text();
    qCInfo(lcSql).noquote() << what << "failed:" << detail << "(code" << error.nativeErrorCode() << ")";
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {SourceError::Code::Busy,
                tr("The store is locked by another program. Try again when it has finished."), detail};
    case 8: // SQLITE_READONLY
        return {SourceError::Code::PermissionDenied,
                tr("The store cannot be written: the file or its folder is read-only."), detail};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {SourceError::Code::Corrupt,
                tr("The store file is damaged or is not a database. SessionDesk does not repair stores; "
                   "restore it from a backup."),
                detail};
    case 13: // SQLITE_FULL
        return {SourceError::Code::Failed, tr("%1 failed: the disk is full.").arg(what), detail};
    case 19: // SQLITE_CONSTRAINT
        return {SourceError::Code::Conflict, tr("%1 failed: %2.").arg(what, error.databaseText()), detail};
    default:
        return {SourceError::Code::Failed,
                tr("%1 failed: %2.")
                    .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                detail};
    }
}

QString Sql::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}
