#include "models/storage/SqliteStoreFile.h"

#include "models/storage/Sql.h"
#include "models/storage/SqlTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

std::optional<SourceError> SqliteStoreFile::connect(QSqlDatabase &db, const QString &connectionName,
                                                    const QString &path, int busyTimeoutMs)
{
    db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!db.open())
        return Sql::error(db.lastError(), tr("Opening the store"));
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s);
    Sql::addFunctions(db);
    return std::nullopt;
}

Result<SqliteStoreFile::Opened> SqliteStoreFile::open(QSqlDatabase &db, const QString &connectionName,
                                                      const QString &path, bool createIfMissing,
                                                      const SqlTransaction &transaction, int busyTimeoutMs,
                                                      const QHash<int, StoreMigrator::Step> &steps)
{
    const QFileInfo file(path);
    Opened info;
    info.path = file.absoluteFilePath();
    if (!file.exists()) {
        if (!createIfMissing)
            return SourceError{
                SourceError::Code::NotFound, tr("There is no store at %1.").arg(info.path), {}};
        if (!QDir().mkpath(file.absolutePath()))
            return SourceError{SourceError::Code::Failed,
                               tr("The folder %1 cannot be created.").arg(file.absolutePath()),
                               {}};
    } else if (file.isDir()) {
        return SourceError{
            SourceError::Code::NotFound, tr("%1 is a folder, not a store file.").arg(info.path), {}};
    } else if (file.size() == 0) {
        // Never written into without saying so: an empty file may be a mistake (a name typed
        // for another file, a copy that failed).
        return SourceError{SourceError::Code::NotFound,
                           tr("%1 is an empty file, not a SessionDesk store; nothing was written to it. "
                              "Remove it, or name a file that does not exist to create a new store there.")
                               .arg(info.path),
                           {}};
    } else if (!file.isWritable() ||
               !(file.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther))) {
        return SourceError{SourceError::Code::PermissionDenied,
                           tr("The store %1 is read-only. SessionDesk records every action in the store "
                              "itself, so it opens only stores it can write to.")
                               .arg(info.path),
                           {}};
    }
    if (auto error = connect(db, connectionName, path, busyTimeoutMs))
        return *error;
    auto migrated = StoreMigrator(u":/sql/sqlite"_s, steps).migrate(db, createIfMissing, transaction);
    if (!migrated.ok()) {
        db.close();
        SourceError error = migrated.error();
        error.text = tr("Cannot open %1: %2").arg(info.path, error.text);
        return error;
    }
    info.schemaVersion = migrated.value().toVersion;
    info.created = migrated.value().fromVersion == 0;
    if (info.created) {
        // Sessions are personal data; WAL lets the application write while the console reads.
        QFile::setPermissions(info.path, QFile::ReadOwner | QFile::WriteOwner);
        QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
    }
    return info;
}

QStringList SqliteStoreFile::withCompanions(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    const QString absolute = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    return {absolute, absolute + u"-wal"_s, absolute + u"-shm"_s, absolute + u"-journal"_s};
}
