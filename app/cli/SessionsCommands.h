#pragma once

#include "CliCommand.h"

// sessiondesk-cli sessions list and end-session: a user's sessions, and ending one.
class SessionsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int sessionsList(const QStringList &arguments);
    int endSession(const QStringList &arguments);
};
