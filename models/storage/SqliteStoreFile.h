#pragma once

#include "models/sources/Result.h"
#include "models/storage/StoreMigrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class SqlTransaction;

// A SessionDesk database in an SQLite file: the native store, or the local journal of a source
// without a trail. Refuses what is not a usable store file (missing unless it may be created, a
// folder, an empty file, a read-only one), opens the connection as SQLite recommends (WAL with
// synchronous=NORMAL: no corruption on a crash and no fsync on every commit; foreign keys on;
// SessionDesk's SQL functions) and applies the pending migrations.
class SqliteStoreFile final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStoreFile)

public:
    struct Opened
    {
        QString path; // absolute
        int schemaVersion = 0;
        bool created = false; // created (or initialised from an empty file) now
    };

    // Opens a connection named connectionName on the calling thread, checking nothing.
    static std::optional<SourceError> connect(QSqlDatabase &db, const QString &connectionName,
                                              const QString &path, int busyTimeoutMs);
    // The checks, the connection and the migrations (steps: work a migration needs beyond its SQL).
    static Result<Opened> open(QSqlDatabase &db, const QString &connectionName, const QString &path,
                               bool createIfMissing, const SqlTransaction &transaction, int busyTimeoutMs,
                               const QHash<int, StoreMigrator::Step> &steps);
    // The file at path and those SQLite keeps beside it (write-ahead log, shared memory, journal),
    // as absolute paths.
    static QStringList withCompanions(const QString &path);
};
