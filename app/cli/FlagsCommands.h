#pragma once

#include "CliCommand.h"

// sessiondesk-cli flags scan, list, resolve and dismiss: suspicious sign-ins.
class FlagsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(FlagsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int flagsScan(const QStringList &arguments);
    int flagsList(const QStringList &arguments);
    int flagsClose(const QStringList &arguments, Flag::Status outcome);
};
