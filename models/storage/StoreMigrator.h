#pragma once

#include "models/sources/Result.h"
#include "models/storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Creates and upgrades the native store from the versioned migration scripts embedded as
// resources (resources/sql/<dialect>/NNN_name.sql). Each applied migration is a row in
// sessiondesk_schema. Refuses, without touching anything, a database that is not a SessionDesk
// store or whose schema is newer than this program knows.
class StoreMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(StoreMigrator)

public:
    struct Outcome
    {
        int fromVersion = 0; // 0: the database was empty
        int toVersion = 0;
    };

    // Work a migration needs beyond its SQL, run after its statements in its transaction.
    using Step = std::function<std::optional<SourceError>(QSqlDatabase &db)>;

    explicit StoreMigrator(const QString &resourceDir, const QHash<int, Step> &steps = {});

    int latestVersion() const;
    // The version the database is at (0: empty) after the same checks as migrate(), changing nothing.
    Result<int> installedVersion(QSqlDatabase &db, bool allowCreate) const;
    // allowCreate: an empty database may be initialised; otherwise it is refused as NotFound.
    // Each migration runs in its own transaction: a failing one leaves the previous version.
    Result<Outcome> migrate(QSqlDatabase &db, bool allowCreate, const SqlTransaction &transaction) const;

    // Splits a migration script into statements: a statement ends at a line ending in ';',
    // except a CREATE TRIGGER with a BEGIN body (SQLite), which ends at its 'END;' line, and
    // nothing ends inside a $$ … $$ body (PostgreSQL). Full-line '--' comments outside bodies go.
    static QStringList splitStatements(const QString &script);

private:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    QList<Migration> m_migrations; // ascending by version
    QHash<int, Step> m_steps;
};
