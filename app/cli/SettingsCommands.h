#pragma once

#include "CliCommand.h"

// sessiondesk-cli settings get and set: the account-level settings.
class SettingsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int settingsGet(const QStringList &arguments);
    int settingsSet(const QStringList &arguments);
};
