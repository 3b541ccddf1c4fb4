#pragma once

#include "CliCommand.h"

// sessiondesk-cli connections list, add and remove: the saved connections and their passwords in the system
// keychain.
class ConnectionsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int connectionsList(const QStringList &arguments);
    int connectionsAdd(const QStringList &arguments);
    int connectionsRemove(const QStringList &arguments);
};
