#pragma once

#include "CliCommand.h"

// sessiondesk-cli operators list, set and remove: who may operate the store, in which role.
class OperatorsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OperatorsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int operatorsList(const QStringList &arguments);
    int operatorsSet(const QStringList &arguments);
    int operatorsRemove(const QStringList &arguments);
};
