#include "StoreCommands.h"

#include "models/connections/SourceFactory.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/pg/PgStore.h"
#include "models/storage/StoreMigrator.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int StoreCommands::run(const QString &, const QStringList &arguments)
{
    return storeMigrate(arguments); // the group's only subcommand, migrate
}

std::optional<PgConnection> StoreCommands::connectTarget(QString *password, int *exitCode)
{
    const auto connection = PgConnection::fromUrl(m_connectUrl);
    if (!connection.ok()) {
        *exitCode = report(connection.error());
        return std::nullopt;
    }
    *password = secret(connection.value().user, connection.value().hostAndPort());
    return connection.value();
}

int StoreCommands::storeMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"store migrate"_s, arguments, &exitCode))
        return exitCode;
    if (!m_connectUrl.isEmpty() && !SourceFactory::isStoreUrl(m_connectUrl))
        return report({SourceError::Code::Unsupported,
                       tr("'store migrate' works on SessionDesk stores only; an application migrates its own "
                          "tables."),
                       {}});
    if (m_connectUrl.isEmpty()) {
        if (!openStore(true, &exitCode))
            return exitCode;
        print(tr("The SQLite store %1 is at schema version %2.\n")
                  .arg(m_storePath)
                  .arg(StoreMigrator(u":/sql/sqlite"_s).latestVersion()));
        return Success;
    }
    QString password;
    const auto connection = connectTarget(&password, &exitCode);
    if (!connection)
        return exitCode;
    const auto migrated = PgStore::upgrade(*connection, password, u"migrate"_s);
    if (!migrated.ok())
        return report(migrated.error());
    if (migrated.value().fromVersion == migrated.value().toVersion)
        print(tr("The PostgreSQL store %1 is at schema version %2 already; nothing to do.\n")
                  .arg(connection->url())
                  .arg(migrated.value().toVersion));
    else
        print(tr("Upgraded the PostgreSQL store %1 from schema version %2 to %3.\n")
                  .arg(connection->url())
                  .arg(migrated.value().fromVersion)
                  .arg(migrated.value().toVersion));
    return Success;
}
