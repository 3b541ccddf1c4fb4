#pragma once

#include "CliCommand.h"
#include "models/sources/pg/PgConnection.h"

// sessiondesk-cli store migrate: creating or upgrading a store's schema.
class StoreCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    // The --connect target and its password (asked on the terminal; empty: libpq reads PGPASSFILE);
    // none when the URL is unusable, reported, with the exit code in *exitCode.
    std::optional<PgConnection> connectTarget(QString *password, int *exitCode);
    int storeMigrate(const QStringList &arguments);
};
