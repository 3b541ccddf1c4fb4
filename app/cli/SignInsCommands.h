#pragma once

#include "CliCommand.h"

// sessiondesk-cli signins list: sign-in attempts, newest first, filtered by user, result, address
// or range, country, time and device.
class SignInsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignInsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int signInsList(const QStringList &arguments);
};
